import { sql, type Kysely, type SqlBool } from 'kysely';
import { boundedLimit } from '../paging.ts';
import type { Database, EntryType, Locale } from '../schema.ts';

type Db = Kysely<Database>;

/** The text-search configuration of each locale. */
export const searchConfig: Record<Locale, string> = {
	nl: 'dutch',
	fr: 'french',
	en: 'english',
	es: 'spanish'
};

export interface SiteLocales {
	id: string;
	default_locale: Locale;
	list_fallbacks: boolean;
}

/**
 * Whether a translation is public at `now`: published, or scheduled and its time has come.
 * Evaluated at query time, so a scheduled translation goes live without a restart or rebuild.
 */
function visible(now: Date) {
	return sql<SqlBool>`(t.status in ('published', 'scheduled') and t.published_at <= ${now})`;
}

/** The columns a public page renders of a translation and its entry (`PublishedTranslation`). */
export const translationColumns = [
	't.id',
	't.entry_id',
	't.locale',
	't.slug',
	't.title',
	't.summary',
	't.body',
	't.seo_title',
	't.seo_description',
	't.published_at',
	't.updated_at',
	'e.type',
	'e.author_name',
	'e.image_id',
	'e.video_url',
	'e.display_date',
	'e.key',
	'e.section'
] as const;

export interface PublishedTranslation {
	id: string;
	entry_id: string;
	locale: Locale;
	slug: string;
	title: string;
	summary: string;
	body: string;
	seo_title: string | null;
	seo_description: string | null;
	published_at: Date | null;
	updated_at: Date;
	type: EntryType;
	author_name: string | null;
	image_id: string | null;
	/** The film the page shows after the body (a YouTube or Vimeo address), or null for none. */
	video_url: string | null;
	/** The day the site shows (`YYYY-MM-DD`) instead of the day of `published_at`, or null. */
	display_date: string | null;
	key: string | null;
	/** For pages, the site section they live under. */
	section: string | null;
	/** True when the visitor asked for another locale, which is not published: this is the site's default. */
	fallback: boolean;
}

export type TranslationLookup =
	{ slug: string; type?: EntryType | EntryType[] } | { entryId: string } | { key: string };

/**
 * The one rule for "this entry in locale L", used everywhere: L if it is published, otherwise
 * the site's default locale, marked as a fallback; nothing (→ 404) when neither is public.
 * By slug, the slug is looked up in L first, then among the default locale's slugs (the URL a
 * listing with fallbacks links to).
 */
export async function publishedTranslation(
	db: Db,
	site: SiteLocales,
	locale: Locale,
	lookup: TranslationLookup,
	now: Date = new Date()
): Promise<PublishedTranslation | undefined> {
	const locales = locale === site.default_locale ? [locale] : [locale, site.default_locale];
	let query = db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select(translationColumns)
		.where('t.site_id', '=', site.id)
		.where('t.locale', 'in', locales)
		.where(visible(now));
	if ('slug' in lookup) {
		query = query.where('t.slug', '=', lookup.slug);
		if (lookup.type) query = query.where('t.entry_type', 'in', ([] as EntryType[]).concat(lookup.type));
	} else if ('entryId' in lookup) query = query.where('t.entry_id', '=', lookup.entryId);
	else query = query.where('e.key', '=', lookup.key);
	const rows = await query.execute();

	const exact = rows.find((row) => row.locale === locale);
	if (exact) return { ...exact, fallback: false };
	const fallback = rows.find((row) => row.locale === site.default_locale);
	if (!fallback) return undefined;
	// A fallback only stands in when the entry has no public translation in the asked locale.
	if ('slug' in lookup) {
		const own = await db
			.selectFrom('entry_translations as t')
			.select('t.id')
			.where('t.entry_id', '=', fallback.entry_id)
			.where('t.locale', '=', locale)
			.where(visible(now))
			.executeTakeFirst();
		if (own) return undefined;
	}
	return { ...fallback, fallback: true };
}

export interface Alternate {
	locale: Locale;
	slug: string;
}

/** The locales an entry is public in, each with its own slug: for hreflang and the switcher. */
export async function alternates(db: Db, entryId: string, now: Date = new Date()): Promise<Alternate[]> {
	return db
		.selectFrom('entry_translations as t')
		.select(['t.locale', 't.slug'])
		.where('t.entry_id', '=', entryId)
		.where(visible(now))
		.orderBy('t.locale')
		.execute();
}

export interface ListCursor {
	publishedAt: Date;
	id: string;
}

export interface ListOptions {
	type: EntryType;
	limit?: number;
	/** Continue after this item (keyset pagination: page 200 costs what page 1 costs). */
	after?: ListCursor;
	tagId?: string;
	countryCode?: string;
	now?: Date;
}

export interface ListItem {
	id: string;
	entry_id: string;
	locale: Locale;
	slug: string;
	title: string;
	summary: string;
	published_at: Date;
	/** The day the site shows instead of the day of `published_at`, or null. */
	display_date: string | null;
	author_name: string | null;
	image_id: string | null;
	fallback: boolean;
}

export interface ListPage {
	items: ListItem[];
	/** The cursor of the next page, when there is one. */
	next?: ListCursor;
}

