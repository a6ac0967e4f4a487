// The editor's list of a site's entries: filters, paging, and the state of each entry's
// translation in every locale of the site.
import { sql, type Kysely } from 'kysely';
import { boundedLimit, pageWindow, type Paging } from '../../paging.ts';
import type { Database, EntryType, Locale, TranslationStatus } from '../../schema.ts';
import { containsPattern } from '../like.ts';
import { isOutdated } from './source-stamp.ts';

type Db = Kysely<Database>;

export interface SiteEntriesOptions {
	type?: EntryType;
	/** Entries with at least one translation in this status. */
	status?: TranslationStatus;
	/** Part of a title or slug, in any locale (case-insensitive). */
	query?: string;
	/** At most this many entries, the most recently saved first (default 200). */
	limit?: number;
}

/** What the list of entries is filtered by. */
export type SiteEntriesFilter = Omit<SiteEntriesOptions, 'limit'>;

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
	  };

export interface EditorEntry {
	id: string;
	type: EntryType;
	key: string | null;
	section: string | null;
	source_locale: Locale;
	/** The title in the source locale (or in the first locale that has one). */
	title: string;
	/** The latest save of any of its translations. */
	last_saved_at: Date;
	/** One item per locale of the site, in the site's order. */
	locales: LocaleState[];
}

/** A site's entries that match the filters (nothing selected yet). */
function siteEntriesQuery(db: Db, siteId: string, filter: SiteEntriesFilter) {
	let query = db.selectFrom('entries as e').where('e.site_id', '=', siteId);
	if (filter.type) query = query.where('e.type', '=', filter.type);
	const { status } = filter;
	if (status) {
		query = query.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('entry_translations as t')
					.select('t.id')
					.whereRef('t.entry_id', '=', 'e.id')
					.where('t.status', '=', status)
			)
		);
	}
	const text = filter.query?.trim();
	if (text) {
		const pattern = containsPattern(text);
		query = query.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('entry_translations as t')
					.select('t.id')
					.whereRef('t.entry_id', '=', 'e.id')
					.where((eb) => eb.or([eb('t.title', 'ilike', pattern), eb('t.slug', 'ilike', pattern)]))
			)
		);
	}
	return query;
}

// The most recently saved first, then by id: entries saved at the same moment keep their order,
// so that none moves from one page to the next.
const siteEntryRows = (db: Db, siteId: string, filter: SiteEntriesFilter) =>
	siteEntriesQuery(db, siteId, filter)
		.select([
			'e.id',
			'e.type',
			'e.key',
			'e.section',
			'e.source_locale',
			sql<Date>`coalesce((select max(t.updated_at) from entry_translations t where t.entry_id = e.id), e.updated_at)`.as(
				'last_saved_at'
			)
		])
		.orderBy('last_saved_at', 'desc')
		.orderBy('e.id');

/** The entries with the state of their translation in each of the site's `locales`. */
async function withLocaleStates(
	db: Db,
	locales: readonly Locale[],
	entries: Array<Omit<EditorEntry, 'title' | 'locales'>>
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
	return entries.map((entry) => {
		const own = translations.filter((t) => t.entry_id === entry.id);
		const source = own.find((t) => t.locale === entry.source_locale);
		return {
			...entry,
			title: (source ?? own[0])?.title ?? '',
			locales: locales.map((locale): LocaleState => {
				const t = own.find((row) => row.locale === locale);
				if (!t) return { locale, exists: false };
				const { entry_id: _entryId, source_updated_at: _sourceUpdatedAt, ...state } = t;
				return { ...state, exists: true, outdated: isOutdated(t, source) };
			})
		};
	});
}

/** A site's entries for its editors: each with the state of its translation in every site locale. */
export async function siteEntries(
	db: Db,
	siteId: string,
	options: SiteEntriesOptions = {}
): Promise<EditorEntry[]> {
	const site = await db.selectFrom('sites').select('locales').where('id', '=', siteId).executeTakeFirst();
	if (!site) return [];
	const entries = await siteEntryRows(db, siteId, options)
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
	const site = await db.selectFrom('sites').select('locales').where('id', '=', siteId).executeTakeFirst();
	if (!site) return { total: 0, entries: [] };
	const page = pageWindow(paging);
	const [count, entries] = await Promise.all([
		siteEntriesQuery(db, siteId, filter)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		siteEntryRows(db, siteId, filter).limit(page.limit).offset(page.offset).execute()
	]);
	return { total: Number(count.count), entries: await withLocaleStates(db, site.locales, entries) };
}
