import { audit, authorize, can, refuse } from '@solidair/auth';
import type { Locale } from '@solidair/i18n';
import { libraryFiles } from '@solidair/db/files';
import {
	createThread,
	decideJoinRequest,
	groupBySlug,
	groupMembers,
	groupThreads,
	joinRequests
} from '@solidair/db/groups';
import { upcomingMeetings } from '@solidair/db/meetings';
import { database, formValues, parseForm } from '@solidair/app-kit/server';
import { threadSchema } from '@solidair/db/input';
import { error, redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import type { RequestEvent } from './$types';
import { groupLanguage, named } from '#lib/groups.ts';

export const load = async (event) => {
	const { user, actor } = await requireMember(event);
	const db = database();
	const found = await groupBySlug(db, event.params.slug, user.id, groupLanguage(event.params.lang));
	if (!found) return refuse(event, user, 'view', { type: 'working-group', id: event.params.slug });
	const group = named(found, event.params.lang);
	// Outsiders see what the group is about and how to join, nothing of its work.
	if (!can(actor, 'view', { type: 'working-group', id: group.id })) {
		return { group, member: false as const };
	}
	const decides = can(actor, 'manage', { type: 'working-group', id: group.id });
	const [members, threads, files, meetings, requests] = await Promise.all([
		groupMembers(db, group.id),
		groupThreads(db, group.id),
		libraryFiles(db, user.id, { groupId: group.id, language: groupLanguage(event.params.lang) }),
		upcomingMeetings(db, user.id, { groupId: group.id, language: groupLanguage(event.params.lang) }),
		// Who asked to join: for those who decide (its coordinators, platform admins) only.
		decides ? joinRequests(db, group.id) : Promise.resolve([])
	]);
	return {
		group,
		member: true as const,
		members,
		threads,
		files,
		meetings,
		requests,
		canPost: can(actor, 'create', { type: 'thread', workingGroupId: group.id, authorId: user.id })
	};
};

/**
 * A coordinator's answer to a request to join: the request is gone, and approved, its author is a
 * member. Audited; anyone else gets the 404 of `authorize`, a request that is not there a 404.
 */
async function decide(event: RequestEvent, approve: boolean) {
	const { user, actor } = await requireMember(event);
	const db = database();
	const group = await groupBySlug(db, event.params.slug, user.id, groupLanguage(event.params.lang));
	if (!group) return refuse(event, user, 'manage', { type: 'working-group', id: event.params.slug });
	await authorize(event, actor, 'manage', { type: 'working-group', id: group.id });
	const { user: applicant = '' } = formValues(await event.request.formData(), ['user']);
	if (!(await decideJoinRequest(db, group.id, applicant, approve))) error(404, 'Not found');
	await audit(db, {
		actorId: user.id,
		action: approve ? 'group.join_approved' : 'group.join_declined',
		targetType: 'user',
		targetId: applicant,
		ip: event.getClientAddress(),
		details: { group: group.slug }
	});
	redirect(303, `/${event.params.lang}/groups/${group.slug}`);
}

export const actions = {
	approve: (event) => decide(event, true),
	decline: (event) => decide(event, false),
	thread: async (event) => {
		const { user, actor } = await requireMember(event);
		const locale = event.params.lang as Locale;
		const db = database();
		const group = await groupBySlug(db, event.params.slug, user.id, groupLanguage(event.params.lang));
		if (!group) return refuse(event, user, 'create', { type: 'working-group', id: event.params.slug });
		const thread = { type: 'thread', workingGroupId: group.id, authorId: user.id } as const;
		await authorize(event, actor, 'create', thread, { type: 'working-group', id: group.id });
		const values = formValues(await event.request.formData(), ['title', 'body']);
		const parsed = parseForm(threadSchema, values, locale);
		if (!parsed.ok) return parsed.failure;
		const id = await createThread(db, { groupId: group.id, authorId: user.id, ...parsed.data });
		redirect(303, `/${locale}/groups/${group.slug}/threads/${id}`);
	}
};
