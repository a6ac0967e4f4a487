import { can, type SignedInActor } from '@solidair/auth';
import { fileDetailsForUser, fileVersions } from '@solidair/db/files';
import type { Locale } from '@solidair/i18n';
import { addPostedVersion } from '@solidair/site-kit/files/server';
import { database, denied } from '@solidair/site-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { documentResource, loadStaffOrganisations } from '#lib/server/staff.ts';

/** The document of the URL with its `can` resource if the staff member may see it; a 404 (audited) otherwise. */
async function visibleDocument(
	event: { params: { id: string }; getClientAddress(): string },
	userId: string,
	actor: SignedInActor
) {
	const [file, { ids }] = await Promise.all([
		fileDetailsForUser(database(), userId, event.params.id, 'staff'),
		loadStaffOrganisations()
	]);
	const resource = file && documentResource(file, ids);
	if (!file || !resource || !can(actor, 'view', resource)) {
		return denied(event, userId, { type: 'file', id: event.params.id }, 'file.access_denied');
	}
	return { file, resource };
}

export const load = async (event) => {
	const { user, actor } = await requireStaff(event);
	const { file, resource } = await visibleDocument(event, user.id, actor);
	return {
		file,
		versions: await fileVersions(database(), file.id),
		canUpdate: can(actor, 'update', resource)
	};
};

export const actions = {
	version: async (event) => {
		const { user, actor } = await requireStaff(event);
		const locale = event.params.lang as Locale;
		const { file, resource } = await visibleDocument(event, user.id, actor);
		if (!can(actor, 'update', resource)) {
			return denied(event, user.id, { type: 'file', id: file.id }, 'file.access_denied');
		}
		const added = await addPostedVersion(event.request, file.id, user.id, locale);
		if (!added.ok) return fail(added.status, { errors: { file: added.message } });
		redirect(303, `/${locale}/documents/${file.id}`);
	}
};
