import { authorize, can, refuse, type RefusalEvent, type SignedInActor } from '@solidair/auth';
import { fileDetailsForUser, fileVersions } from '@solidair/db/files';
import type { Locale } from '@solidair/i18n';
import { addPostedVersion } from '@solidair/files/server';
import { database } from '@solidair/app-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { documentResource, loadStaffOrganisations } from '#lib/server/staff.ts';

/** The document of the URL with its `can` resource if the staff member may see it; a 404 (audited) otherwise. */
async function visibleDocument(
	event: RefusalEvent & { params: { id: string } },
	userId: string,
	actor: SignedInActor
) {
	const [file, { ids }] = await Promise.all([
		fileDetailsForUser(database(), userId, event.params.id, 'staff'),
		loadStaffOrganisations()
	]);
	const resource = file && documentResource(file, ids);
	const target = { type: 'file', id: event.params.id };
	if (!file || !resource) return refuse(event, actor, 'view', target);
	await authorize(event, actor, 'view', resource, target);
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
		await authorize(event, actor, 'update', resource, { type: 'file', id: file.id });
		const added = await addPostedVersion(event.request, file.id, user.id, locale);
		if (!added.ok) return fail(added.status, { errors: { file: added.message } });
		redirect(303, `/${locale}/documents/${file.id}`);
	}
};
