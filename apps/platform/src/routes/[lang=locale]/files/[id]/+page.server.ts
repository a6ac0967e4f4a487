import { can } from '@solidair/auth';
import type { Locale } from '@solidair/i18n';
import { fileDetailsForUser, fileVersions } from '@solidair/db/files';
import { database } from '@solidair/site-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import { denied, fileResource } from '#lib/members-area.ts';
import { addPostedVersion } from '@solidair/site-kit/files/server';

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
		const added = await addPostedVersion(event.request, file.id, user.id, locale);
		if (!added.ok) return fail(added.status, { errors: { file: added.message } });
		redirect(303, `/${locale}/files/${file.id}`);
	}
};
