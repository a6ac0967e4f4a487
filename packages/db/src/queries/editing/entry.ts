// One entry as the editor shows it, its translations side by side; and the preview of a
// translation whatever its status.
import type { Kysely } from 'kysely';
import type { Database, EntryType, Locale } from '../../schema.ts';
import { isUuid } from '../../uuid.ts';
import { translationColumns, type PublishedTranslation } from '../content.ts';
import type { EditableTranslation } from './results.ts';
import { isOutdated } from './source-stamp.ts';
import { storedColumns } from './stored.ts';

type Db = Kysely<Database>;

export interface EventDetails {
	starts_at: Date;
	ends_at: Date;
	time_zone: string;
	place: string | null;
	online_url: string | null;
}

export interface VacancyDetails {
	/** `YYYY-MM-DD`. */
	closes_on: string;
	contract: string;
	place: string;
}

export interface EntryForEditing {
	id: string;
	site_id: string;
	type: EntryType;
	key: string | null;
	section: string | null;
	source_locale: Locale;
	author_name: string | null;
	image_id: string | null;
	/** The film shown after the body (a YouTube or Vimeo address), or null for none. */
	video_url: string | null;
	version: number;
	created_at: Date;
	updated_at: Date;
	/** The site's locales, in its order: the columns of the side-by-side editor. */
	locales: Locale[];
	translations: Partial<Record<Locale, EditableTranslation>>;
	event: EventDetails | null;
	vacancy: VacancyDetails | null;
	publication_files: Array<{ locale: Locale; media_id: string }>;
}

/** An entry of `siteId` with all its translations, for the editor; `undefined` if the site has no such entry. */
export async function entryForEditing(
	db: Db,
	siteId: string,
	entryId: string
): Promise<EntryForEditing | undefined> {
	if (!isUuid(entryId)) return undefined;
	const entry = await db
		.selectFrom('entries as e')
		.innerJoin('sites as s', 's.id', 'e.site_id')
		.select([
			'e.id',
			'e.site_id',
			'e.type',
			'e.key',
			'e.section',
			'e.source_locale',
			'e.author_name',
			'e.image_id',
			'e.video_url',
			'e.version',
			'e.created_at',
			'e.updated_at',
			's.locales'
		])
		.where('e.site_id', '=', siteId)
		.where('e.id', '=', entryId)
		.executeTakeFirst();
	if (!entry) return undefined;
	const [rows, event, vacancy, publicationFiles] = await Promise.all([
		db
			.selectFrom('entry_translations as t')
			.leftJoin('users as u', 'u.id', 't.updated_by')
			.select(storedColumns)
			.where('t.entry_id', '=', entry.id)
			.execute(),
		db
			.selectFrom('event_details')
			.select(['starts_at', 'ends_at', 'time_zone', 'place', 'online_url'])
			.where('entry_id', '=', entry.id)
			.executeTakeFirst(),
		db
			.selectFrom('vacancy_details')
			.select(['closes_on', 'contract', 'place'])
			.where('entry_id', '=', entry.id)
			.executeTakeFirst(),
		db
			.selectFrom('publication_files')
			.select(['locale', 'media_id'])
			.where('entry_id', '=', entry.id)
			.orderBy('locale')
			.execute()
	]);
	const source = rows.find((t) => t.locale === entry.source_locale);
	const translations: Partial<Record<Locale, EditableTranslation>> = {};
	for (const row of rows) translations[row.locale] = { ...row, outdated: isOutdated(row, source) };
	return {
		...entry,
		translations,
		event: event ?? null,
		vacancy: vacancy ?? null,
		publication_files: publicationFiles
	};
}

/**
 * A translation of `siteId` whatever its status, in the shape the public page loaders render
 * (`publishedTranslation`): a site shows a draft exactly as it will look. The caller checks the
 * signed preview link first (`@solidair/auth/preview`).
 */
export async function previewTranslation(
	db: Db,
	siteId: string,
	translationId: string
): Promise<PublishedTranslation | undefined> {
	if (!isUuid(translationId)) return undefined;
	const row = await db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select(translationColumns)
		.where('t.site_id', '=', siteId)
		.where('t.id', '=', translationId)
		.executeTakeFirst();
	return row && { ...row, fallback: false };
}
