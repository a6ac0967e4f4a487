import { type Locale } from '@solidair/db';
import {
	entryForEditing,
	publicationFilesForEditing,
	removePublicationFile,
	restoreRevision,
	revisionDiff,
	revisions,
	saveEntryDetails,
	saveTranslation,
	setPublicationFile,
	type SaveResult
} from '@solidair/db/editing';
import { siteImages } from '@solidair/db/media';
import { imagesById } from '@solidair/db/site-images';
import { removeStoredFile } from '@solidair/db/storage';
import { isLocale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { readForm, readUpload, storeUpload } from '@solidair/site-kit/files/server';
import { database, pictureOf, renderBody } from '@solidair/site-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import {
	detailsFields,
	detailsMessage,
	invalidMessage,
	parseEntryDetails,
	parseTranslation,
	revisionId,
	textValues,
	translationFields,
	type DetailsValues,
	type FieldErrors,
	type TranslationValues
} from '#lib/server/forms.ts';
import { insertionsFor } from '#lib/server/insertions.ts';
import { previewLink } from '#lib/server/preview-link.ts';
import { editableSite } from '#lib/server/sites.ts';

// One entry with its translations side by side: a form per language, the text as the site will
// show it, its revisions with a diff between any two, restore, and a signed preview link. Above
// them, the details every language shares: the main picture, the film, and an event's or
// vacancy's facts.

async function loadEntry(siteId: string, entryId: string) {
	// Scoped to the site: another site's entry is not found, even by its id.
	const entry = await entryForEditing(database(), siteId, entryId);
	if (!entry) error(404, 'Not found');
	return entry;
}

/** `?compare=fr&from=12&to=15`: two revisions of one translation, or 400 for anything else. */
function comparison(url: URL) {
	const compare = url.searchParams.get('compare');
	if (compare === null) return undefined;
	const from = revisionId(url.searchParams.get('from'));
	const to = revisionId(url.searchParams.get('to'));
	if (!isLocale(compare) || !from || !to) error(400, 'Bad request');
	return { locale: compare, from, to };
}

export const load = async (event) => {
	const { site } = await editableSite(event, 'update');
	const entry = await loadEntry(site.id, event.params.id);
	const compare = comparison(event.url);
	const db = database();
	const languages = await Promise.all(
		entry.locales.map(async (locale) => {
			const translation = entry.translations[locale];
			if (!translation)
				return { locale, translation: undefined, revisions: [], body: [], preview: undefined };
			const history = await revisions(db, site.id, translation.id);
			let diff;
			if (compare?.locale === locale) {
				const before = history.find((revision) => revision.id === compare.from);
				const after = history.find((revision) => revision.id === compare.to);
				if (!before || !after) error(400, 'Bad request');
				diff = { from: before.version, to: after.version, fields: revisionDiff(before, after) };
			}
			return {
				locale,
				translation,
				// The list needs no texts; the diff above was made from them.
				revisions: history.map(({ id, version, status, created_at, created_by_name, restored_from }) => ({
					id,
					version,
					status,
					created_at,
					created_by_name,
					restored_from
				})),
				diff,
				body: renderBody(translation.body),
				preview: previewLink(site.id, translation)
			};
		})
	);
	if (compare && !languages.some((language) => language.locale === compare.locale && language.diff))
		error(400, 'Bad request');
	// After post/redirect/get: what was just done, and to which language.
	const notice = (['saved', 'restored', 'created', 'details', 'file'] as const).find((kind) =>
		event.url.searchParams.has(kind)
	);
	const noticeLocale = notice && event.url.searchParams.get(notice);
	// A removed file is confirmed in the files section, beside the file it was.
	const fileRemoved = event.url.searchParams.get('fileRemoved');
	// The library's images to choose the main picture from (its newest 200), and the current one.
	const locale = event.locals.locale;
	const library = await siteImages(db, site.id);
	const images = library.map(({ id, filename, alt, decorative }) => ({
		id,
		label: [filename, decorative ? '' : (alt[locale] ?? alt[site.defaultLocale] ?? '')]
			.filter(Boolean)
			.join(' · ')
	}));
	if (entry.image_id && !images.some((image) => image.id === entry.image_id)) {
		const [current] = await siteImages(db, site.id, { id: entry.image_id });
		if (current) images.unshift({ id: current.id, label: current.filename });
	}
	const current = entry.image_id ? (await imagesById(db, [entry.image_id])).get(entry.image_id) : undefined;
	// Images and links the body editor inserts, with texts in each language of the entry.
	const insertions = await insertionsFor(site.id, library, entry.locales, locale);
	// A publication's download per language (name and size), for the files section.
	const files = entry.type === 'publication' ? await publicationFilesForEditing(db, site.id, entry.id) : [];
	return {
		site,
		entry,
		languages,
		files,
		images,
		insertions,
		picture: current && pictureOf(current, locale, `/${locale}/sites/${site.id}`),
		notice,
		noticeLocale: isLocale(noticeLocale) ? noticeLocale : undefined,
		fileRemoved: isLocale(fileRemoved) ? fileRemoved : undefined
	};
};

