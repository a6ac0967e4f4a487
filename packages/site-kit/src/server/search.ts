import { searchEntries, type EntryType } from '@solidair/db';
import { localizedPath, sectionSegments, type Locale, type Section } from '@solidair/i18n';
import type { PublicSite } from '../site.ts';
import { eventPath } from './agenda.ts';
import { database } from './database.ts';
import { newsPath } from './news.ts';
import { localesOf, type Alternates } from './pages.ts';
import { vacancyPath } from './vacancies.ts';

export const maxQueryLength = 200;

export interface SearchResult {
	href: string;
	type: EntryType;
	title: string;
	/** An excerpt with `<mark>` around the matches; everything else is escaped (see searchEntries). */
	highlight: string;
}

export interface SearchData {
	query: string;
	results: SearchResult[];
	tooLong: boolean;
	alternates: Alternates;
}

/** Where a search hit lives on the site, or undefined for types without public pages yet. */
function hitPath(
	locale: Locale,
	hit: { type: EntryType; slug: string; section: string | null }
): string | undefined {
	switch (hit.type) {
		case 'news':
			return newsPath(locale, hit.slug);
		case 'event':
			return eventPath(locale, hit.slug);
		case 'vacancy':
			return vacancyPath(locale, hit.slug);
		case 'page': {
			const section = hit.section as Section | null;
			return section && section in sectionSegments
				? localizedPath(`/${locale}/${sectionSegments[section].en}/${hit.slug}`, locale)
				: undefined;
		}
		default:
			return undefined;
	}
}

/** Full-text search in the page's language over everything the site has published. */
export async function loadSearch(site: PublicSite, locale: Locale, url: URL): Promise<SearchData> {
	const alternates = Object.fromEntries(
		site.locales.map((other) => [other, localizedPath(`/${other}/search`, other)])
	);
	const query = (url.searchParams.get('q') ?? '').trim();
	if (query.length > maxQueryLength)
		return { query: query.slice(0, maxQueryLength), results: [], tooLong: true, alternates };
	if (query === '') return { query, results: [], tooLong: false, alternates };
	const hits = await searchEntries(database(), await localesOf(site), locale, query, { limit: 30 });
	const results = hits.flatMap((hit) => {
		const href = hitPath(locale, hit);
		return href ? [{ href, type: hit.type, title: hit.title, highlight: hit.highlight }] : [];
	});
	return { query, results, tooLong: false, alternates };
}
