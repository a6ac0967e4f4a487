import { authorize, can, refuse, type RefusalEvent } from '@solidair/auth';
import type { Locale } from '@solidair/i18n';
import { fileDetailsForUser, fileVersions } from '@solidair/db/files';
import { database } from '@solidair/app-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import { groupLanguage } from '#lib/groups.ts';
import { fileResource } from '#lib/members-area.ts';
import { addPostedVersion } from '@solidair/files/server';

/** The file of the URL if the member may see it; a 404 (audited) otherwise. */
async function visibleFile(
	event: RefusalEvent & { params: { id: string; lang: string } },
	userId: string,
	actor: Parameters<typeof can>[0]
) {
	const file = await fileDetailsForUser(
		database(),
		userId,
		event.params.id,
		'platform',
		groupLanguage(event.params.lang)
	);
	const target = { type: 'file', id: event.params.id };
	if (!file) return refuse(event, actor, 'view', target);
	await authorize(event, actor, 'view', fileResource(file), target);
	return file;
}

export const load = async (event) => {
	const { user, actor } = await requireMember(event);
	const file = await visibleFile(event, user.id, actor);
	return {
		file,
		versions: await fileVersions(database(), file.id),
		canUpdate: can(actor, 'update', fileResource(file)),
		// After a new version is posted (post/redirect/get), the page says so once.
		versionAdded: event.url.searchParams.get('added') === 'version'
	};
};

export const actions = {
	version: async (event) => {
		const { user, actor } = await requireMember(event);
		const locale = event.params.lang as Locale;
		const file = await visibleFile(event, user.id, actor);
		await authorize(event, actor, 'update', fileResource(file), { id: file.id });
		const added = await addPostedVersion(event.request, file.id, user.id, locale);
		if (!added.ok) return fail(added.status, { errors: { file: added.message } });
		redirect(303, `/${locale}/files/${file.id}?added=version`);
	}
};