/** What a refused details save sends back: the input kept, with the reasons. */
interface DetailsFailure {
	details: true;
	values: DetailsValues;
	errors: FieldErrors<DetailsValues>;
	/** The entry's version the form is based on from now on: after a conflict, the one that won. */
	expectedVersion: number;
	conflict: boolean;
}

/** What a refused save sends back for the form of `locale`: the input kept, with the reason. */
interface SaveFailure {
	locale: Locale;
	values: TranslationValues;
	errors: FieldErrors<TranslationValues>;
	/** The version the form is based on from now on: after a conflict, the one that won. */
	expectedVersion: number;
	conflict?: Extract<SaveResult, { kind: 'conflict' }>['stored'];
}

function postedLocale(data: FormData, locales: Locale[]): Locale {
	const locale = data.get('locale');
	if (!isLocale(locale) || !locales.includes(locale)) error(400, 'Bad request');
	return locale;
}

function postedVersion(data: FormData): number {
	const text = data.get('expectedVersion');
	if (typeof text !== 'string' || !/^\d{1,9}$/.test(text)) error(400, 'Bad request');
	return Number(text);
}

/** What a refused file upload sends back: the language whose file it was, and why. */
interface FileFailure {
	file: true;
	locale: Locale;
	message: string;
}

const back = (url: URL, kind: string, locale: Locale) => `${url.pathname}?${kind}=${locale}#lang-${locale}`;

