import { describe, expect, test } from 'vitest';
import { checkContent, titleMaxShown } from './index.ts';
import { checkInput } from './test-input.ts';

const of = (findings: ReturnType<typeof checkContent>, check: string) =>
	findings.filter((finding) => finding.check === check);

// Per language: a summary, for a text without one and one with.
const summaries = {
	nl: 'Vakbonden en mutualiteiten in Benin bouwen samen aan sociale bescherming voor iedereen.',
	fr: 'Au Bénin, syndicats et mutualités construisent ensemble une protection sociale pour tous.',
	en: 'In Benin, unions and mutual health funds build social protection for all, together.',
	es: 'En Benín, sindicatos y mutualidades construyen juntos una protección social para todos.'
} as const;

describe('missing summary', () => {
	test.each(Object.entries(summaries))(
		'%s: an empty summary is a warning; a written one is fine',
		(locale, summary) => {
			const code = locale as keyof typeof summaries;
			expect(of(checkContent(checkInput(code, { summary: ' \n ' })), 'summary')).toEqual([
				{ check: 'summary', severity: 'warning', field: 'summary', where: '' }
			]);
			expect(of(checkContent(checkInput(code, { summary })), 'summary')).toEqual([]);
		}
	);
});

// Per language: a title search engines cut off, and a short one.
const titles = {
	nl: [
		'Vakbonden in Benin eisen waardig werk en sociale bescherming voor alle werknemers',
		'Vakbonden in Benin eisen waardig werk'
	],
	fr: [
		'Au Bénin, les syndicats exigent un travail décent et une protection sociale pour tous',
		'Au Bénin, les syndicats exigent un travail décent'
	],
	en: [
		'Unions in Benin demand decent work and social protection for every worker in the country',
		'Unions in Benin demand decent work'
	],
	es: [
		'Los sindicatos de Benín exigen trabajo decente y protección social para todas las personas',
		'Los sindicatos de Benín exigen trabajo decente'
	]
} as const;

describe('title longer than search engines show', () => {
	test.each(Object.entries(titles))(
		'%s: a title over the limit is a warning with the title; a short one is fine',
		(locale, [long, short]) => {
			const code = locale as keyof typeof titles;
			expect([...long].length).toBeGreaterThan(titleMaxShown);
			expect(of(checkContent(checkInput(code, { title: long })), 'title-length')).toEqual([
				{ check: 'title-length', severity: 'warning', field: 'title', where: long }
			]);
			expect(of(checkContent(checkInput(code, { title: short })), 'title-length')).toEqual([]);
		}
	);

	test('exactly the limit is fine; accented letters count once', () => {
		const title = 'é'.normalize('NFC').repeat(titleMaxShown);
		expect(of(checkContent(checkInput('fr', { title })), 'title-length')).toEqual([]);
		expect(of(checkContent(checkInput('fr', { title: `${title}s` })), 'title-length')).toHaveLength(1);
	});
});
