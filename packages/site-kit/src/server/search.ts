import { type EntryType } from '@solidair/db';
import { searchEntries } from '@solidair/db/content';
import { foldText, searchNetwork } from '@solidair/db/network';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { error } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database } from '@solidair/app-kit/server';
import { partnerAnchor, partnerKindLabel, partnerKinds } from '../partner-kinds.ts';
import { entryPath } from './paths.ts';
import { countryPath, networkSection } from './network.ts';
import { searchSections } from './search-sections.ts';
import { localesOf, sectionAlternates, type Alternates } from './entries.ts';
import { listsTag, tagPage } from './page-tags.ts';

export const maxQueryLength = 200;

declare global {
	// eslint-disable-next-line @typescript-eslint/no-namespace
	namespace App {
		interface Error {
			/** Why a public page refused, in the visitor's language, set on purpose: the error page shows it. */
			reason?: string;
		}
	}
}

/** What a result is, for its label: an entry's type, or one of the site's fixed pages. */
export type SearchResultKind = EntryType | 'country' | 'partner' | 'section';

export interface SearchResult {
	href: string;
	kind: SearchResultKind;
	title: string;
	/** An entry's excerpt with `<mark>` around the matches; everything else is escaped (see searchEntries). */
	highlight?: string;
	/** The plain text under the title of a country, partner or section. */
	text?: string;
}

export interface SearchData {
	query: string;
	results: SearchResult[];
	alternates: Alternates;
}

/**
 * The `q` parameter as it was sent: undefined when it is not UTF-8 (URLSearchParams would
 * quietly turn the bytes into U+FFFD and search for those).
 */
export function rawQuery(search: string): string | undefined {
	const value = /(?:^\?|&)q=([^&]*)/.exec(search)?.[1];
	if (value === undefined) return '';
	try {
		return decodeURIComponent(value.replaceAll('+', ' '));
	} catch {
		return undefined;
	}
}

/** A refusal of the query in the visitor's language; the query itself is not repeated. */
function refuse(reason: string): never {
	error(400, { message: 'Bad search query', reason });
}

/**
 * Search in the page's language: full text over everything the site has published, plus the
 * countries and partners of its network (one more query) and its sections (from the messages).
 * The best first: a whole name (of a country, a section, a partner), a name that starts with the
 * query, the entries by relevance, then what matched only in part or by kind.
 */
export async function loadSearch(site: PublicSite, locale: Locale, url: URL): Promise<SearchData> {
	tagPage(listsTag(site));
	const alternates = sectionAlternates(site, 'search');
	const raw = rawQuery(url.search);
	if (raw === undefined || raw.includes('\0') || !raw.isWellFormed())
		refuse(m.search_bad_query({}, { locale }));
	const query = raw.trim();
	if (query.length > maxQueryLength) refuse(m.search_too_long({}, { locale }));
	if (query === '') return { query, results: [], alternates };
	const folded = foldText(query);
	const kinds = partnerKinds.filter((kind) => {
		const label = foldText(partnerKindLabel(kind, locale));
		return folded.length >= 3 && (label.startsWith(folded) || folded.startsWith(label));
	});
	const section = networkSection(site);
	const [entries, network] = await Promise.all([
		localesOf(site).then((locales) => searchEntries(database(), locales, locale, query, { limit: 30 })),
		searchNetwork(database(), site.id, locale, query, { kinds })
	]);
	const ranked: Array<SearchResult & { tier: number }> = [
		...network.map((hit) =>
			hit.kind === 'country'
				? {
						tier: hit.match,
						kind: 'country' as const,
						href: countryPath(section, locale, hit.slug),
						title: hit.name,
						text: m.network_country_description({ country: hit.name, site: site.name }, { locale })
					}
				: {
						// A partner after a country or section of the same standing.
						tier: hit.match + 0.5,
						kind: 'partner' as const,
						href: `${countryPath(section, locale, hit.slug)}#${partnerAnchor(hit.key ?? '')}`,
						title: hit.name,
						text: m.search_partner_text(
							{ kind: partnerKindLabel(hit.partnerKind ?? 'union', locale), country: hit.countryName },
							{ locale }
						)
					}
		),
		...searchSections(site, locale, query).map((hit) => ({
			tier: hit.match === 2 ? 3 : hit.match,
			kind: 'section' as const,
			href: hit.href,
			title: hit.title,
			text: hit.text
		})),
		...entries.flatMap((hit) => {
			const href = entryPath(locale, hit);
			return href ? [{ tier: 2, kind: hit.type, href, title: hit.title, highlight: hit.highlight }] : [];
		})
	];
	// A stable sort: within a tier, countries, then sections, partners and entries by their own order.
	const results = ranked
		.map((result, index) => ({ result, index }))
		.sort((a, b) => a.result.tier - b.result.tier || a.index - b.index)
		.map(({ result: { tier: _tier, ...result } }) => result);
	return { query, results, alternates };
}
