import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database, EntryType, Locale } from '../schema.ts';
import type { SiteLocales } from './content.ts';

type Db = Kysely<Database>;

function visible(now: Date) {
	return sql<SqlBool>`(t.status in ('published', 'scheduled') and t.published_at <= ${now})`;
}

export interface EntryCard {
	entry_id: string;
	locale: Locale;
	slug: string;
	title: string;
	summary: string;
	published_at: Date;
}

/** Entries of the same type sharing the most tags with `entryId`, newest first: "related". */
export async function relatedEntries(
	db: Db,
	siteId: string,
	locale: Locale,
	entryId: string,
	type: EntryType,
	{ limit = 3, now = new Date() }: { limit?: number; now?: Date } = {}
): Promise<Array<EntryCard & { display_date: string | null; image_id: string | null }>> {
	const rows = await db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select([
			't.entry_id',
			't.locale',
			't.slug',
			't.title',
			't.summary',
			't.published_at',
			'e.display_date',
			'e.image_id',
			sql<number>`(select count(*) from entry_tags a join entry_tags b on b.tag_id = a.tag_id
				where a.entry_id = ${entryId} and b.entry_id = t.entry_id)::int`.as('shared')
		])
		.where('t.site_id', '=', siteId)
		.where('t.locale', '=', locale)
		.where('t.entry_type', '=', type)
		.where('t.entry_id', '<>', entryId)
		.where(visible(now))
		.orderBy('shared', 'desc')
		.orderBy('t.published_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map(({ shared: _shared, ...row }) => ({ ...row, published_at: row.published_at as Date }));
}

/** The current slug of a translation that used to be reached by `oldSlug`, if it is public. */
export async function redirectedSlug(
	db: Db,
	siteId: string,
	locale: Locale,
	oldSlug: string,
	now: Date = new Date()
): Promise<{ slug: string; type: EntryType } | undefined> {
	return db
		.selectFrom('slug_redirects as r')
		.innerJoin('entry_translations as t', 't.id', 'r.translation_id')
		.select(['t.slug', 't.entry_type as type'])
		.where('r.site_id', '=', siteId)
		.where('r.locale', '=', locale)
		.where('r.old_slug', '=', oldSlug)
		.where(visible(now))
		.executeTakeFirst();
}

export interface EventItem extends EntryCard {
	starts_at: Date;
	ends_at: Date;
	time_zone: string;
	place: string | null;
	online_url: string | null;
}

/**
 * A site's events in a locale: upcoming (not yet ended, soonest first) or past (latest first).
 * Offset pagination: agendas are short, and "page 3 of past events" is what visitors expect.
 */
export async function listEvents(
	db: Db,
	site: SiteLocales,
	locale: Locale,
	{
		when,
		limit = 20,
		offset = 0,
		now = new Date()
	}: { when: 'upcoming' | 'past'; limit?: number; offset?: number; now?: Date }
): Promise<{ items: EventItem[]; total: number }> {
	const base = db
		.selectFrom('entry_translations as t')
		.innerJoin('event_details as d', 'd.entry_id', 't.entry_id')
		.where('t.site_id', '=', site.id)
		.where('t.locale', '=', locale)
		.where('t.entry_type', '=', 'event')
		.where(visible(now))
		.where('d.ends_at', when === 'upcoming' ? '>=' : '<', now);
	const [rows, count] = await Promise.all([
		base
			.select(['t.entry_id', 't.locale', 't.slug', 't.title', 't.summary', 't.published_at'])
			.select(['d.starts_at', 'd.ends_at', 'd.time_zone', 'd.place', 'd.online_url'])
			.orderBy('d.starts_at', when === 'upcoming' ? 'asc' : 'desc')
			.orderBy('t.entry_id')
			.limit(limit)
			.offset(offset)
			.execute(),
		base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow()
	]);
	return { items: rows as EventItem[], total: count.total };
}

export interface EventWhenWhere {
	entry_id: string;
	starts_at: Date;
	ends_at: Date;
	time_zone: string;
	place: string | null;
	online_url: string | null;
}

/** The when and where of events, keyed by entry id. */
export async function eventDetails(
	db: Db,
	entryIds: readonly string[]
): Promise<Map<string, EventWhenWhere>> {
	if (entryIds.length === 0) return new Map();
	const rows = await db.selectFrom('event_details').selectAll().where('entry_id', 'in', entryIds).execute();
	return new Map(rows.map((row) => [row.entry_id, row as EventWhenWhere]));
}

export interface VacancyItem extends EntryCard {
	closes_on: string;
	contract: string;
	place: string;
}

/** Open vacancies (closing date today or later, in Brussels), soonest closing first. */
export async function listOpenVacancies(
	db: Db,
	siteId: string,
	locale: Locale,
	now: Date = new Date()
): Promise<VacancyItem[]> {
	const rows = await db
		.selectFrom('entry_translations as t')
		.innerJoin('vacancy_details as v', 'v.entry_id', 't.entry_id')
		.select([
			't.entry_id',
			't.locale',
			't.slug',
			't.title',
			't.summary',
			't.published_at',
			'v.closes_on',
			'v.contract',
			'v.place'
		])
		.where('t.site_id', '=', siteId)
		.where('t.locale', '=', locale)
		.where('t.entry_type', '=', 'vacancy')
		.where(visible(now))
		.where(sql<SqlBool>`v.closes_on >= (${now}::timestamptz at time zone 'Europe/Brussels')::date`)
		.orderBy('v.closes_on')
		.orderBy('t.title')
		.execute();
	return rows as VacancyItem[];
}

/** A vacancy's details, open or not (its page says when it is closed). */
export async function vacancyDetails(db: Db, entryId: string) {
	return db.selectFrom('vacancy_details').selectAll().where('entry_id', '=', entryId).executeTakeFirst();
}

export interface PublicationFile {
	entry_id: string;
	media_id: string;
	locale: Locale;
	filename: string;
	mime_type: string;
	byte_size: number;
	storage_key: string;
}

/**
 * The files of publications (one per language), keyed by entry id: only those whose translation
 * in that language is public now, as `publicMediaFile` serves nothing else.
 */
export async function publicationFiles(
	db: Db,
	entryIds: readonly string[],
	now: Date = new Date()
): Promise<Map<string, PublicationFile[]>> {
	const byEntry = new Map<string, PublicationFile[]>();
	if (entryIds.length === 0) return byEntry;
	const rows = await db
		.selectFrom('publication_files as p')
		.innerJoin('media as m', 'm.id', 'p.media_id')
		.innerJoin('entry_translations as t', (join) =>
			join.onRef('t.entry_id', '=', 'p.entry_id').onRef('t.locale', '=', 'p.locale')
		)
		.select([
			'p.entry_id',
			'p.media_id',
			'p.locale',
			'm.filename',
			'm.mime_type',
			'm.byte_size',
			'm.storage_key'
		])
		.where('p.entry_id', 'in', entryIds)
		.where(visible(now))
		.orderBy('p.locale')
		.execute();
	for (const row of rows) {
		const file = { ...row, byte_size: Number(row.byte_size) };
		byEntry.set(row.entry_id, [...(byEntry.get(row.entry_id) ?? []), file]);
	}
	return byEntry;
}

export interface PublicTranslation {
	entry_id: string;
	type: EntryType;
	section: string | null;
	locale: Locale;
	slug: string;
	updated_at: Date;
}

/** Every public translation of a site, grouped by entry (for the sitemap and its alternates). */
export async function publicTranslations(
	db: Db,
	siteId: string,
	now: Date = new Date()
): Promise<PublicTranslation[]> {
	return db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select(['t.entry_id', 't.entry_type as type', 'e.section', 't.locale', 't.slug', 't.updated_at'])
		.where('t.site_id', '=', siteId)
		.where(visible(now))
		.orderBy('t.entry_id')
		.orderBy('t.locale')
		.execute();
}

export interface PublicMediaFile {
	storage_key: string;
	filename: string;
	mime_type: string;
	byte_size: number;
}

/**
 * A media file the public may download: one attached to a publication whose translation in the
 * file's language is public on this site. Anything else (drafts, other sites) is not found.
 */
export async function publicMediaFile(
	db: Db,
	siteId: string,
	mediaId: string,
	now: Date = new Date()
): Promise<PublicMediaFile | undefined> {
	const row = await db
		.selectFrom('media as m')
		.innerJoin('publication_files as p', 'p.media_id', 'm.id')
		.innerJoin('entry_translations as t', (join) =>
			join.onRef('t.entry_id', '=', 'p.entry_id').onRef('t.locale', '=', 'p.locale')
		)
		.select(['m.storage_key', 'm.filename', 'm.mime_type', 'm.byte_size'])
		.where('m.id', '=', mediaId)
		.where('t.site_id', '=', siteId)
		.where(visible(now))
		.executeTakeFirst();
	return row && { ...row, byte_size: Number(row.byte_size) };
}
