import { deleteImage, imageUsage, siteImages, updateImageDetails } from '@solidair/db/media';
import { imagesById } from '@solidair/db/site-images';
import { removeStoredFile } from '@solidair/db/storage';
import * as m from '@solidair/i18n/messages';
import { database, pictureOf } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { imageMarkdown } from '#lib/server/insertions.ts';
import { readImageDetails } from '#lib/server/media.ts';
import { editableSite } from '#lib/server/sites.ts';

export const load = async (event) => {
	const { site } = await editableSite(event, 'view');
	const db = database();
	const [[image], uses, pictures] = await Promise.all([
		siteImages(db, site.id, { id: event.params.id }),
		imageUsage(db, site.id, event.params.id),
		imagesById(db, [event.params.id])
	]);
	const library = pictures.get(event.params.id);
	if (!image || !library) error(404, 'Not found');
	const locale = event.locals.locale;
	return {
		site,
		image,
		focal: library.focal,
		credit: library.credit,
		// Shown here through the intranet's own path; the Markdown points at the site's.
		picture: pictureOf(library, locale, `/${locale}/sites/${site.id}`),
		markdown: imageMarkdown(library, site.defaultLocale),
		uses,
		notice: event.url.searchParams.get('done')
	};
};

export const actions = {
	details: async (event) => {
		const { site } = await editableSite(event, 'update');
		const locale = event.locals.locale;
		const { values, details, errors } = readImageDetails(
			await event.request.formData(),
			site.locales,
			locale
		);
		if (Object.keys(errors).length > 0) return fail(400, { values, errors });
		if (!(await updateImageDetails(database(), site.id, event.params.id, details))) error(404, 'Not found');
		redirect(303, `/${locale}/sites/${site.id}/media/${event.params.id}?done=saved`);
	},

	delete: async (event) => {
		const { site } = await editableSite(event, 'update');
		const locale = event.locals.locale;
		const result = await deleteImage(database(), site.id, event.params.id);
		if (result.kind === 'not-found') error(404, 'Not found');
		// Still shown somewhere: deleting it would leave holes in those pages.
		if (result.kind === 'in-use')
			return fail(409, { inUse: m.media_in_use({ count: String(result.uses.length) }, { locale }) });
		await Promise.all(result.storageKeys.map((key) => removeStoredFile(key)));
		redirect(303, `/${locale}/sites/${site.id}/media?done=deleted`);
	}
};
