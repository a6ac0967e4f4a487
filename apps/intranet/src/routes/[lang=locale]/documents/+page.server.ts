import { authorize, can } from '@solidair/auth';
import { createFile, libraryFiles } from '@solidair/db/files';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { isDuplicateVersion, readForm, readUpload, storeVersion } from '@solidair/files/server';
import { database } from '@solidair/app-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import type { FieldErrors } from '#lib/server/forms.ts';
import { documentFields, parseDocument, type DocumentValues } from '#lib/server/staff-forms.ts';
import { documentResource, documentScope, loadStaffOrganisations } from '#lib/server/staff.ts';

type UploadErrors = FieldErrors<DocumentValues & { file: string }>;

/** The staff documents the staff member may see, and the audiences they may add one for. */
export const load = async (event) => {
	const { user, actor } = await requireStaff(event);
	const organisations = await loadStaffOrganisations();
	const mayAdd = (organisationId: string | null) =>
		can(actor, 'create', documentResource({ organisationId, createdBy: user.id }, organisations.ids));
	return {
		files: await libraryFiles(database(), user.id, { library: 'staff' }),
		canAddForAll: mayAdd(null),
		organisations: organisations.list.filter((o) => mayAdd(o.id)).map(({ slug, name }) => ({ slug, name }))
	};
};

export const actions = {
	upload: async (event) => {
		const { user, actor } = await requireStaff(event);
		const locale = event.params.lang as Locale;
		const { ids } = await loadStaffOrganisations();
		const form = await readForm(event.request, locale);
		if (!form.ok) {
			const errors: UploadErrors = { file: form.message };
			return fail(form.status, { values: { title: '', audience: '' }, errors });
		}
		const values = Object.fromEntries(
			documentFields.map((name) => [name, String(form.data.get(name) ?? '').slice(0, 1000)])
		) as DocumentValues;
		const parsed = parseDocument(values, { locale, organisations: ids });
		const upload = await readUpload(form.data.get('file'), locale);
		const errors: UploadErrors = parsed.ok ? {} : { ...parsed.errors };
		if (!upload.ok) errors.file = upload.message;
		if (!parsed.ok || !upload.ok) return fail(400, { values, errors });

		// An audience the staff member is not part of: as if it did not exist.
		const { organisationId, title } = parsed.data;
		const resource = documentResource({ organisationId, createdBy: user.id }, ids);
		await authorize(event, actor, 'create', resource, { type: 'file-scope', id: values.audience });
		const scope = documentScope(organisationId);
		const stored = await storeVersion(upload, scope, user.id, locale);
		if (!stored.ok) {
			const storageErrors: UploadErrors = { file: stored.message };
			return fail(stored.status, { values, errors: storageErrors });
		}
		let id: string;
		try {
			id = await createFile(database(), {
				title,
				scope,
				createdBy: user.id,
				version: stored.version
			});
		} catch (error) {
			if (!isDuplicateVersion(error)) throw error;
			const duplicateErrors: UploadErrors = { file: m.files_error_duplicate({}, { locale }) };
			return fail(400, { values, errors: duplicateErrors });
		}
		redirect(303, `/${locale}/documents/${id}`);
	}
};
