// A publication's download per language: uploading one (checked by its content) and removing it.
import { removePublicationFile, setPublicationFile } from '@solidair/db/editing';
import { removeStoredFile } from '@solidair/db/storage';
import { isLocale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { readForm, readUpload, storeUpload } from '@solidair/files/server';
import { database } from '@solidair/app-kit/server';
import { error, redirect } from '@sveltejs/kit';
import { editedEntry, postedLocale, failForm, type EditorEvent } from './editor.server.ts';

/** The publication of the address; any other type of entry has no files (404). */
async function editedPublication(event: EditorEvent) {
	const edited = await editedEntry(event);
	if (edited.entry.type !== 'publication') error(404, 'Not found');
	return edited;
}

export async function uploadFile(event: EditorEvent) {
	const { user, site, entry } = await editedPublication(event);
	const lang = event.locals.locale;
	const form = await readForm(event.request, lang);
	if (!form.ok) {
		// Too large to read: the form's own fields are out of reach, the address names the language.
		const locale = event.url.searchParams.get('locale');
		if (!isLocale(locale) || !entry.locales.includes(locale)) error(form.status, form.message);
		return failForm(form.status, { form: 'file', locale, values: {}, errors: { file: form.message } });
	}
	const locale = postedLocale(form.data, entry.locales);
	const refuseFile = (status: number, message: string) =>
		failForm(status, { form: 'file', locale, values: {}, errors: { file: message } });
	// Checked by its content (magic bytes), not by its name: a disguised file is refused.
	const upload = await readUpload(form.data.get('file'), lang);
	if (!upload.ok) return refuseFile(400, upload.message);
	const stored = await storeUpload(upload.bytes, lang);
	if (!stored.ok) return refuseFile(stored.status, stored.message);
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
		return refuseFile(400, m.editing_file_in_use({}, { locale: lang }));
	error(result.kind === 'invalid' ? 400 : 404, result.kind === 'invalid' ? 'Bad request' : 'Not found');
}

export async function removeFile(event: EditorEvent) {
	const { site, entry } = await editedPublication(event);
	const locale = postedLocale(await event.request.formData(), entry.locales);
	const result = await removePublicationFile(database(), { siteId: site.id, entryId: entry.id, locale });
	// Not-found here means no file in that language (already removed, e.g. by a colleague): the
	// outcome asked for, so it is confirmed like a removal rather than shown as an error.
	if (result.kind === 'removed') await Promise.all(result.storageKeys.map((key) => removeStoredFile(key)));
	redirect(303, `${event.url.pathname}?fileRemoved=${locale}#files`);
}
