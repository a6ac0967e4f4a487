import { describe, expect, test } from 'vitest';
import type { PublicSite } from '../site.ts';
import { rawQuery } from './search.ts';
import { searchSections } from './search-sections.ts';

// Only what searchSections reads of a site.
const wsm = {
	name: 'WSM',
	nav: ['about', 'learn', 'join', 'network', 'agenda', 'donate'],
	footer: ['vacancies', 'news', 'publications', 'newsletter', 'contact', 'search']
} as unknown as PublicSite;

const found = (locale: 'nl' | 'fr' | 'en' | 'es', query: string) =>
	searchSections(wsm, locale, query).map((hit) => [hit.href, hit.match]);

describe('sections as search results', () => {
	test('a section’s name finds its landing page, in the page’s language', () => {
		expect(found('nl', 'Vacatures')).toEqual([['/nl/vacatures', 0]]);
		expect(found('nl', 'contact')).toEqual([['/nl/contact', 0]]);
		expect(found('nl', 'nieuws')[0]).toEqual(['/nl/nieuws', 0]);
		expect(found('fr', 'actualités')[0]).toEqual(['/fr/actualites', 0]);
		expect(found('es', 'contacto')).toEqual([['/es/contacto', 0]]);
	});

	test('the start of a name, a URL segment or every word of the description finds it too', () => {
		expect(found('nl', 'vacature')).toEqual([['/nl/vacatures', 1]]);
		expect(found('fr', 'offres emploi')[0]).toEqual(['/fr/offres-emploi', 0]);
		expect(found('nl', 'vrijwilliger')).toEqual([['/nl/doe-mee', 2]]);
		expect(found('nl', 'jobs')).toEqual([['/nl/vacatures', 2]]);
	});

	test('the search page itself, sections the site lacks and words of two letters are never found', () => {
		expect(found('nl', 'zoeken')).toEqual([]);
		expect(found('nl', 'thema’s')).toEqual([]);
		expect(found('nl', 'de')).toEqual([]);
		expect(found('nl', '   ')).toEqual([]);
	});
});

describe('the query as sent', () => {
	test('is decoded, with + as a space', () => {
		expect(rawQuery('?q=sociale+bescherming')).toBe('sociale bescherming');
		expect(rawQuery('?lang=nl&q=P%C3%A9rou')).toBe('Pérou');
		expect(rawQuery('')).toBe('');
	});

	test('is refused when it is not UTF-8', () => {
		expect(rawQuery('?q=%C3')).toBeUndefined();
		expect(rawQuery('?q=%FF%FE')).toBeUndefined();
	});
});