export const actions = {
	details: async (event) => {
		const { user, site } = await editableSite(event, 'update');
		const entry = await loadEntry(site.id, event.params.id);
		const lang = event.locals.locale;
		const data = await event.request.formData();
		const expectedVersion = postedVersion(data);
		const values: DetailsValues = textValues(data, detailsFields);
		const refuse = (status: number, failure: Partial<DetailsFailure>) => {
			const body: DetailsFailure = {
				details: true,
				values,
				errors: {},
				expectedVersion,
				conflict: false,
				...failure
			};
			return fail(status, body);
		};

		const parsed = parseEntryDetails(values, entry.type, lang);
		if (!parsed.ok) return refuse(400, { errors: parsed.errors });
		const result = await saveEntryDetails(database(), {
			siteId: site.id,
			entryId: entry.id,
			expectedVersion,
			imageId: parsed.imageId,
			videoUrl: parsed.videoUrl,
			event: parsed.event,
			vacancy: parsed.vacancy,
			userId: user.id
		});
		switch (result.kind) {
			case 'saved':
				redirect(303, `${event.url.pathname}?details#details`);
			// eslint-disable-next-line no-fallthrough -- redirect() throws
			case 'conflict':
				// Nothing was written; the form keeps what was typed and now counts on their version.
				return refuse(409, { conflict: true, expectedVersion: result.version });
			case 'invalid': {
				const { field, message } = detailsMessage(result, entry.type, lang);
				return refuse(400, { errors: { [field]: message } });
			}
			default:
				error(404, 'Not found');
		}
	},

	file: async (event) => {
		const { user, site } = await editableSite(event, 'update');
		const entry = await loadEntry(site.id, event.params.id);
		if (entry.type !== 'publication') error(404, 'Not found');
		const lang = event.locals.locale;
		const form = await readForm(event.request, lang);
		if (!form.ok) {
			// Too large to read: the form's own fields are out of reach, the address names the language.
			const locale = event.url.searchParams.get('locale');
			if (!isLocale(locale) || !entry.locales.includes(locale)) error(form.status, form.message);
			const body: FileFailure = { file: true, locale, message: form.message };
			return fail(form.status, body);
		}
		const locale = postedLocale(form.data, entry.locales);
		const refuse = (status: number, message: string) => {
			const body: FileFailure = { file: true, locale, message };
			return fail(status, body);
		};
		// Checked by its content (magic bytes), not by its name: a disguised file is refused.
		const upload = await readUpload(form.data.get('file'), lang);
		if (!upload.ok) return refuse(400, upload.message);
		const stored = await storeUpload(upload.bytes, lang);
		if (!stored.ok) return refuse(stored.status, stored.message);
		const result = await setPublicationFile(database(), {
			siteId: site.id,
			entryId: entry.id,
			locale,
			file: {
				storageKey: upload.key,
				filename: upload.filename,
				mimeType: upload.mimeType,
				byteSize: upload.bytes.byteLength
			},
			userId: user.id
		});
		if (result.kind === 'saved') {
			// Only after the commit, and only bytes no row needs any more (the same bytes may serve others).
			await Promise.all(result.storageKeys.map((key) => removeStoredFile(key)));
			redirect(303, `${event.url.pathname}?file=${locale}#files`);
		}
		if (result.kind === 'invalid' && result.field === 'file')
			return refuse(400, m.editing_file_in_use({}, { locale: lang }));
		error(result.kind === 'invalid' ? 400 : 404, result.kind === 'invalid' ? 'Bad request' : 'Not found');
	},

	removeFile: async (event) => {
		const { site } = await editableSite(event, 'update');
		const entry = await loadEntry(site.id, event.params.id);
		if (entry.type !== 'publication') error(404, 'Not found');
		const locale = postedLocale(await event.request.formData(), entry.locales);
		const result = await removePublicationFile(database(), { siteId: site.id, entryId: entry.id, locale });
		// Not-found here means no file in that language (already removed, e.g. by a colleague): the
		// outcome asked for, so it is confirmed like a removal rather than shown as an error.
		if (result.kind === 'removed') await Promise.all(result.storageKeys.map((key) => removeStoredFile(key)));
		redirect(303, `${event.url.pathname}?fileRemoved=${locale}#files`);
	},

	save: async (event) => {
		const { user, site } = await editableSite(event, 'update');
		const entry = await loadEntry(site.id, event.params.id);
		const lang = event.locals.locale;
		const data = await event.request.formData();
		const locale = postedLocale(data, entry.locales);
		const expectedVersion = postedVersion(data);
		const values: TranslationValues = textValues(data, translationFields);
		const refuse = (status: number, failure: Partial<SaveFailure>) => {
			const body: SaveFailure = { locale, values, errors: {}, expectedVersion, ...failure };
			return fail(status, body);
		};

		const parsed = parseTranslation(values, lang);
		if (!parsed.ok) return refuse(400, { errors: parsed.errors });
		const result = await saveTranslation(database(), {
			...parsed.fields,
			siteId: site.id,
			entryId: entry.id,
			locale,
			expectedVersion,
			markUpToDate: parsed.markUpToDate,
			userId: user.id
		});
		switch (result.kind) {
			case 'saved':
				redirect(303, back(event.url, 'saved', locale));
			// eslint-disable-next-line no-fallthrough -- redirect() throws
			case 'conflict':
				// Nothing was written: their version is shown beside the form, which keeps what was typed
				// and now counts on their version, so saving again replaces it knowingly.
				return refuse(409, { conflict: result.stored, expectedVersion: result.stored.version });
			case 'slug-taken':
				return refuse(400, { errors: { slug: m.editing_error_slug_taken({}, { locale: lang }) } });
			case 'invalid': {
				const { field, message } = invalidMessage(result, lang);
				return refuse(400, { errors: { [field]: message } });
			}
			default:
				error(404, 'Not found');
		}
	},

	restore: async (event) => {
		const { user, site } = await editableSite(event, 'update');
		const entry = await loadEntry(site.id, event.params.id);
		const data = await event.request.formData();
		const locale = postedLocale(data, entry.locales);
		const revision = revisionId(
			typeof data.get('revision') === 'string' ? String(data.get('revision')) : null
		);
		if (!revision) error(400, 'Bad request');
		// Only a revision of this entry's translation in that language, as the page lists them.
		const translation = entry.translations[locale];
		const history = translation ? await revisions(database(), site.id, translation.id) : [];
		if (!history.some((row) => row.id === revision)) error(404, 'Not found');
		const result = await restoreRevision(database(), {
			siteId: site.id,
			revisionId: revision,
			expectedVersion: postedVersion(data),
			userId: user.id
		});
		if (result.kind === 'saved') redirect(303, back(event.url, 'restored', locale));
		if (result.kind === 'not-found') error(404, 'Not found');
		// Someone saved since the page was loaded (or the text cannot be restored as it was).
		return fail(result.kind === 'conflict' ? 409 : 400, { locale, restoreFailed: true as const });
	}
};
