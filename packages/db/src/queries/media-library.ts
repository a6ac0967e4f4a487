// A site's image library as editors manage it in the intranet: the list, where each image is
// used, its alt texts, whether it is decorative, its focal point, and deleting what nothing uses.
// Uploading is `storeImage` (../images.ts). Like the editing queries, every function takes the
// site and finds nothing outside it.
import { sql, type Kysely } from 'kysely';
import type { Database, Locale } from '../schema.ts';
import { isUuid } from '../uuid.ts';
import { pageWindow, type Paging } from '../paging.ts';
import { containsPattern } from './like.ts';

type Db = Kysely<Database>;

/** Longest alt text the database takes; screen readers read it all, so shorter is kinder. */
export const maxAltLength = 500;
/** Longest credit the database takes: a name and what made the picture, not a caption. */
export const maxCreditLength = 200;

export interface LibraryListItem {
	id: string;
	filename: string;
	width: number;
	height: number;
	decorative: boolean;
	alt: Partial<Record<Locale, string>>;
	/** How many entries show it as their picture or in their text. */
	usageCount: number;
	createdAt: Date;
}

/**
 * What the list of a site's images is filtered by: `query` matches the file name or an alt text;
 * `id` picks one; `unused` keeps only what no entry shows (as its picture or in a text).
 */
export interface SiteImagesFilter {
	query?: string;
	id?: string;
	unused?: boolean;
}

// The entries of `media m`'s site that show it: as their picture, or in a translation's text
// (inserted Markdown points at `/media/<id>/<copy>`). One definition for the count and the filter.
const usingEntries = sql`from entries e
	where e.site_id = m.site_id and (e.image_id = m.id or exists (
		select 1 from entry_translations t where t.entry_id = e.id
			and position('/media/' || m.id::text || '/' in t.body) > 0))`;

/** The condition on `media m` for the site's images (uploaded, not half-stored) that match. */
function siteImagesWhere(siteId: string, filter: SiteImagesFilter) {
	const pattern = filter.query ? containsPattern(filter.query) : null;
	return sql`m.site_id = ${siteId} and m.width is not null
		and (${filter.id ?? null}::uuid is null or m.id = ${filter.id ?? null}::uuid)
		and (${pattern}::text is null or m.filename ilike ${pattern} or exists (
			select 1 from media_alt_texts a where a.media_id = m.id and a.alt_text ilike ${pattern}))
		and (not ${filter.unused === true} or not exists (select 1 ${usingEntries}))`;
}

// Newest first, then by id: images uploaded at the same moment keep their order from page to page.
const siteImageRows = (
	siteId: string,
	filter: SiteImagesFilter,
	limit: number,
	offset: number
) => sql<LibraryListItem>`
	select m.id, m.filename, m.width, m.height, m.decorative, m.created_at as "createdAt",
		coalesce((select jsonb_object_agg(a.locale, a.alt_text) from media_alt_texts a where a.media_id = m.id), '{}') as alt,
		(select count(distinct e.id)::int ${usingEntries}) as "usageCount"
	from media m
	where ${siteImagesWhere(siteId, filter)}
	order by m.created_at desc, m.id
	limit ${limit} offset ${offset}
`;

/** The site's images, newest first (at most 200), filtered (see `SiteImagesFilter`). */
export async function siteImages(db: Db, siteId: string, options: SiteImagesFilter = {}) {
	if (options.id !== undefined && !isUuid(options.id)) return [];
	const { rows } = await siteImageRows(siteId, options, 200, 0).execute(db);
	return rows;
}

/** A page of `siteImages` (`limit` at most 200), with how many match the filter in all. */
export async function siteImagesPage(
	db: Db,
	siteId: string,
	filter: SiteImagesFilter,
	paging: Paging
): Promise<{ total: number; images: LibraryListItem[] }> {
	if (filter.id !== undefined && !isUuid(filter.id)) return { total: 0, images: [] };
	const where = siteImagesWhere(siteId, filter);
	const { limit, offset } = pageWindow(paging);
	const [count, page] = await Promise.all([
		sql<{ count: number }>`select count(*)::int as count from media m where ${where}`.execute(db),
		siteImageRows(siteId, filter, limit, offset).execute(db)
	]);
	return { total: count.rows[0]?.count ?? 0, images: page.rows };
}

