// The media endpoint (`/media/<id>/<name>`) and the pictures pages show. Publications' files are
// served under their own file name; images only as the copies the media library made, under
// names that carry the copy's content hash, so browsers and CDNs may keep them for a year.
import { isUuid, type ImageFormat } from '@solidair/db';
import { publicMediaFile } from '@solidair/db/listings';
import { imagesById, siteImageVariant, type ImageVariant, type LibraryImage } from '@solidair/db/site-images';
import type { Locale } from '@solidair/i18n';
import type { PictureData } from '@solidair/ui';
import { error } from '@sveltejs/kit';
import { database } from './database.ts';
import { storedFileResponse } from './stored-file.ts';

/** An id in a URL (donation intents, media files): in lower case only, as the sites write it (one address each). */
export const isUrlId = (value: string): boolean => isUuid(value) && value === value.toLowerCase();

/** The URL a media file is downloaded from; the file name is for the visitor's download folder. */
export function mediaPath(mediaId: string, filename: string): string {
	return `/media/${mediaId}/${encodeURIComponent(filename)}`;
}

const extensions: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };
const formatOfExtension = { avif: 'avif', webp: 'webp', jpg: 'jpeg' } as const;
const variantName = /^(\d{1,5})w-([0-9a-f]{12})\.(avif|webp|jpg)$/;

function variantPath(mediaId: string, variant: ImageVariant, base: string): string {
	return `${base}/media/${mediaId}/${variant.width}w-${variant.storage_key.slice(0, 12)}.${extensions[variant.format]}`;
}

/**
 * What a page needs to show an image: its copies per format, size, focal point and alt text.
 * `base` puts the copies under another path than the site's `/media/` (the intranet's library).
 */
export function pictureOf(image: LibraryImage, locale: Locale, base = ''): PictureData {
	const srcset = (format: ImageFormat) =>
		image.variants
			.filter((v) => v.format === format)
			.map((v) => `${variantPath(image.id, v, base)} ${v.width}w`)
			.join(', ');
	const jpegs = image.variants.filter((v) => v.format === 'jpeg');
	// The copy at about 960 px is what a browser without srcset support gets.
	const fallback = jpegs.find((v) => v.width >= 960) ?? jpegs[jpegs.length - 1]!;
	const [altLocale, alt] = image.decorative
		? [locale, '']
		: image.alt[locale] !== undefined
			? [locale, image.alt[locale]]
			: (Object.entries(image.alt)[0] ?? [locale, '']);
	return {
		src: variantPath(image.id, fallback, base),
		srcset: srcset('jpeg'),
		sources: (['avif', 'webp'] as const).map((format) => ({
			type: `image/${format}`,
			srcset: srcset(format)
		})),
		width: image.width,
		height: image.height,
		alt,
		altLang: altLocale === locale ? undefined : altLocale,
		focal: image.focal ?? undefined,
		...(image.credit ? { credit: image.credit } : {})
	};
}

/** The pictures of several entries at once, by media id. */
export async function picturesOf(
	ids: Iterable<string | null>,
	locale: Locale
): Promise<Map<string, PictureData>> {
	const wanted = [...ids].filter((id): id is string => id !== null);
	const images = await imagesById(database(), wanted);
	return new Map([...images].map(([id, image]) => [id, pictureOf(image, locale)]));
}

/** What a served file may do once a browser opens it: nothing (no scripts, no requests, no forms). */
export const fileSandbox = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

/**
 * Streams one of the site's public files: a publication's file, or a copy of an image. With the
 * `request`, a browser that has the bytes gets a 304 and one asking for a range gets that range.
 */
export async function mediaFile(
	site: { id: string },
	id: string,
	filename: string,
	request?: Request
): Promise<Response> {
	if (!isUrlId(id)) error(404);
	const variant = variantName.exec(filename);
	if (variant) {
		const format = formatOfExtension[variant[3] as keyof typeof formatOfExtension];
		const copy = await siteImageVariant(database(), site.id, id, format, Number(variant[1]));
		// An old hash in the name means an older copy: gone, not silently another picture.
		if (!copy || !copy.storage_key.startsWith(variant[2]!)) error(404);
		return storedFileResponse(
			copy.storage_key,
			{ 'content-type': `image/${format}`, 'cache-control': 'public, max-age=31536000, immutable' },
			request
		);
	}
	const file = await publicMediaFile(database(), site.id, id);
	// Only under its own name: a link naming it `report.html` is not the file.
	if (!file || file.filename !== filename) error(404);
	return storedFileResponse(
		file.storage_key,
		{
			'content-type': file.mime_type,
			// An upload is checked by its content, yet a viewer shows it on this site's origin: a picture
			// inline, anything else (PDF, office document) as a download, and never with scripts or requests.
			'content-disposition': `${file.mime_type.startsWith('image/') ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'content-security-policy': fileSandbox,
			'cache-control': 'public, max-age=86400'
		},
		request
	);
}
