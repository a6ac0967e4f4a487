import { ImageRejected, inspectImage, maxImageBytes, storeImage } from '@solidair/db/images';
import * as m from '@solidair/i18n/messages';
import { error, fail, redirect } from '@sveltejs/kit';
import { readForm, storageFailure } from '@solidair/files/server';
import { database } from '@solidair/app-kit/server';
import { libraryPage } from '#lib/server/library.ts';
import { readImageDetails, type ImageDetailsErrors, type ImageDetailsValues } from '#lib/server/media.ts';
import { editableSite } from '#lib/server/sites.ts';

// The site's images a page at a time (`?page=2`, the search and the "unused" filter kept), newest
// first. A search longer than the field's maxlength, or a page that is no positive whole number,
// is a 400, as on the intranet's other lists.
export const load = async (event) => {
	const { site } = await editableSite(event, 'view');
	return {
		site,
		...(await libraryPage(event.url, site, event.locals.locale)),
		notice: event.url.searchParams.get('done'),
		uploadedCount: Number(event.url.searchParams.get('count') ?? '1') || 1
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

/** What is wrong with one uploaded file, or its bytes when nothing is. */
async function checkFile(file: File, locale: App.Locals['locale']) {
	if (file.size > maxImageBytes) return { problem: rejection('too-large', locale) };
	const bytes = new Uint8Array(await file.arrayBuffer());
	const problem = await inspectImage(bytes).then(
		() => undefined,
		(reason: unknown) => {
			if (reason instanceof ImageRejected) return reason.problem;
			throw reason;
		}
	);
	return problem ? { problem: rejection(problem, locale) } : { bytes };
}

export const actions = {
	// One or several files (`<input type=file multiple>`; the drop zone sends one per request to
	// show each one's progress). The descriptions typed apply to every file of the upload.
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
		const files = data.getAll('file').filter((file): file is File => file instanceof File && file.size > 0);
		// Every file is checked even when a description is missing, so the editor hears of all at once.
		if (files.length === 0) return refuse({ file: m.media_error_file_required({}, { locale }) });
		const checked = await Promise.all(
			files.map(async (file) => ({ file, ...(await checkFile(file, locale)) }))
		);
		const named = (name: string, problem: string) =>
			files.length === 1 ? problem : m.media_upload_failed({ name, problem }, { locale });
		const problems = checked.flatMap(({ file, problem }) => (problem ? [named(file.name, problem)] : []));
		if (problems.length > 0 || Object.keys(errors).length > 0)
			return refuse(problems.length > 0 ? { file: problems.join(' ') } : {});
		const stored: string[] = [];
		for (const { file, bytes } of checked) {
			try {
				stored.push(
					await storeImage(database(), {
						bytes: bytes!,
						siteId: site.id,
						filename: file.name.slice(0, 200) || 'image',
						alt: details.decorative ? {} : details.alt,
						decorative: details.decorative,
						focal: details.focal ?? undefined,
						credit: details.credit ?? null,
						createdBy: user.id
					})
				);
			} catch (problem) {
				// Those stored before stay in the library; this one and the rest are named.
				if (problem instanceof ImageRejected)
					return refuse({ file: named(file.name, rejection(problem.problem, locale)) });
				// The media folder full or not writable: this file was not stored; try again later.
				const failure = storageFailure(problem, locale);
				if (failure) error(failure.status, failure.message);
				throw problem;
			}
		}
		if (stored.length === 1) redirect(303, `/${locale}/sites/${site.id}/media/${stored[0]}?done=uploaded`);
		redirect(303, `/${locale}/sites/${site.id}/media?done=uploaded&count=${stored.length}`);
	}
};
