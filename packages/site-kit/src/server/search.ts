import { type EntryType } from '@solidair/db';
import { searchEntries } from '@solidair/db/content';
import type { Locale } from '@solidair/i18n';
import type { PublicSite } from '../site.ts';
import { database } from '@solidair/app-kit/server';
import { entryPath } from './paths.ts';
import { localesOf, sectionAlternates, type Alternates } from './entries.ts';

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

/** Full-text search in the page's language over everything the site has published. */
export async function loadSearch(site: PublicSite, locale: Locale, url: URL): Promise<SearchData> {
	const alternates = sectionAlternates(site, 'search');
	const query = (url.searchParams.get('q') ?? '').trim();
	if (query.length > maxQueryLength)
		return { query: query.slice(0, maxQueryLength), results: [], tooLong: true, alternates };
	if (query === '') return { query, results: [], tooLong: false, alternates };
	const hits = await searchEntries(database(), await localesOf(site), locale, query, { limit: 30 });
	const results = hits.flatMap((hit) => {
		const href = entryPath(locale, hit);
		return href ? [{ href, type: hit.type, title: hit.title, highlight: hit.highlight }] : [];
	});
	return { query, results, tooLong: false, alternates };
}