export interface ImageUse {
	entryId: string;
	type: string;
	/** In the entry's source language. */
	title: string;
	/** `picture`: the entry's main image; `text`: inserted in a translation's text. */
	how: 'picture' | 'text';
}

/** The entries that show an image: what deleting it would break. */
export async function imageUsage(db: Db, siteId: string, mediaId: string): Promise<ImageUse[]> {
	if (!isUuid(mediaId)) return [];
	const { rows } = await sql<ImageUse>`
		select e.id as "entryId", e.type,
			coalesce((select t.title from entry_translations t where t.entry_id = e.id and t.locale = e.source_locale), '') as title,
			case when e.image_id = ${mediaId}::uuid then 'picture' else 'text' end as how
		from entries e
		where e.site_id = ${siteId} and (e.image_id = ${mediaId}::uuid or exists (
			select 1 from entry_translations t where t.entry_id = e.id
				and position(${`/media/${mediaId.toLowerCase()}/`} in t.body) > 0))
		order by title
	`.execute(db);
	return rows;
}

export interface ImageDetails {
	alt: Partial<Record<Locale, string>>;
	decorative: boolean;
	/** 0–1 from the left and the top; null keeps the centre. */
	focal: { x: number; y: number } | null;
	/** Who made it ("Foto: …"); empty or left out: none. */
	credit?: string;
}

export type ImageDetailsProblem =
	| { field: 'alt'; locale: Locale; reason: 'required' | 'too-long' }
	| { field: 'focal'; reason: 'out-of-range' }
	| { field: 'credit'; reason: 'too-long' };

/**
 * What is wrong with the details before they are saved: an image that is not decorative needs an
 * alt text in every language of its site (each page describes it in its own language); a
 * decorative one has none (screen readers skip it).
 */
export function imageDetailsProblems(
	details: ImageDetails,
	locales: readonly Locale[]
): ImageDetailsProblem[] {
	const problems: ImageDetailsProblem[] = [];
	for (const locale of locales) {
		const text = details.alt[locale]?.trim() ?? '';
		if (text.length > maxAltLength) problems.push({ field: 'alt', locale, reason: 'too-long' });
		else if (!details.decorative && !text) problems.push({ field: 'alt', locale, reason: 'required' });
	}
	const { focal } = details;
	if (focal && ![focal.x, focal.y].every((value) => Number.isFinite(value) && value >= 0 && value <= 1))
		problems.push({ field: 'focal', reason: 'out-of-range' });
	if ((details.credit?.trim().length ?? 0) > maxCreditLength)
		problems.push({ field: 'credit', reason: 'too-long' });
	return problems;
}

/** Saves alt texts, decorative, focal point and credit; false when the image is not the site's. */
export async function updateImageDetails(
	db: Db,
	siteId: string,
	mediaId: string,
	details: ImageDetails
): Promise<boolean> {
	if (!isUuid(mediaId)) return false;
	return db.transaction().execute(async (tx) => {
		const updated = await tx
			.updateTable('media')
			.set({
				decorative: details.decorative,
				focal_x: details.focal?.x ?? null,
				focal_y: details.focal?.y ?? null,
				// Left out: kept as it is (a caller that does not edit the credit does not erase it).
				...(details.credit === undefined ? {} : { credit: details.credit.trim() || null })
			})
			.where('id', '=', mediaId)
			.where('site_id', '=', siteId)
			.where('width', 'is not', null)
			.executeTakeFirst();
		if (updated.numUpdatedRows === 0n) return false;
		await tx.deleteFrom('media_alt_texts').where('media_id', '=', mediaId).execute();
		const alts = details.decorative
			? []
			: (Object.entries(details.alt) as [Locale, string][])
					.map(([locale, text]) => ({ media_id: mediaId, locale, alt_text: text.trim() }))
					.filter((row) => row.alt_text);
		if (alts.length) await tx.insertInto('media_alt_texts').values(alts).execute();
		return true;
	});
}

