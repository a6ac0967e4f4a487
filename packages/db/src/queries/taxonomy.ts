import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database, Locale } from '../schema.ts';

type Db = Kysely<Database>;

export interface TagLabel {
	id: string;
	key: string;
	kind: 'tag' | 'dossier';
	label: string;
	slug: string;
}

/** The tags and dossiers of entries, in a locale, keyed by entry id (for cards and articles). */
export async function tagsOfEntries(
	db: Db,
	entryIds: readonly string[],
	locale: Locale
): Promise<Map<string, TagLabel[]>> {
	const byEntry = new Map<string, TagLabel[]>();
	if (entryIds.length === 0) return byEntry;
	const rows = await db
		.selectFrom('entry_tags as et')
		.innerJoin('tags as g', 'g.id', 'et.tag_id')
		.innerJoin('tag_translations as tt', (join) =>
			join.onRef('tt.tag_id', '=', 'g.id').on('tt.locale', '=', locale)
		)
		.select(['et.entry_id', 'g.id', 'g.key', 'g.kind', 'tt.label', 'tt.slug'])
		.where('et.entry_id', 'in', entryIds)
		.orderBy('g.kind')
		.orderBy('tt.label')
		.execute();
	for (const { entry_id, ...tag } of rows) byEntry.set(entry_id, [...(byEntry.get(entry_id) ?? []), tag]);
	return byEntry;
}

/** Tags and dossiers used by a site's public entries of a type in a locale: the filters of a listing. */
export async function tagsInUse(
	db: Db,
	siteId: string,
	locale: Locale,
	type: 'news' | 'event' | 'publication',
	now: Date = new Date()
): Promise<TagLabel[]> {
	return db
		.selectFrom('tags as g')
		.innerJoin('tag_translations as tt', (join) =>
			join.onRef('tt.tag_id', '=', 'g.id').on('tt.locale', '=', locale)
		)
		.select(['g.id', 'g.key', 'g.kind', 'tt.label', 'tt.slug'])
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('entry_tags as et')
					.innerJoin('entry_translations as t', 't.entry_id', 'et.entry_id')
					.select('et.entry_id')
					.whereRef('et.tag_id', '=', 'g.id')
					.where('t.site_id', '=', siteId)
					.where('t.entry_type', '=', type)
					.where('t.locale', '=', locale)
					.where(sql<SqlBool>`t.status in ('published', 'scheduled') and t.published_at <= ${now}`)
			)
		)
		.orderBy('g.kind')
		.orderBy('tt.label')
		.execute();
}

export interface CountryLabel {
	code: string;
	name: string;
	slug: string;
}

/** The countries entries are about, in a locale, keyed by entry id. */
export async function countriesOfEntries(
	db: Db,
	entryIds: readonly string[],
	locale: Locale
): Promise<Map<string, CountryLabel[]>> {
	const byEntry = new Map<string, CountryLabel[]>();
	if (entryIds.length === 0) return byEntry;
	const rows = await db
		.selectFrom('entry_countries as ec')
		.innerJoin('country_translations as ct', (join) =>
			join.onRef('ct.country_code', '=', 'ec.country_code').on('ct.locale', '=', locale)
		)
		.select(['ec.entry_id', 'ec.country_code as code', 'ct.name', 'ct.slug'])
		.where('ec.entry_id', 'in', entryIds)
		.orderBy('ct.name')
		.execute();
	for (const { entry_id, ...country } of rows)
		byEntry.set(entry_id, [...(byEntry.get(entry_id) ?? []), country]);
	return byEntry;
}

/** Countries that a site's public entries of a type are about, in a locale: a listing's filter. */
export async function countriesInUse(
	db: Db,
	siteId: string,
	locale: Locale,
	type: 'news' | 'event' | 'publication',
	now: Date = new Date()
): Promise<CountryLabel[]> {
	return db
		.selectFrom('country_translations as ct')
		.select(['ct.country_code as code', 'ct.name', 'ct.slug'])
		.where('ct.locale', '=', locale)
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('entry_countries as ec')
					.innerJoin('entry_translations as t', 't.entry_id', 'ec.entry_id')
					.select('ec.entry_id')
					.whereRef('ec.country_code', '=', 'ct.country_code')
					.where('t.site_id', '=', siteId)
					.where('t.entry_type', '=', type)
					.where('t.locale', '=', locale)
					.where(sql<SqlBool>`t.status in ('published', 'scheduled') and t.published_at <= ${now}`)
			)
		)
		.orderBy('ct.name')
		.execute();
}
