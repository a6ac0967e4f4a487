import { describe, expect, test } from 'vitest';
import { slugMaxLength } from '../../slugify.ts';
import { firstFreeSlug, slugAttempts, slugCandidates, slugChoice, typedSlugFree } from './slug-choice.ts';

describe('slugChoice', () => {
	test('a typed slug other than the current one is the one to check', () => {
		expect(slugChoice('nieuw-adres', 'oud-adres', 'Titel', 'news')).toEqual({
			kind: 'typed',
			slug: 'nieuw-adres'
		});
		expect(slugChoice('nieuw-adres', undefined, 'Titel', 'news')).toEqual({
			kind: 'typed',
			slug: 'nieuw-adres'
		});
	});

	test('an existing translation keeps its slug when none, or the same, is typed', () => {
		expect(slugChoice(undefined, 'oud-adres', 'Een andere titel', 'news')).toEqual({
			kind: 'kept',
			slug: 'oud-adres'
		});
		expect(slugChoice('oud-adres', 'oud-adres', 'Titel', 'news')).toEqual({
			kind: 'kept',
			slug: 'oud-adres'
		});
	});

	test('a new translation derives its slug from the title, then numbers it', () => {
		const choice = slugChoice(undefined, undefined, 'Waardig werk in België', 'news');
		expect(choice.kind).toBe('derived');
		if (choice.kind !== 'derived') return;
		expect(choice.candidates.slice(0, 3)).toEqual([
			'waardig-werk-in-belgie',
			'waardig-werk-in-belgie-2',
			'waardig-werk-in-belgie-3'
		]);
	});

	test('a title without letters or digits falls back to the entry type', () => {
		const choice = slugChoice(undefined, undefined, '!!!', 'vacancy');
		expect(choice.kind === 'derived' && choice.candidates[0]).toBe('vacancy');
	});
});

describe('slugCandidates', () => {
	test('the base and its numbered variants up to the limit', () => {
		const candidates = slugCandidates('agenda');
		expect(candidates).toHaveLength(slugAttempts);
		expect(candidates.at(-1)).toBe(`agenda-${slugAttempts}`);
		expect(new Set(candidates).size).toBe(slugAttempts);
	});

	test('numbered variants of a longest slug still fit', () => {
		const base = 'a'.repeat(slugMaxLength);
		for (const slug of slugCandidates(base)) expect(slug.length).toBeLessThanOrEqual(slugMaxLength);
	});
});

describe('firstFreeSlug', () => {
	test('the first candidate nobody has', () => {
		expect(firstFreeSlug(['a', 'a-2', 'a-3'], new Set(['a', 'a-2']))).toBe('a-3');
		expect(firstFreeSlug(['a', 'a-2'], new Set())).toBe('a');
	});

	test('none when all are taken', () => {
		expect(firstFreeSlug(['a', 'a-2'], new Set(['a', 'a-2']))).toBeUndefined();
	});
});

describe('typedSlugFree', () => {
	test('free when nobody has it and no old address leads there', () => {
		expect(typedSlugFree(false, undefined, 't1')).toBe(true);
	});

	test('taken when another translation has it', () => {
		expect(typedSlugFree(true, undefined, 't1')).toBe(false);
	});

	test("another translation's old address is taken; one's own may be taken back", () => {
		expect(typedSlugFree(false, 't2', 't1')).toBe(false);
		expect(typedSlugFree(false, 't1', 't1')).toBe(true);
		expect(typedSlugFree(false, 't2', undefined)).toBe(false);
	});
});
