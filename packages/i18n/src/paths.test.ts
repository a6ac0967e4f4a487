import { describe, expect, test } from 'vitest';
import { allLocales } from './locales.ts';
import { localizedPath, routePath, samePageIn, sectionPath, sectionSegments } from './paths.ts';

describe('translated URLs', () => {
	test.each([
		['/nl/over-ons/strategieen', '/nl/about-us/strategieen'],
		['/fr/nous-decouvrir/strategies', '/fr/about-us/strategies'],
		['/en/about-us/strategies', '/en/about-us/strategies'],
		['/es/noticias', '/es/news'],
		['/fr/actualites/une-nouvelle', '/fr/news/une-nouvelle'],
		['/nl/agenda', '/nl/events'],
		['/nl', '/nl'],
		['/nl/', '/nl/'],
		['/healthz', '/healthz'],
		['/nl/onbekend', '/nl/onbekend']
	])('%s is routed to %s', (path, route) => {
		expect(routePath(path)).toBe(route);
	});

	test.each(['/fr/news', '/nl/about-us/strategieen', '/es/events', '/nl/donate'])(
		'%s, another language’s segment, is not routed',
		(path) => {
			expect(routePath(path)).toBeUndefined();
		}
	);

	test('every section’s URL routes back to itself in every locale', () => {
		for (const locale of allLocales) {
			for (const section of Object.keys(sectionSegments) as Array<keyof typeof sectionSegments>) {
				const path = `${sectionPath(section, locale)}/some-slug`;
				const route = routePath(path);
				expect(route, path).toBeDefined();
				expect(localizedPath(route!, locale)).toBe(path);
			}
		}
	});

	test('no two sections share a segment in one locale', () => {
		for (const locale of allLocales) {
			const segments = Object.values(sectionSegments).map((s) => s[locale]);
			expect(new Set(segments).size, locale).toBe(segments.length);
		}
	});

	test('a route path is shown in each locale’s own words', () => {
		expect(localizedPath('/nl/about-us/strategies', 'fr')).toBe('/fr/nous-decouvrir/strategies');
		expect(localizedPath('/nl/events', 'en')).toBe('/en/events');
		expect(localizedPath('/nl', 'es')).toBe('/es');
	});
});

describe('the same page in another language', () => {
	test('swaps the locale and a translated section, and keeps the rest of the path', () => {
		expect(samePageIn(new URL('http://x/nl/groups/togo/threads/3'), 'fr')).toBe('/fr/groups/togo/threads/3');
		expect(samePageIn(new URL('http://x/nl/publicaties'), 'fr')).toBe('/fr/publications');
		expect(samePageIn(new URL('http://x/fr/agenda'), 'en')).toBe('/en/events');
		expect(samePageIn(new URL('http://x/nl'), 'en')).toBe('/en');
	});

	test('keeps the query, except one-time notices', () => {
		const url = new URL('http://x/nl/directory?q=Ana%20Lima&done=saved&page=2');
		expect(samePageIn(url, 'fr', ['done'])).toBe('/fr/directory?q=Ana+Lima&page=2');
		expect(samePageIn(new URL('http://x/nl/files?uploaded=7'), 'en', ['uploaded'])).toBe('/en/files');
	});
});
