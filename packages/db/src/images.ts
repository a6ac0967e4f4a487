// Images in the media library: checked by their content (not their name), stored once, and
// served only as resized copies in AVIF, WebP and JPEG. The original is kept for editors (a new
// crop later) but never served: it may be huge and carry camera metadata such as a location;
// sharp drops all metadata from the copies.
//
// sharp is a native module: apps import this from `@solidair/db/images` only where images are
// made (seed, intranet uploads), never from the public sites, which only read the rows.
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import type { Kysely } from 'kysely';
import type { Database, ImageFormat, Locale } from './schema.ts';
import { mediaStore, storeFile, type MediaStore } from './storage.ts';

/** Widths of the copies; an image is never enlarged, so a small one gets fewer. */
export const imageWidths = [480, 960, 1600] as const;
export const imageFormats: readonly ImageFormat[] = ['avif', 'webp', 'jpeg'];
export const maxImageBytes = 20 * 1024 * 1024;
/** 40 megapixels: a phone photo fits, a decompression bomb does not. */
export const maxImagePixels = 40_000_000;

const acceptedFormats = {
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	heif: 'image/avif'
} as const;
type AcceptedFormat = keyof typeof acceptedFormats;

/** `already-a-file`: the site has these very bytes as a publication's file (see storeImage). */
export type ImageProblem = 'too-large' | 'not-an-image' | 'too-many-pixels' | 'already-a-file';

/** Why an upload is not taken; the message names the problem, the caller translates `problem`. */
export class ImageRejected extends Error {
	override name = 'ImageRejected';
	readonly problem: ImageProblem;
	constructor(problem: ImageProblem) {
		super(`image rejected: ${problem}`);
		this.problem = problem;
	}
}

export interface InspectedImage {
	mimeType: (typeof acceptedFormats)[AcceptedFormat];
	/** Upright size, after the camera's orientation flag is applied. */
	width: number;
	height: number;
}

/** What the bytes really are. SVG, GIF, TIFF and anything else are refused (SVG can carry scripts). */
export async function inspectImage(bytes: Uint8Array): Promise<InspectedImage> {
	if (bytes.byteLength > maxImageBytes) throw new ImageRejected('too-large');
	let metadata: Metadata;
	try {
		metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
	} catch {
		throw new ImageRejected('not-an-image');
	}
	const format = metadata.format as string;
	// HEIF covers AVIF and HEIC; only AV1-compressed HEIF (AVIF) is an image every browser shows.
	if (!(format in acceptedFormats) || (format === 'heif' && metadata.compression !== 'av1')) {
		throw new ImageRejected('not-an-image');
	}
	const { width, height } = metadata.autoOrient;
	if (!width || !height) throw new ImageRejected('not-an-image');
	if (width * height > maxImagePixels) throw new ImageRejected('too-many-pixels');
	return { mimeType: acceptedFormats[format as AcceptedFormat], width, height };
}

export interface ImageCopy {
	format: ImageFormat;
	width: number;
	height: number;
	bytes: Uint8Array;
}

/** Widths of the copies of an image `width` pixels wide. */
export function copyWidths(width: number): number[] {
	const widths: number[] = imageWidths.filter((w) => w < width);
	// Smaller than the largest copy: its own width is the last one.
	if (width <= imageWidths[imageWidths.length - 1]!) widths.push(width);
	return widths;
}

const quality = {
	avif: { quality: 55, effort: 3 },
	webp: { quality: 75 },
	jpeg: { quality: 78, mozjpeg: true }
};

/** The resized, upright, metadata-free copies of an image, in every format and width. */
export async function imageCopies(bytes: Uint8Array): Promise<ImageCopy[]> {
	const { width } = await inspectImage(bytes);
	const upright = sharp(bytes, { limitInputPixels: maxImagePixels, failOn: 'error' }).autoOrient();
	const copies: ImageCopy[] = [];
	for (const targetWidth of copyWidths(width)) {
		for (const format of imageFormats) {
			const { data, info } = await upright
				.clone()
				.resize({ width: targetWidth, withoutEnlargement: true })
				.toFormat(format, quality[format])
				.toBuffer({ resolveWithObject: true });
			copies.push({ format, width: info.width, height: info.height, bytes: new Uint8Array(data) });
		}
	}
	return copies;
}

