import { describe, expect, test } from 'vitest';
import { bodySentences, normalizeSegment, segmentsOf, sentencesOf } from './sentences.ts';

describe('sentencesOf', () => {
	test('nl: sentences end at a point before a capital; "bv." and "o.a." do not end one', () => {
		expect(
			sentencesOf(
				'Vakbonden eisen een leefbaar loon. Ze voeren o.a. actie in Kinshasa, bv. Op de markt. Wie doet mee?'
			)
		).toEqual([
			'Vakbonden eisen een leefbaar loon.',
			'Ze voeren o.a. actie in Kinshasa, bv. Op de markt.',
			'Wie doet mee?'
		]);
	});

	test('fr: "p. ex." and "M." stay inside; « quotes » and ! end sentences', () => {
		expect(
			sentencesOf(
				'Les mutuelles, p. ex. Solidaris, protègent. M. Dupont le dit ! « Tout le monde compte. » Et après…'
			)
		).toEqual([
			'Les mutuelles, p. ex. Solidaris, protègent.',
			'M. Dupont le dit !',
			'« Tout le monde compte. »',
			'Et après…'
		]);
	});

	test('en: "e.g." "Dr." and initials stay inside; a digit or a quote starts a new sentence', () => {
		expect(
			sentencesOf(
				'Unions, e.g. The CSC, met Dr. Mensah and J. Smith. 2024 was hard. "Never again," they said.'
			)
		).toEqual([
			'Unions, e.g. The CSC, met Dr. Mensah and J. Smith.',
			'2024 was hard.',
			'"Never again," they said.'
		]);
	});

	test('es: ¿ and ¡ start a sentence; "p.ej." and "Sra." do not end one', () => {
		expect(
			sentencesOf(
				'La protección social es un derecho. ¿Quién la paga? ¡Todos! Por ej. La Sra. Pérez, p.ej. Nuestra socia.'
			)
		).toEqual([
			'La protección social es un derecho.',
			'¿Quién la paga?',
			'¡Todos!',
			'Por ej. La Sra. Pérez, p.ej. Nuestra socia.'
		]);
	});

	test('a point before a lowercase word or a number inside a word does not end a sentence', () => {
		expect(sentencesOf('Versie 2.5 is er. ook dit hoort erbij')).toEqual([
			'Versie 2.5 is er. ook dit hoort erbij'
		]);
	});
});

describe('bodySentences', () => {
	test('blocks at blank lines, list items and headings each their own, soft line breaks kept inside', () => {
		const body =
			'## Onze eisen\n\nEen loon om van te leven. Een\nveilige werkplek.\n\n- Eerste punt\n- Tweede punt. Met uitleg.\n\n\n1. Stap een';
		expect(bodySentences(body)).toEqual([
			['## Onze eisen'],
			['Een loon om van te leven.', 'Een\nveilige werkplek.'],
			['- Eerste punt', '- Tweede punt.', 'Met uitleg.'],
			['1. Stap een']
		]);
	});

	test('Windows line ends and an empty body', () => {
		expect(bodySentences('Een.\r\n\r\nTwee.')).toEqual([['Een.'], ['Twee.']]);
		expect(bodySentences('')).toEqual([]);
	});
});

describe('normalizeSegment', () => {
	test('trims, collapses whitespace and drops the list, heading and quote markers', () => {
		expect(normalizeSegment('  Een\nveilige   werkplek. ')).toBe('Een veilige werkplek.');
		expect(normalizeSegment('## Nos revendications')).toBe('Nos revendications');
		expect(normalizeSegment('- Primer punto')).toBe('Primer punto');
		expect(normalizeSegment('12. Step twelve')).toBe('Step twelve');
		expect(normalizeSegment('> Quoted words')).toBe('Quoted words');
		expect(normalizeSegment('- ')).toBe('');
	});
});

describe('segmentsOf', () => {
	test('the title, the summary, then the sentences; empty parts left out', () => {
		expect(segmentsOf({ title: 'Titel', summary: '', body: 'Een. Twee.\n\nDrie.' })).toEqual([
			'Titel',
			'Een.',
			'Twee.',
			'Drie.'
		]);
	});
});
