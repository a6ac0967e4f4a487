import { describe, expect, test } from 'vitest';
import {
	dateTimeLocalValue,
	formatDate,
	formatDateRange,
	formatDateTime,
	formatEuro,
	formatList,
	formatNumber,
	formatRelative,
	formatTime,
	isoWithOffset,
	languageName,
	parseDateTimeLocal,
	plural,
	regionName
} from './format.ts';

// Belgium moves its clocks on the last Sunday of March (02:00 → 03:00) and of October (03:00 → 02:00).
const beforeSpring = '2026-03-29T00:30:00Z'; // 01:30 CET
const afterSpring = '2026-03-29T01:30:00Z'; // 03:30 CEST: one UTC hour later, two on the clock
const beforeAutumn = '2026-10-25T00:30:00Z'; // 02:30 CEST
const afterAutumn = '2026-10-25T01:30:00Z'; // 02:30 CET, the same wall time once more

// Intl separates time and period with a narrow no-break space in some locales; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('times in Europe/Brussels across daylight-saving changes', () => {
	test.each([
		['nl', '01:30', '03:30'],
		['fr', '01:30', '03:30'],
		['es', '1:30', '3:30'],
		['en', '1:30 AM', '3:30 AM']
	] as const)('spring forward in %s: %s then %s', (locale, before, after) => {
		expect(plain(formatTime(beforeSpring, locale))).toBe(before);
		expect(plain(formatTime(afterSpring, locale))).toBe(after);
	});

	test.each([
		['nl', '02:30'],
		['fr', '02:30'],
		['es', '2:30'],
		['en', '2:30 AM']
	] as const)('fall back in %s: the same wall time twice, an hour apart', (locale, wall) => {
		expect(plain(formatTime(beforeAutumn, locale))).toBe(wall);
		expect(plain(formatTime(afterAutumn, locale))).toBe(wall);
	});

	test('the ISO offset follows the season', () => {
		expect(isoWithOffset(beforeSpring)).toBe('2026-03-29T01:30:00+01:00');
		expect(isoWithOffset(afterSpring)).toBe('2026-03-29T03:30:00+02:00');
		expect(isoWithOffset(beforeAutumn)).toBe('2026-10-25T02:30:00+02:00');
		expect(isoWithOffset(afterAutumn)).toBe('2026-10-25T02:30:00+01:00');
		expect(isoWithOffset('2026-06-01T12:00:00Z', 'UTC')).toBe('2026-06-01T12:00:00+00:00');
	});

	test('a datetime-local value is read on Brussels clocks, whatever the season', () => {
		const utc = (value: string) => parseDateTimeLocal(value)?.toISOString();
		expect(utc('2026-07-01T12:00')).toBe('2026-07-01T10:00:00.000Z');
		expect(utc('2026-01-15T09:05')).toBe('2026-01-15T08:05:00.000Z');
		expect(utc('2026-03-29T01:30')).toBe(beforeSpring.replace('Z', '.000Z'));
		expect(utc('2026-03-29T03:30')).toBe(afterSpring.replace('Z', '.000Z'));
		// The skipped hour is read in winter time; the repeated one is its second occurrence.
		expect(utc('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
		expect(utc('2026-10-25T02:30')).toBe(afterAutumn.replace('Z', '.000Z'));
		expect(parseDateTimeLocal('2026-06-01T12:00', 'America/Lima')?.toISOString()).toBe(
			'2026-06-01T17:00:00.000Z'
		);
	});

	test('a datetime-local value round-trips, and nonsense is refused', () => {
		for (const moment of [beforeSpring, afterSpring, beforeAutumn, '2026-12-31T23:59:00Z']) {
			const value = dateTimeLocalValue(moment);
			expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
			if (moment !== beforeAutumn)
				expect(parseDateTimeLocal(value)?.toISOString()).toBe(new Date(moment).toISOString());
		}
		expect(dateTimeLocalValue(afterSpring)).toBe('2026-03-29T03:30');
		for (const nonsense of [
			'',
			'tomorrow',
			'2026-02-30T10:00',
			'2026-13-01T10:00',
			'2026-01-01T24:00',
			'2026-01-01 10:00',
			'2026-01-01T10:60'
		]) {
			expect(parseDateTimeLocal(nonsense), nonsense).toBeUndefined();
		}
	});

	test('a date near midnight belongs to the Brussels day, not the UTC day', () => {
		// 23:30 UTC on 31 October is 00:30 on 1 November in Brussels (CET).
		expect(formatDate('2026-10-31T23:30:00Z', 'nl')).toBe('1 november 2026');
		expect(formatDate('2026-10-31T23:30:00Z', 'fr')).toBe('1 novembre 2026');
		expect(formatDate('2026-10-31T23:30:00Z', 'en')).toBe('November 1, 2026');
		expect(formatDate('2026-10-31T23:30:00Z', 'es')).toBe('1 de noviembre de 2026');
	});

	test('an event in its own time zone shows that zone', () => {
		const lima = plain(formatDateTime('2026-03-29T15:00:00Z', 'es', { timeZone: 'America/Lima' }));
		expect(lima).toContain('10:00');
		expect(lima).toMatch(/GMT-5|PET/);
		expect(plain(formatDateTime('2026-03-29T15:00:00Z', 'nl'))).toContain('17:00');
	});

	test('a range across the spring change keeps each end’s own offset', () => {
		const range = plain(formatDateRange(beforeSpring, afterSpring, 'nl'));
		expect(range).toContain('01:30');
		expect(range).toContain('03:30');
		expect(range.match(/2026/g)).toHaveLength(1);
		expect(
			plain(formatDateRange('2026-05-04T08:00:00Z', '2026-05-06T15:00:00Z', 'fr', { withTime: false }))
		).toBe('4–6 mai 2026');
	});
});

