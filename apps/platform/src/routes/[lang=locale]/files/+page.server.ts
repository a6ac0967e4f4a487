import { authorize, can, refuse, type SignedInActor } from '@solidair/auth';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { isUuid } from '@solidair/db';
import { createFile, libraryFiles, type FileScopeRow } from '@solidair/db/files';
import { groupsOf, organisationsOf } from '@solidair/db/platform';
import { database, formValues, parseForm } from '@solidair/app-kit/server';
import { uploadSchema } from '@solidair/db/input';
import { fail, redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import { fileResource } from '#lib/members-area.ts';
import { isDuplicateVersion, readForm, readUpload, storeVersion } from '@solidair/files/server';
import type { GroupLanguage } from '@solidair/db/groups';
import { groupLanguage } from '#lib/groups.ts';

type UploadErrors = Partial<Record<'title' | 'scope' | 'file', string>>;

/** Where the member may add files: `platform`, `organisation:<id>` or `group:<id>`, with names. */
async function scopeOptions(actor: SignedInActor, userId: string, language: GroupLanguage) {
	const db = database();
	const [organisations, groups] = await Promise.all([
		organisationsOf(db, userId),
		groupsOf(db, userId, language)
	]);
	const options: Array<{ value: string; kind: 'platform' | 'organisation' | 'group'; name: string }> = [];
	if (can(actor, 'create', { type: 'file', scope: { kind: 'all-members' }, uploadedBy: userId })) {
		options.push({ value: 'platform', kind: 'platform', name: '' });
	}
	for (const o of organisations) {
		const scope = { kind: 'organisation' as const, organisationId: o.id };
		if (can(actor, 'create', { type: 'file', scope, uploadedBy: userId })) {
			options.push({ value: `organisation:${o.id}`, kind: 'organisation', name: o.name });
		}
	}
	for (const g of groups) {
		const scope = { kind: 'working-group' as const, workingGroupId: g.id };
		if (can(actor, 'create', { type: 'file', scope, uploadedBy: userId })) {
			options.push({ value: `group:${g.id}`, kind: 'group', name: g.name });
		}
	}
	return options;
}

/** A posted scope value as a row, or undefined when it is malformed. */
function parseScope(value: string): FileScopeRow | undefined {
	if (value === 'platform') return { scope: 'platform' };
	const [kind, id] = value.split(':');
	if (!isUuid(id)) return undefined;
	if (kind === 'organisation') return { scope: 'organisation', organisationId: id };
	if (kind === 'group') return { scope: 'group', groupId: id };
	return undefined;
}

export const load = async (event) => {
	const { user, actor } = await requireMember(event);
	const [files, scopes] = await Promise.all([
		libraryFiles(database(), user.id, { language: groupLanguage(event.params.lang) }),
		scopeOptions(actor, user.id, groupLanguage(event.params.lang))
	]);
	// After an upload (post/redirect/get): the new file, if this member sees it, for the notice.
	const addedId = event.url.searchParams.get('added');
	const added = files.find((file) => file.id === addedId);
	return { files, scopes, added: added ? { id: added.id, title: added.title } : null };
};

export const actions = {
	upload: async (event) => {
		const { user, actor } = await requireMember(event);
		const locale = event.params.lang as Locale;
		const form = await readForm(event.request, locale);
		if (!form.ok) {
			const errors: UploadErrors = { file: form.message };
			return fail(form.status, { values: { title: '', scope: '' }, errors });
		}
		const values = formValues(form.data, ['title', 'scope']);
		const parsed = parseForm(uploadSchema, values, locale);
		const upload = await readUpload(form.data.get('file'), locale);
		const errors: UploadErrors = parsed.ok ? {} : { ...parsed.failure.data.errors };
		if (!upload.ok) errors.file = upload.message;
		if (!parsed.ok || !upload.ok) return fail(400, { values, errors });

		// A scope the member may not add to (another organisation's, a guessed id): as if it did not exist.
		const scope = parseScope(parsed.data.scope);
		const resource = scope
			? fileResource({
					scope: scope.scope,
					organisationId: scope.scope === 'organisation' ? scope.organisationId : null,
					groupId: scope.scope === 'group' ? scope.groupId : null,
					createdBy: user.id
				})
			: undefined;
		const target = { type: 'file-scope', id: parsed.data.scope };
		if (!scope || !resource) return refuse(event, actor, 'create', target);
		await authorize(event, actor, 'create', resource, target);
		const stored = await storeVersion(upload, scope, user.id, locale);
		if (!stored.ok) {
			const storageErrors: UploadErrors = { file: stored.message };
			return fail(stored.status, { values, errors: storageErrors });
		}
		let id: string;
		try {
			id = await createFile(database(), {
				title: parsed.data.title,
				scope,
				createdBy: user.id,
				version: stored.version
			});
		} catch (error) {
			if (!isDuplicateVersion(error)) throw error;
			const duplicateErrors: UploadErrors = { file: m.files_error_duplicate({}, { locale }) };
			return fail(400, { values, errors: duplicateErrors });
		}
		redirect(303, `/${locale}/files?added=${id}`);
	}
};
