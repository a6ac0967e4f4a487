import { ImageRejected, inspectImage, maxImageBytes, storeImage } from '@solidair/db/images';
import { siteImagesPage } from '@solidair/db/media';
import { imagesById } from '@solidair/db/site-images';
import * as m from '@solidair/i18n/messages';
import { error, fail, redirect } from '@sveltejs/kit';
import { readForm, storageFailure } from '@solidair/files/server';
import { database, pictureOf } from '@solidair/app-kit/server';
import { readImageDetails, type ImageDetailsErrors, type ImageDetailsValues } from '#lib/server/media.ts';
import { offsetOf, pageCountOf, pageParam, pageSize } from '#lib/server/access.ts';
import { editableSite } from '#lib/server/sites.ts';

// The site's images a page at a time (`?page=2`, the search kept), newest first. A search longer
// than the field's maxlength, or a page that is no positive whole number, is a 400, as on the
// intranet's other lists.
export const load = async (event) => {
	const { site } = await editableSite(event, 'view');
	const query = (event.url.searchParams.get('q') ?? '').trim();
	if (query.length > 200) error(400, 'search too long');
	const page = pageParam(event.url);
	const db = database();
	const { total, images } = await siteImagesPage(
		db,
		site.id,
		{ query: query || undefined },
		{ limit: pageSize, offset: offsetOf(page) }
	);
	const pictures = await imagesById(
		db,
		images.map((image) => image.id)
	);
	const locale = event.locals.locale;
	return {
		site,
		query,
		images: images.map((image) => {
			const picture = pictures.get(image.id);
			return { ...image, picture: picture && pictureOf(picture, locale, `/${locale}/sites/${site.id}`) };
		}),
		total,
		page,
		pageCount: pageCountOf(total),
		notice: event.url.searchParams.get('done')
	};
};

/** Why an upload was refused, in the editor's language. */
function rejection(problem: ImageRejected['problem'], locale: App.Locals['locale']): string {
	if (problem === 'too-large')
		return m.media_error_too_large({ max: String(maxImageBytes / 1024 / 1024) }, { locale });
	if (problem === 'too-many-pixels') return m.media_error_too_many_pixels({}, { locale });
	if (problem === 'already-a-file') return m.media_error_already_a_file({}, { locale });
	return m.media_error_not_an_image({}, { locale });
}

export const actions = {
	upload: async (event) => {
		const { user, site } = await editableSite(event, 'update');
		const locale = event.locals.locale;
		const form = await readForm(event.request, locale);
		if (!form.ok) {
			// Too large to read: what was typed is out of reach, but the reason goes to the file field.
			const values: ImageDetailsValues = { alt: {}, decorative: false, focalX: '', focalY: '' };
			const errors: ImageDetailsErrors = { file: form.message };
			return fail(form.status, { values, errors });
		}
		const data = form.data;
		const { values, details, errors } = readImageDetails(data, site.locales, locale);
		const refuse = (more: ImageDetailsErrors = {}) => fail(400, { values, errors: { ...errors, ...more } });
		// The file is checked even when a description is missing, so the editor hears of both at once.
		const file = data.get('file');
		let bytes: Uint8Array | undefined;
		let fileError: string | undefined;
		if (!(file instanceof File) || file.size === 0) fileError = m.media_error_file_required({}, { locale });
		else if (file.size > maxImageBytes) fileError = rejection('too-large', locale);
		else {
			bytes = new Uint8Array(await file.arrayBuffer());
			const problem = await inspectImage(bytes).then(
				() => undefined,
				(reason: unknown) => {
					if (reason instanceof ImageRejected) return reason.problem;
					throw reason;
				}
			);
			if (problem) fileError = rejection(problem, locale);
		}
		if (fileError || !bytes || !(file instanceof File) || Object.keys(errors).length > 0)
			return refuse(fileError ? { file: fileError } : {});
		let id: string;
		try {
			id = await storeImage(database(), {
				bytes,
				siteId: site.id,
				filename: file.name.slice(0, 200) || 'image',
				alt: details.decorative ? {} : details.alt,
				decorative: details.decorative,
				focal: details.focal ?? undefined,
				createdBy: user.id
			});
		} catch (problem) {
			if (problem instanceof ImageRejected) return refuse({ file: rejection(problem.problem, locale) });
			// The media folder full or not writable: nothing was stored; the editor may try again later.
			const failure = storageFailure(problem, locale);
			if (failure) error(failure.status, failure.message);
			throw problem;
		}
		redirect(303, `/${locale}/sites/${site.id}/media/${id}?done=uploaded`);
	}
};