describe('numbers and money', () => {
	test.each([
		['nl', '1.234,5'],
		['fr', '1 234,5'],
		['en', '1,234.5'],
		['es', '1234,5']
	] as const)('a number in %s', (locale, expected) => {
		expect(plain(formatNumber(1234.5, locale))).toBe(expected);
	});

	test.each([
		['nl', '€ 40,00'],
		['fr', '40,00 €'],
		['en', '€40.00'],
		['es', '40,00 €']
	] as const)('an amount in euro in %s', (locale, expected) => {
		expect(plain(formatEuro(40, locale))).toBe(expected);
	});

	test('whole euros drop the cents', () => {
		expect(plain(formatEuro(1250, 'nl', { whole: true }))).toBe('€ 1.250');
	});
});

describe('relative times, lists and plurals', () => {
	const now = '2026-11-23T12:00:00Z';

	test.each([
		['nl', '2026-11-20T12:00:00Z', '3 dagen geleden'],
		['fr', '2026-11-23T14:00:00Z', 'dans 2 heures'],
		['en', '2026-11-22T12:00:00Z', 'yesterday'],
		['es', '2027-01-22T12:00:00Z', 'dentro de 2 meses']
	] as const)('in %s, %s is %s', (locale, value, expected) => {
		expect(formatRelative(value, now, locale)).toBe(expected);
	});

	test.each([
		['nl', 'vakbonden, mutualiteiten en ngo’s'],
		['fr', 'vakbonden, mutualiteiten et ngo’s'],
		['en', 'vakbonden, mutualiteiten, and ngo’s'],
		['es', 'vakbonden, mutualiteiten y ngo’s']
	] as const)('a list in %s', (locale, expected) => {
		expect(formatList(['vakbonden', 'mutualiteiten', 'ngo’s'], locale)).toBe(expected);
	});

	test('plural forms follow each language’s rules', () => {
		const files = { one: 'bestand', other: 'bestanden' };
		expect(plural(1, 'nl', files)).toBe('bestand');
		expect(plural(0, 'nl', files)).toBe('bestanden');
		// French counts 0 and 1 as singular; English and Dutch do not.
		expect(plural(0, 'fr', { one: 'fichier', other: 'fichiers' })).toBe('fichier');
		expect(plural(0, 'en', { one: 'file', other: 'files' })).toBe('files');
	});
});

test('a language is named in the reader’s language', () => {
	expect(languageName('nl', 'fr')).toBe('néerlandais');
	expect(languageName('fr', 'nl')).toBe('Frans');
	expect(languageName('es', 'en')).toBe('Spanish');
});

test('a country is named in the reader’s language, from its ISO code', () => {
	expect(regionName('BJ', 'fr')).toBe('Bénin');
	expect(regionName('BJ', 'es')).toBe('Benín');
	expect(regionName('bo', 'fr')).toBe('Bolivie');
	expect(regionName('BE', 'nl')).toBe('België');
});