export type DeleteImageResult =
	{ kind: 'deleted'; storageKeys: string[] } | { kind: 'in-use'; uses: ImageUse[] } | { kind: 'not-found' };

/**
 * Deletes an image that nothing uses, and answers which stored files no other row needs any more
 * (the caller removes them; files are content-addressed, so the same bytes may serve another).
 * The usage check and the delete happen in one transaction with the row locked.
 */
export async function deleteImage(db: Db, siteId: string, mediaId: string): Promise<DeleteImageResult> {
	if (!isUuid(mediaId)) return { kind: 'not-found' };
	return db.transaction().execute(async (tx) => {
		const media = await tx
			.selectFrom('media')
			.select('storage_key')
			.where('id', '=', mediaId)
			.where('site_id', '=', siteId)
			.where('width', 'is not', null)
			.forUpdate()
			.executeTakeFirst();
		if (!media) return { kind: 'not-found' } as const;
		const uses = await imageUsage(tx, siteId, mediaId);
		if (uses.length > 0) return { kind: 'in-use', uses } as const;
		return { kind: 'deleted', storageKeys: await deleteMediaRow(tx, mediaId, media.storage_key) } as const;
	});
}

/**
 * Deletes a media row (its variants go with it) that the caller has locked and found unused, and
 * answers which of its stored files (`storageKey` and its variants') no row needs any more.
 */
export async function deleteMediaRow(tx: Db, mediaId: string, storageKey: string): Promise<string[]> {
	const variants = await tx
		.selectFrom('media_variants')
		.select('storage_key')
		.where('media_id', '=', mediaId)
		.execute();
	await tx.deleteFrom('media').where('id', '=', mediaId).execute();
	return unusedStorageKeys(tx, [storageKey, ...variants.map((variant) => variant.storage_key)]);
}

/**
 * Of `keys`, the stored files no row references any more, for the caller to remove once its
 * transaction commits. Every table holding a storage key is asked: files are content-addressed,
 * so the same bytes may serve an image, a publication's file and a portal document at once.
 */
export async function unusedStorageKeys(db: Db, keys: readonly string[]): Promise<string[]> {
	const unique = [...new Set(keys)];
	if (unique.length === 0) return [];
	const stillUsed = await db
		.selectFrom('media_variants')
		.select('storage_key')
		.where('storage_key', 'in', unique)
		.union(db.selectFrom('media').select('storage_key').where('storage_key', 'in', unique))
		.union(db.selectFrom('file_versions').select('storage_key').where('storage_key', 'in', unique))
		.execute();
	const kept = new Set(stillUsed.map((row) => row.storage_key));
	return unique.filter((key) => !kept.has(key));
}

export type SetEntryImageResult =
	{ kind: 'saved'; version: number } | { kind: 'not-found' } | { kind: 'not-an-image' };

/**
 * Makes one of the site's images the picture of one of its entries: the image picker's page,
 * which works without JavaScript, posts its choice here. The entry's version goes up as with any
 * save of its details, so a details form opened before is told of the change (409) instead of
 * silently putting the old picture back.
 */
export async function setEntryImage(
	db: Db,
	siteId: string,
	entryId: string,
	mediaId: string,
	now = new Date()
): Promise<SetEntryImageResult> {
	if (!isUuid(entryId)) return { kind: 'not-found' };
	if (!isUuid(mediaId)) return { kind: 'not-an-image' };
	return db.transaction().execute(async (tx) => {
		const image = await tx
			.selectFrom('media')
			.select('id')
			.where('id', '=', mediaId)
			.where('site_id', '=', siteId)
			.where('width', 'is not', null)
			.executeTakeFirst();
		if (!image) return { kind: 'not-an-image' } as const;
		const updated = await tx
			.updateTable('entries')
			.set((eb) => ({ image_id: mediaId, version: eb('version', '+', 1), updated_at: now }))
			.where('id', '=', entryId)
			.where('site_id', '=', siteId)
			.returning('version')
			.executeTakeFirst();
		return updated
			? ({ kind: 'saved', version: updated.version } as const)
			: ({ kind: 'not-found' } as const);
	});
}
