import { describe, expect, test } from 'vitest';
import type { LocaleConfig } from './locales.ts';
import { negotiateLocale, parseAcceptLanguage } from './negotiate.ts';

const wsm: LocaleConfig = { locales: ['nl', 'fr', 'en', 'es'], defaultLocale: 'nl' };
const fos: LocaleConfig = { locales: ['nl', 'fr', 'en'], defaultLocale: 'nl' };

describe('negotiateLocale', () => {
	test.each([
		// [remembered, Accept-Language, app, expected]
		[null, null, wsm, 'nl'],
		[null, '', wsm, 'nl'],
		[null, 'fr-BE,fr;q=0.9,nl;q=0.8', wsm, 'fr'],
		[null, 'fr-BE', wsm, 'fr'],
		[null, 'en-GB;q=0.5, es;q=0.9', wsm, 'es'],
		[null, 'es', fos, 'nl'],
		[null, 'es, en;q=0.4', fos, 'en'],
		[null, 'de-DE,de;q=0.9,fr;q=0.3', wsm, 'fr'],
		[null, 'de, *;q=0.5', wsm, 'nl'],
		[null, 'fr;q=0, en', wsm, 'en'],
		[null, 'FR-be', wsm, 'fr'],
		['en', 'fr-BE', wsm, 'en'],
		['es', 'fr-BE', fos, 'fr'],
		['<script>', 'en', wsm, 'en'],
		['nl; DROP TABLE', null, wsm, 'nl'],
		[null, ';;;,,,q=,fr;q=abc,en;q=2', wsm, 'nl'],
		[null, 'x'.repeat(100_000), wsm, 'nl'],
		[null, `${'zz,'.repeat(5000)}fr`, wsm, 'nl']
	] as const)('remembered %j, Accept-Language %j → %s', (remembered, acceptLanguage, config, expected) => {
		expect(negotiateLocale({ remembered, acceptLanguage }, config)).toBe(expected);
	});

	test('the same headers always give the same answer', () => {
		const input = { acceptLanguage: 'en;q=0.8, fr;q=0.8' };
		expect(negotiateLocale(input, wsm)).toBe('en');
		expect(negotiateLocale(input, wsm)).toBe('en');
	});
});

describe('parseAcceptLanguage', () => {
	test('orders by q-value, then by position, and drops malformed ranges', () => {
		expect(parseAcceptLanguage('nl;q=0.5, fr-BE, en;q=0.5, 12, es;q=1.5')).toEqual([
			{ language: 'fr', q: 1 },
			{ language: 'nl', q: 0.5 },
			{ language: 'en', q: 0.5 }
		]);
	});
});
