// The editor's list of a site's entries: search, filters, sort, paging, and the state of each
// entry's translation in every locale of the site.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { entryTypes } from '../../input/entries.ts';
import type { EntryListSort, LanguageState } from '../../input/entry-list.ts';
import { boundedLimit, pageWindow, type Paging } from '../../paging.ts';
import type { Database, EntryType, Locale, TranslationStatus } from '../../schema.ts';
import { containsPattern } from '../like.ts';
import { isOutdated } from './source-stamp.ts';

type Db = Kysely<Database>;

export type { EntryListSort, LanguageState } from '../../input/entry-list.ts';

export interface SiteEntriesFilter {
	type?: EntryType;
	/**
	 * Words of a title or summary in any language (a title's words also stemmed in its own
	 * language), or part of a slug. Case-insensitive; `%` and `_` are searched for literally.
	 */
	query?: string;
	/** With `state`: the language in that state; alone: entries that have this language. */
	language?: Locale;
	/** The state of `language`, or without one: of at least one of the site's languages. */
	state?: LanguageState;
	/** The byline (`entries.author_name`), or who last saved one of its languages. */
	author?: string;
	/** @default 'changed-desc' */
	sort?: EntryListSort;
	/** The order of the types when sorting by type (e.g. by their names in the reader's language). */
	typeOrder?: readonly EntryType[];
}

export interface SiteEntriesOptions extends SiteEntriesFilter {
	/** At most this many entries (default 200). */
	limit?: number;
}

export type LocaleState =
	| { locale: Locale; exists: false }
	| {
			locale: Locale;
			exists: true;
			id: string;
			slug: string;
			title: string;
			status: TranslationStatus;
			published_at: Date | null;
			updated_at: Date;
			version: number;
			outdated: boolean;
			/** A review of it is open: a text not live yet is `in_review`; a live one has a new version waiting. */
			in_review: boolean;
	  };

export interface EditorEntry {
	id: string;
	type: EntryType;
	key: string | null;
	section: string | null;
	source_locale: Locale;
	author_name: string | null;
	/** The title in the source locale (or in the first locale, by code, that has one). */
	title: string;
	/** The latest save of any of its translations. */
	last_saved_at: Date;
	/** Who made that save (null when unknown or since deleted). */
	last_saved_by: string | null;
	/** One item per locale of the site, in the site's order. */
	locales: LocaleState[];
}

// The list's conditions, as SQL on `entries as e` (the alias every one of them names).

/** Whether translation `t` lags behind the source's text (isOutdated, in SQL). */
const outdated = sql<SqlBool>`t.locale <> e.source_locale and exists (
	select 1 from entry_translations s
	where s.entry_id = e.id and s.locale = e.source_locale and s.source_updated_at is not null
		and (t.source_updated_at is null or t.source_updated_at < s.source_updated_at))`;

/** A language's state (see SiteEntriesFilter), or `undefined` for no condition. */
function languageCondition(
	locales: readonly Locale[],
	language: Locale | undefined,
	state: LanguageState | undefined
): Expression<SqlBool> | undefined {
	if (state === 'missing') {
		const wanted = language ? [language] : locales;
		// Some of the wanted languages has no translation.
		return sql<SqlBool>`(select count(*) from entry_translations t
			where t.entry_id = e.id and t.locale in (${sql.join(wanted)})) < ${wanted.length}`;
	}
	if (!language && !state) return undefined;
	const conditions = [sql`t.entry_id = e.id`];
	if (language) conditions.push(sql`t.locale = ${language}`);
	else conditions.push(sql`t.locale in (${sql.join(locales)})`);
	if (state === 'outdated') conditions.push(outdated);
	// In review: a text not live yet waiting for its reviewer, or a live one with a new version waiting.
	else if (state === 'in_review')
		conditions.push(
			sql`(t.status = 'in_review' or exists (select 1 from entry_reviews r where r.translation_id = t.id and r.state = 'open'))`
		);
	else if (state) conditions.push(sql`t.status = ${state}`);
	return sql<SqlBool>`exists (select 1 from entry_translations t where ${sql.join(conditions, sql` and `)})`;
}

