// One page of a site's media library as the library, the picker page and the picker dialog show
// it: the filters read from the URL (`q`, `unused=1`, `page`), and per image its thumbnail copies,
// its description in the reader's language and how often it is used.
import type { Locale } from '@solidair/db';
import { siteImagesPage } from '@solidair/db/media';
import { imagesById } from '@solidair/db/site-images';
import { database, pictureOf } from '@solidair/app-kit/server';
import { offsetOf, pageCountOf, pageParam, pageSize, textParam } from './access.ts';
import type { EditedSite } from './sites.ts';

/** Longest search the library takes (the field's maxlength; longer is a 400). */
export const maxLibrarySearch = 200;

export async function libraryPage(url: URL, site: EditedSite, locale: Locale) {
	const query = textParam(url, 'q', maxLibrarySearch);
	// A checkbox: `1` when ticked; anything else typed in the address bar is simply "all".
	const unused = url.searchParams.get('unused') === '1';
	const page = pageParam(url);
	const db = database();
	const { total, images } = await siteImagesPage(
		db,
		site.id,
		{ query: query || undefined, unused },
		{ limit: pageSize, offset: offsetOf(page) }
	);
	const pictures = await imagesById(
		db,
		images.map((image) => image.id)
	);
	return {
		query,
		unused,
		page,
		pageCount: pageCountOf(total),
		total,
		images: images.map((image) => {
			const picture = pictures.get(image.id);
			return {
				id: image.id,
				filename: image.filename,
				decorative: image.decorative,
				alt: image.decorative ? '' : (image.alt[locale] ?? image.alt[site.defaultLocale] ?? ''),
				// Every language's, for the library's edit panel.
				descriptions: image.alt,
				usageCount: image.usageCount,
				// Served through the intranet's own path, behind the staff door.
				picture: picture && pictureOf(picture, locale, `/${locale}/sites/${site.id}`)
			};
		})
	};
}

export type LibraryPage = Awaited<ReturnType<typeof libraryPage>>;
export type LibraryCard = LibraryPage['images'][number];
