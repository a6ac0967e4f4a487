import { audit, refuse, type RefusalEvent } from '@solidair/auth';
import { groupBySlug, joinGroup, leaveGroup, listGroups } from '@solidair/db/groups';
import { database } from '@solidair/app-kit/server';
import { redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import { groupLanguage, named } from '#lib/groups.ts';

export const load = async (event) => {
	const { user } = await requireMember(event);
	const groups = await listGroups(database(), user.id, groupLanguage(event.params.lang));
	// By name as the page's language sorts ("Bénin" before "Bolivie"), countries before themes.
	const collator = new Intl.Collator(event.params.lang);
	const shown = groups
		.map((group) => named(group, event.params.lang))
		.sort((a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.name, b.name));
	return { groups: shown };
};

/** The group a join/leave form names, or a 404 (audited) for a slug that names none. */
async function postedGroup(event: RefusalEvent & { request: Request }, userId: string) {
	const slug = String((await event.request.formData()).get('slug') ?? '');
	const group = await groupBySlug(database(), slug, userId);
	return group ?? refuse(event, { id: userId }, 'view', { type: 'working-group', id: slug });
}

export const actions = {
	join: async (event) => {
		const { user, actor } = await requireMember(event);
		const group = await postedGroup(event, user.id);
		// Any member of an organisation may join an open group, or ask to join a closed one (staff
		// without one may not).
		if (!actor.platformAdmin && actor.memberships.length === 0) {
			await refuse(event, user, 'create', { type: 'working-group', id: group.id });
		}
		if ((await joinGroup(database(), group.id, user.id)) === 'requested' && !group.requested) {
			await audit(database(), {
				actorId: user.id,
				action: 'group.join_requested',
				targetType: 'working-group',
				targetId: group.id,
				ip: event.getClientAddress()
			});
		}
		redirect(303, `/${event.params.lang}/groups/${group.slug}`);
	},
	leave: async (event) => {
		const { user } = await requireMember(event);
		const group = await postedGroup(event, user.id);
		if (!group.myRole && !group.requested) {
			await refuse(event, user, 'delete', { type: 'working-group', id: group.id });
		}
		await leaveGroup(database(), group.id, user.id);
		redirect(303, `/${event.params.lang}/groups`);
	}
};
