// A site's images as the public pages show them: alt texts per locale, focal point, decorative or
// not, and the resized copies (`@solidair/db/site-images`; uploading is `@solidair/db/images`).
import { sql, type Kysely } from 'kysely';
import type { Database, ImageFormat, Locale } from '../schema.ts';
import { isUuid } from '../uuid.ts';

type Db = Kysely<Database>;

export interface ImageVariant {
	format: ImageFormat;
	width: number;
	height: number;
	storage_key: string;
}

export interface LibraryImage {
	id: string;
	width: number;
	height: number;
	/** The point to keep in view when cropped, 0–1 from the left and top. */
	focal: { x: number; y: number } | null;
	decorative: boolean;
	alt: Partial<Record<Locale, string>>;
	/** Who made it, shown under it on an article; null when unknown. */
	credit: string | null;
	/** Its resized copies, narrowest first. */
	variants: ImageVariant[];
}

/**
 * Images with their alt texts and copies, by media id; ids without copies, and strings that are no
 * id at all (from a URL), are left out.
 */
export async function imagesById(db: Db, ids: Iterable<string>): Promise<Map<string, LibraryImage>> {
	const images = new Map<string, LibraryImage>();
	const list = [...new Set(ids)].filter(isUuid);
	if (list.length === 0) return images;
	// One array parameter, not a list of them: one query text (one prepared statement) for any count.
	const wanted = sql<string>`any(${list}::uuid[])`;
	const [rows, alts, variants] = await Promise.all([
		db
			.selectFrom('media')
			.select(['id', 'width', 'height', 'focal_x', 'focal_y', 'decorative', 'credit'])
			.where('id', '=', wanted)
			.execute(),
		db.selectFrom('media_alt_texts').selectAll().where('media_id', '=', wanted).execute(),
		db
			.selectFrom('media_variants')
			.select(['media_id', 'format', 'width', 'height', 'storage_key'])
			.where('media_id', '=', wanted)
			.orderBy('width')
			.execute()
	]);
	for (const row of rows) {
		if (!row.width || !row.height) continue;
		images.set(row.id, {
			id: row.id,
			width: row.width,
			height: row.height,
			focal: row.focal_x === null || row.focal_y === null ? null : { x: row.focal_x, y: row.focal_y },
			decorative: row.decorative,
			credit: row.credit,
			alt: {},
			variants: []
		});
	}
	for (const alt of alts) {
		const image = images.get(alt.media_id);
		if (image) image.alt[alt.locale] = alt.alt_text;
	}
	for (const { media_id, ...variant } of variants) images.get(media_id)?.variants.push(variant);
	for (const [id, image] of images) if (image.variants.length === 0) images.delete(id);
	return images;
}

/** One copy of one of a site's images, for the media endpoint. */
export async function siteImageVariant(
	db: Db,
	siteId: string,
	mediaId: string,
	format: ImageFormat,
	width: number
): Promise<{ storage_key: string; byte_size: number } | undefined> {
	return db
		.selectFrom('media_variants as v')
		.innerJoin('media as m', 'm.id', 'v.media_id')
		.select(['v.storage_key', 'v.byte_size'])
		.where('v.media_id', '=', mediaId)
		.where('v.format', '=', format)
		.where('v.width', '=', width)
		.where('m.site_id', '=', siteId)
		.executeTakeFirst();
}