/** Newest first, published in `locale` (plus default-locale stand-ins if the site opts in). */
export async function listEntries(
	db: Db,
	site: SiteLocales,
	locale: Locale,
	options: ListOptions
): Promise<ListPage> {
	const limit = boundedLimit(options.limit, 12, 100);
	const now = options.now ?? new Date();
	const withFallbacks = site.list_fallbacks && locale !== site.default_locale;
	let query = db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select([
			't.id',
			't.entry_id',
			't.locale',
			't.slug',
			't.title',
			't.summary',
			't.published_at',
			'e.display_date',
			'e.author_name',
			'e.image_id',
			sql<boolean>`t.locale <> ${locale}`.as('fallback')
		])
		.where('t.site_id', '=', site.id)
		.where('t.entry_type', '=', options.type)
		.where(visible(now));
	if (withFallbacks) {
		query = query.where((eb) =>
			eb.or([
				eb('t.locale', '=', locale),
				eb.and([
					eb('t.locale', '=', site.default_locale),
					eb.not(
						eb.exists(
							eb
								.selectFrom('entry_translations as own')
								.select('own.id')
								.whereRef('own.entry_id', '=', 't.entry_id')
								.where('own.locale', '=', locale)
								.where(sql<SqlBool>`own.status in ('published', 'scheduled') and own.published_at <= ${now}`)
						)
					)
				])
			])
		);
	} else {
		query = query.where('t.locale', '=', locale);
	}
	if (options.tagId) {
		query = query.where(
			sql<SqlBool>`exists (select 1 from entry_tags et where et.entry_id = t.entry_id and et.tag_id = ${options.tagId})`
		);
	}
	if (options.countryCode) {
		query = query.where(
			sql<SqlBool>`exists (select 1 from entry_countries ec
				where ec.entry_id = t.entry_id and ec.country_code = ${options.countryCode})`
		);
	}
	if (options.after) {
		query = query.where(
			sql<SqlBool>`(t.published_at, t.id) < (${options.after.publishedAt}, ${options.after.id}::uuid)`
		);
	}
	const rows = await query
		.orderBy('t.published_at', 'desc')
		.orderBy('t.id', 'desc')
		.limit(limit + 1)
		.execute();
	const items = rows.slice(0, limit).map((row) => ({ ...row, published_at: row.published_at as Date }));
	const last = items.at(-1);
	return rows.length > limit && last
		? { items, next: { publishedAt: last.published_at, id: last.id } }
		: { items };
}

export interface SearchHit {
	entry_id: string;
	type: EntryType;
	/** For pages, the site section they live under. */
	section: string | null;
	slug: string;
	title: string;
	/** An excerpt with the matches wrapped in <mark>…</mark>; all other text is HTML-escaped. */
	highlight: string;
	rank: number;
}

const markStart = '\u0002';
const markEnd = '\u0003';

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/**
 * Full-text search over everything published in one locale, with that language's stemming
 * (a Dutch query finds Dutch inflections), best matches first, with highlighted excerpts.
 */
export async function searchEntries(
	db: Db,
	site: SiteLocales,
	locale: Locale,
	text: string,
	options: { limit?: number; now?: Date } = {}
): Promise<SearchHit[]> {
	const q = text.trim().slice(0, 200);
	if (q === '') return [];
	const config = searchConfig[locale];
	const query = sql`websearch_to_tsquery(${config}::regconfig, ${q})`;
	// Rank and cut to the best matches first; excerpts (costly) are made for those only.
	const rows = await db
		.with('hits', (qb) =>
			qb
				.selectFrom('entry_translations as t')
				.select(['t.id', 't.published_at', sql<number>`ts_rank(t.search_vector, ${query})`.as('rank')])
				.where('t.site_id', '=', site.id)
				.where('t.locale', '=', locale)
				.where(visible(options.now ?? new Date()))
				.where(sql<SqlBool>`t.search_vector @@ ${query}`)
				.orderBy('rank', 'desc')
				.orderBy('t.published_at', 'desc')
				.limit(Math.min(options.limit ?? 20, 50))
		)
		.selectFrom('hits')
		.innerJoin('entry_translations as t', 't.id', 'hits.id')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select([
			't.entry_id',
			't.entry_type as type',
			'e.section',
			't.slug',
			't.title',
			sql<string>`ts_headline(${config}::regconfig, t.summary || ' ' || t.body, ${query},
				${`StartSel=${markStart}, StopSel=${markEnd}, MaxWords=30, MinWords=12, MaxFragments=2`})`.as('highlight'),
			'hits.rank'
		])
		.orderBy('hits.rank', 'desc')
		.orderBy('hits.published_at', 'desc')
		.execute();
	// Escape the stored text first, then turn the private markers into <mark>: no stored HTML leaks.
	return rows.map((row) => ({
		...row,
		highlight: escapeHtml(row.highlight).replaceAll(markStart, '<mark>').replaceAll(markEnd, '</mark>')
	}));
}

/** A site's locale settings, for the functions above. */
export async function siteLocales(db: Db, siteId: string): Promise<SiteLocales | undefined> {
	return db
		.selectFrom('sites')
		.select(['id', 'default_locale', 'list_fallbacks'])
		.where('id', '=', siteId)
		.executeTakeFirst();
}

export interface SectionPage {
	entry_id: string;
	/** Pages, and campaigns that live in a section (WSM's under "Doe mee"). */
	type: EntryType;
	locale: Locale;
	slug: string;
	title: string;
	summary: string;
	image_id: string | null;
}

/** The pages and campaigns of a site section published in `locale`, in title order, for its landing page. */
export async function sectionPages(
	db: Db,
	siteId: string,
	section: string,
	locale: Locale,
	now: Date = new Date()
): Promise<SectionPage[]> {
	return db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select(['t.entry_id', 'e.type', 't.locale', 't.slug', 't.title', 't.summary', 'e.image_id'])
		.where('e.site_id', '=', siteId)
		.where('e.type', 'in', ['page', 'campaign'])
		.where('e.section', '=', section)
		.where('t.locale', '=', locale)
		.where(visible(now))
		.orderBy('t.title')
		.execute();
}