/**
 * Substrings of titles, summaries and slugs in any language, and a title's words in that language's
 * stemming (the title's part of `search_vector`, weight A): `travailleur` finds `travailleurs`.
 */
function searchCondition(text: string): Expression<SqlBool> {
	const pattern = containsPattern(text);
	// The same language per locale as the generated column `search_vector`.
	const config = sql`(case t.locale when 'nl' then 'dutch' when 'fr' then 'french'
		when 'es' then 'spanish' else 'english' end)::regconfig`;
	return sql<SqlBool>`exists (select 1 from entry_translations t where t.entry_id = e.id and (
		t.title ilike ${pattern} or t.summary ilike ${pattern} or t.slug ilike ${pattern}
		or ts_filter(t.search_vector, '{a}') @@ websearch_to_tsquery(${config}, ${text})))`;
}

/** The byline, or who last saved one of the entry's languages. */
const authorCondition = (author: string) =>
	sql<SqlBool>`(e.author_name = ${author} or exists (
		select 1 from entry_translations t join users u on u.id = t.updated_by
		where t.entry_id = e.id and u.display_name = ${author}))`;

/** A site's entries that match the filters (nothing selected yet). */
function siteEntriesQuery(db: Db, siteId: string, locales: readonly Locale[], filter: SiteEntriesFilter) {
	let query = db.selectFrom('entries as e').where('e.site_id', '=', siteId);
	if (filter.type) query = query.where('e.type', '=', filter.type);
	const language = languageCondition(locales, filter.language, filter.state);
	if (language) query = query.where(language);
	const text = filter.query?.trim();
	if (text) query = query.where(searchCondition(text));
	const author = filter.author?.trim();
	if (author) query = query.where(authorCondition(author));
	return query;
}

const lastSavedAt = sql<Date>`coalesce((select max(t.updated_at) from entry_translations t where t.entry_id = e.id), e.updated_at)`;

// The source's title, else the first by locale code: what the list shows and sorts by.
const displayTitle = sql<string>`coalesce((select t.title from entry_translations t where t.entry_id = e.id
	order by t.locale = e.source_locale desc, t.locale limit 1), '')`;

/** The rank of an entry's type in `order` (types left out of it last). */
const typeRank = (order: readonly EntryType[]) =>
	sql<number>`case e.type ${sql.join(
		order.map((type, index) => sql`when ${type} then ${sql.lit(index)}`),
		sql` `
	)} else ${sql.lit(order.length)} end`;

// Every order ends with the id: entries that tie keep their order, so that none moves from one page
// to the next. Titles compare case-insensitively; types tie-break on the latest change.
const siteEntryRows = (db: Db, siteId: string, locales: readonly Locale[], filter: SiteEntriesFilter) => {
	const query = siteEntriesQuery(db, siteId, locales, filter).select([
		'e.id',
		'e.type',
		'e.key',
		'e.section',
		'e.source_locale',
		'e.author_name',
		lastSavedAt.as('last_saved_at'),
		sql<
			string | null
		>`(select u.display_name from entry_translations t left join users u on u.id = t.updated_by
			where t.entry_id = e.id order by t.updated_at desc, t.id limit 1)`.as('last_saved_by'),
		displayTitle.as('title')
	]);
	const [by, direction] = (filter.sort ?? 'changed-desc').split('-') as [
		'changed' | 'title' | 'type',
		'asc' | 'desc'
	];
	const ordered =
		by === 'title'
			? query.orderBy(sql`lower(${displayTitle})`, direction).orderBy(displayTitle, direction)
			: by === 'type'
				? query.orderBy(typeRank(filter.typeOrder ?? entryTypes), direction).orderBy(lastSavedAt, 'desc')
				: query.orderBy(lastSavedAt, direction);
	return ordered.orderBy('e.id');
};

