// The network's world map as a picture (`/network-map.svg`), which the home shows as an `<img>`:
// fetched after the first paint and kept by the browser, instead of 60 KB of inline SVG.
import { createHash } from 'node:crypto';
import { networkCountryCodes } from '@solidair/db/network';
import { database } from '@solidair/app-kit/server';
import { mapPicture } from '@solidair/ui/map-picture';
import type { PublicSite } from '../site.ts';

export const mapPicturePath = '/network-map.svg';

/** A short version of the picture for its URL (`?v=`): it changes when the countries do. */
export function mapPictureVersion(codes: readonly string[]): string {
	return createHash('sha256').update(codes.toSorted().join(',')).digest('base64url').slice(0, 10);
}

/** The picture's URL for these countries. */
export function mapPictureUrl(codes: readonly string[]): string {
	return `${mapPicturePath}?v=${mapPictureVersion(codes)}`;
}

/**
 * The picture. Asked for with the version of the countries it shows, it never changes and may be
 * kept for a year; otherwise (an old page's link, or none) for five minutes.
 */
export async function networkMapPicture(site: PublicSite, url: URL): Promise<Response> {
	const codes = await networkCountryCodes(database(), site.id);
	const current = url.searchParams.get('v') === mapPictureVersion(codes);
	return new Response(mapPicture(codes, site.theme), {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300'
		}
	});
}
