import { describe, expect, test } from 'vitest';
import { isSlug, numberedSlug, slugify, slugMaxLength } from './slugify.ts';

describe('slugify', () => {
	test.each([
		['Waardig werk voor iedereen', 'waardig-werk-voor-iedereen'],
		// French accents and cedilla, elision apostrophe
		["L'économie sociale à Liège : ça marche !", 'l-economie-sociale-a-liege-ca-marche'],
		['Français, garçon, Noël, où', 'francais-garcon-noel-ou'],
		// Dutch: diaeresis, the ĳ ligature, possessive apostrophe
		['Coöperaties in België: ĳzersterk', 'cooperaties-in-belgie-ijzersterk'],
		["Auto's en fiets'", 'auto-s-en-fiets'],
		// Spanish: ñ, inverted punctuation, accents
		['¿Protección social para los niños? ¡Sí!', 'proteccion-social-para-los-ninos-si'],
		// Letters Unicode does not decompose
		['Straße, Æsop, Œuvre, Søren, Łódź', 'strasse-aesop-oeuvre-soren-lodz'],
		// Digits, runs of punctuation and spaces, leading/trailing junk
		['  --- 2026: 10 jaar / 10 ans!!  ', '2026-10-jaar-10-ans'],
		['Email@WSM.be & co', 'email-wsm-be-co'],
		// Full-width and other compatibility forms fold to ASCII
		['ＦＯＳ ２０２６', 'fos-2026']
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
		expect(isSlug(slugify(title))).toBe(true);
	});

	test('text without a letter or digit gives the fallback', () => {
		expect(slugify('')).toBe('untitled');
		expect(slugify('   ')).toBe('untitled');
		expect(slugify('!?…—', 'news')).toBe('news');
		expect(slugify('中文标题', 'event')).toBe('event');
	});

	test('a long title is cut at a word boundary within the database limit', () => {
		const title = 'Sociale bescherming '.repeat(12);
		const slug = slugify(title);
		expect(slug.length).toBeLessThanOrEqual(slugMaxLength);
		expect(isSlug(slug)).toBe(true);
		// Whole words only: it ends with a complete word of the title.
		expect(slug).toMatch(/-(sociale|bescherming)$/);
		expect(slug.startsWith('sociale-bescherming-sociale')).toBe(true);
	});

	test('one very long word is cut hard, still within the limit', () => {
		const slug = slugify('a'.repeat(300));
		expect(slug).toBe('a'.repeat(slugMaxLength));
	});
});

describe('numberedSlug', () => {
	test('appends the number', () => {
		expect(numberedSlug('waardig-werk', 2)).toBe('waardig-werk-2');
		expect(numberedSlug('waardig-werk', 13)).toBe('waardig-werk-13');
	});

	test('shortens a slug at the limit so the number still fits', () => {
		const long = slugify('werk '.repeat(40));
		expect(long.length).toBeGreaterThan(slugMaxLength - 3);
		const numbered = numberedSlug(long, 2);
		expect(numbered.length).toBeLessThanOrEqual(slugMaxLength);
		expect(numbered).toMatch(/^werk(-werk)*-2$/);
		expect(isSlug(numbered)).toBe(true);
	});
});

describe('isSlug', () => {
	test.each([
		['ok-slug', true],
		['Upper', false],
		['double--hyphen', false],
		['-leading', false],
		['trailing-', false],
		['', false],
		['é', false],
		['a'.repeat(slugMaxLength), true],
		['a'.repeat(slugMaxLength + 1), false]
	])('%s → %s', (slug, valid) => {
		expect(isSlug(slug)).toBe(valid);
	});
});
