import { can } from '@solidair/auth';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { addFileVersion, fileDetailsForUser, fileVersions, fileWithStorageKey } from '@solidair/db';
import { database } from '@solidair/site-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import { denied, fileResource } from '#lib/members-area.ts';
import { readForm, readUpload, storeUpload } from '#lib/uploads.ts';

/** The file of the URL if the member may see it; a 404 (audited) otherwise. */
async function visibleFile(
	event: { params: { id: string }; getClientAddress(): string },
	userId: string,
	actor: Parameters<typeof can>[0]
) {
	const file = await fileDetailsForUser(database(), userId, event.params.id);
	if (!file || !can(actor, 'view', fileResource(file))) {
		return denied(event, userId, { type: 'file', id: event.params.id }, 'file.access_denied');
	}
	return file;
}

export const load = async (event) => {
	const { user, actor } = await requireMember(event);
	const file = await visibleFile(event, user.id, actor);
	return {
		file,
		versions: await fileVersions(database(), file.id),
		canUpdate: can(actor, 'update', fileResource(file))
	};
};

export const actions = {
	version: async (event) => {
		const { user, actor } = await requireMember(event);
		const locale = event.params.lang as Locale;
		const file = await visibleFile(event, user.id, actor);
		if (!can(actor, 'update', fileResource(file))) {
			return denied(event, user.id, { type: 'file', id: file.id }, 'file.access_denied');
		}
		const form = await readForm(event.request, locale);
		if (!form.ok) return fail(form.status, { errors: { file: form.message } });
		const upload = await readUpload(form.data.get('file'), locale);
		if (!upload.ok) return fail(400, { errors: { file: upload.message } });
		const db = database();
		const duplicate = { errors: { file: m.files_error_duplicate({}, { locale }) } };
		if (await fileWithStorageKey(db, upload.key)) return fail(400, duplicate);
		const stored = await storeUpload(upload.bytes, locale);
		if (!stored.ok) return fail(stored.status, { errors: { file: stored.message } });
		try {
			await addFileVersion(db, file.id, {
				storageKey: upload.key,
				filename: upload.filename,
				mimeType: upload.mimeType,
				byteSize: upload.bytes.byteLength,
				sha256: upload.sha256,
				uploadedBy: user.id
			});
		} catch (error) {
			if ((error as { code?: string }).code === '23505') return fail(400, duplicate);
			throw error;
		}
		redirect(303, `/${locale}/files/${file.id}`);
	}
};
