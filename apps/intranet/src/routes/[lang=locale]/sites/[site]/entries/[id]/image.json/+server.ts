// What the body editor's image button puts in a text: the picker dialog knows an image by its id,
// its intranet copy and its description in the editor's language; the text needs the site's own
// address (`/media/…`) and the description in the text's language, as `imageMarkdown`
// (insertions.ts) writes them. Asked after each pick, so an image just uploaded in the dialog is
// known too. Authorized like the page: another site's editor gets the audited 404.
import { siteImages } from '@solidair/db/media';
import { imagesById } from '@solidair/db/site-images';
import { isLocale } from '@solidair/i18n';
import { database, pictureOf } from '@solidair/app-kit/server';
import { error, json } from '@sveltejs/kit';
import { editableSite } from '#lib/server/sites.ts';
import { loadEntry } from '../editor.server.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { site } = await editableSite(event, 'update');
	const entry = await loadEntry(site.id, event.params.id);
	const lang = event.url.searchParams.get('lang');
	if (!isLocale(lang) || !entry.locales.includes(lang)) error(400, 'Bad request');
	const id = event.url.searchParams.get('image') ?? '';
	const db = database();
	// Only an image of this site's library (any other id, or none, is not found).
	const [listed] = await siteImages(db, site.id, { id });
	const image = listed && (await imagesById(db, [listed.id])).get(listed.id);
	if (!image) error(404, 'Not found');
	// The copy and the description `imageMarkdown` puts in the text (the editor escapes the brackets).
	const { src, alt } = pictureOf(image, lang);
	return json({ src, alt }, { headers: { 'cache-control': 'private, no-store' } });
};