/** Which of these translations have an open review. */
async function openReviews(db: Db, translationIds: string[]): Promise<Set<string>> {
	if (translationIds.length === 0) return new Set();
	const rows = await db
		.selectFrom('entry_reviews')
		.select('translation_id')
		.where('state', '=', 'open')
		.where('translation_id', 'in', translationIds)
		.execute();
	return new Set(rows.map((row) => row.translation_id));
}

/** The entries with the state of their translation in each of the site's `locales`. */
async function withLocaleStates(
	db: Db,
	locales: readonly Locale[],
	entries: Array<Omit<EditorEntry, 'locales'>>
): Promise<EditorEntry[]> {
	if (entries.length === 0) return [];
	const translations = await db
		.selectFrom('entry_translations')
		.select([
			'id',
			'entry_id',
			'locale',
			'slug',
			'title',
			'status',
			'published_at',
			'updated_at',
			'version',
			'source_updated_at'
		])
		.where(
			'entry_id',
			'in',
			entries.map((e) => e.id)
		)
		.execute();
	const reviewed = await openReviews(
		db,
		translations.map((t) => t.id)
	);
	return entries.map((entry) => {
		const own = translations.filter((t) => t.entry_id === entry.id);
		const source = own.find((t) => t.locale === entry.source_locale);
		return {
			...entry,
			locales: locales.map((locale): LocaleState => {
				const t = own.find((row) => row.locale === locale);
				if (!t) return { locale, exists: false };
				const { entry_id: _entryId, source_updated_at: _sourceUpdatedAt, ...state } = t;
				return { ...state, exists: true, outdated: isOutdated(t, source), in_review: reviewed.has(t.id) };
			})
		};
	});
}

const siteLocales = (db: Db, siteId: string) =>
	db.selectFrom('sites').select('locales').where('id', '=', siteId).executeTakeFirst();

/** A site's entries for its editors: each with the state of its translation in every site locale. */
export async function siteEntries(
	db: Db,
	siteId: string,
	options: SiteEntriesOptions = {}
): Promise<EditorEntry[]> {
	const site = await siteLocales(db, siteId);
	if (!site) return [];
	const entries = await siteEntryRows(db, siteId, site.locales, options)
		.limit(boundedLimit(options.limit, 200, 1000))
		.execute();
	return withLocaleStates(db, site.locales, entries);
}

/** A page of `siteEntries` (`limit` at most 200), with how many match the filters in all. */
export async function siteEntriesPage(
	db: Db,
	siteId: string,
	filter: SiteEntriesFilter,
	paging: Paging
): Promise<{ total: number; entries: EditorEntry[] }> {
	const site = await siteLocales(db, siteId);
	if (!site) return { total: 0, entries: [] };
	const page = pageWindow(paging);
	const [count, entries] = await Promise.all([
		siteEntriesQuery(db, siteId, site.locales, filter)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		siteEntryRows(db, siteId, site.locales, filter).limit(page.limit).offset(page.offset).execute()
	]);
	return { total: Number(count.count), entries: await withLocaleStates(db, site.locales, entries) };
}

/**
 * The names the author filter offers: the site's bylines and the people who saved its entries,
 * sorted, at most `limit` (default 200).
 */
export async function siteEntryAuthors(db: Db, siteId: string, limit = 200): Promise<string[]> {
	const rows = await db
		.selectFrom((qb) =>
			qb
				.selectFrom('entries as e')
				.select('e.author_name as name')
				.where('e.site_id', '=', siteId)
				.where('e.author_name', 'is not', null)
				.union(
					qb
						.selectFrom('entry_translations as t')
						.innerJoin('users as u', 'u.id', 't.updated_by')
						.select('u.display_name as name')
						.where('t.site_id', '=', siteId)
				)
				.as('names')
		)
		.select('names.name')
		.orderBy(sql`lower(names.name)`)
		.orderBy('names.name')
		.limit(boundedLimit(limit, 200, 1000))
		.execute();
	return rows.flatMap((row) => (row.name ? [row.name] : []));
}