export interface NewImage {
	bytes: Uint8Array;
	/** The site whose library it belongs to; null for the intranet's shared library. */
	siteId: string | null;
	filename: string;
	/** Alternative text per language; required unless the image is decorative. */
	alt: Partial<Record<Locale, string>>;
	decorative?: boolean;
	/** The point that must stay in view when the image is cropped, 0–1 from the left and top. */
	focal?: { x: number; y: number };
	/** Who made it ("Foto: …"), shown under it on an article. */
	credit?: string | null;
	createdBy?: string | null;
}

/**
 * Stores an image and its copies, and returns its media id. The files are written before the
 * rows, and the rows in one transaction, so a failure leaves no row pointing at nothing. Storing
 * the same bytes again in the same library updates that image instead of adding a second one;
 * another site's library gets its own row (its own alt texts and focal point), sharing the bytes.
 *
 * A library holds the same bytes once (one media row per site and key), so bytes the site already
 * has as a publication's file are refused (`already-a-file`), as setPublicationFile refuses an
 * image's bytes: turning that row into an image would change what the publication offers, and
 * deleting the image later would take the publication's file with it.
 */
export async function storeImage(
	db: Kysely<Database>,
	image: NewImage,
	options: { store?: MediaStore; copies?: ImageCopy[] } = {}
): Promise<string> {
	const { store = mediaStore() } = options;
	const inspected = await inspectImage(image.bytes);
	const alts = Object.entries(image.alt).filter(([, text]) => text && text.trim());
	if (!image.decorative && alts.length === 0)
		throw new Error('an image that is not decorative needs an alt text');
	// Asked before encoding and storing anything, so a refusal leaves no copies behind; the upsert
	// below checks again for a file attached meanwhile. The key is storeFile's (SHA-256 of the bytes).
	const key = createHash('sha256').update(image.bytes).digest('hex');
	if (await isSiteFile(db, image.siteId, key)) throw new ImageRejected('already-a-file');
	// Encoding takes about a second per image: a caller inside a transaction makes the copies first.
	const copies = options.copies ?? (await imageCopies(image.bytes));
	const original = await storeFile(image.bytes, store, inspected.mimeType);
	const stored = await Promise.all(
		copies.map(async (copy) => ({ copy, file: await storeFile(copy.bytes, store, `image/${copy.format}`) }))
	);

	const write = async (tx: Kysely<Database>) => {
		const media = {
			site_id: image.siteId,
			filename: image.filename,
			mime_type: inspected.mimeType,
			byte_size: original.size,
			width: inspected.width,
			height: inspected.height,
			focal_x: image.focal?.x ?? null,
			focal_y: image.focal?.y ?? null,
			decorative: image.decorative ?? false,
			credit: image.credit?.trim() || null,
			created_by: image.createdBy ?? null
		};
		const row = await tx
			.insertInto('media')
			.values({ storage_key: original.key, ...media })
			.onConflict((oc) =>
				oc.columns(['site_id', 'storage_key']).doUpdateSet(media).where('media.width', 'is not', null)
			)
			.returning('id')
			.executeTakeFirst();
		// Nothing inserted nor updated: the site's row for these bytes is a publication's file.
		if (!row) throw new ImageRejected('already-a-file');
		const { id } = row;
		await tx.deleteFrom('media_alt_texts').where('media_id', '=', id).execute();
		if (alts.length) {
			await tx
				.insertInto('media_alt_texts')
				.values(
					alts.map(([locale, text]) => ({ media_id: id, locale: locale as Locale, alt_text: text!.trim() }))
				)
				.execute();
		}
		await tx.deleteFrom('media_variants').where('media_id', '=', id).execute();
		await tx
			.insertInto('media_variants')
			.values(
				stored.map(({ copy, file }) => ({
					media_id: id,
					format: copy.format,
					width: copy.width,
					height: copy.height,
					storage_key: file.key,
					byte_size: file.size
				}))
			)
			.execute();
		return id;
	};
	return db.isTransaction ? write(db) : db.transaction().execute(write);
}

/** Whether the library of `siteId` (null: the intranet's) holds the bytes `key` as a file, not an image. */
async function isSiteFile(db: Kysely<Database>, siteId: string | null, key: string): Promise<boolean> {
	const row = await db
		.selectFrom('media')
		.select('id')
		.where('storage_key', '=', key)
		.where((eb) => (siteId === null ? eb('site_id', 'is', null) : eb('site_id', '=', siteId)))
		.where('width', 'is', null)
		.executeTakeFirst();
	return row !== undefined;
}
