import { can } from '@solidair/auth';
import type { Locale } from '@solidair/i18n';
import {
	createThread,
	groupBySlug,
	groupMembers,
	groupThreads,
	libraryFiles,
	upcomingMeetings
} from '@solidair/db';
import { database, formValues, parseForm, text } from '@solidair/site-kit/server';
import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { requireMember } from '#lib/guard.ts';
import { denied } from '#lib/members-area.ts';

const threadSchema = v.object({ title: text(200), body: text(20_000) });

export const load = async (event) => {
	const { user, actor } = await requireMember(event);
	const db = database();
	const group = await groupBySlug(db, event.params.slug, user.id);
	if (!group) return denied(event, user.id, { type: 'working-group', id: event.params.slug });
	// Outsiders see what the group is about and how to join, nothing of its work.
	if (!can(actor, 'view', { type: 'working-group', id: group.id })) {
		return { group, member: false as const };
	}
	const [members, threads, files, meetings] = await Promise.all([
		groupMembers(db, group.id),
		groupThreads(db, group.id),
		libraryFiles(db, user.id, { groupId: group.id }),
		upcomingMeetings(db, user.id, { groupId: group.id })
	]);
	return {
		group,
		member: true as const,
		members,
		threads,
		files,
		meetings,
		canPost: can(actor, 'create', { type: 'thread', workingGroupId: group.id, authorId: user.id })
	};
};

export const actions = {
	thread: async (event) => {
		const { user, actor } = await requireMember(event);
		const locale = event.params.lang as Locale;
		const db = database();
		const group = await groupBySlug(db, event.params.slug, user.id);
		if (!group || !can(actor, 'create', { type: 'thread', workingGroupId: group.id, authorId: user.id })) {
			return denied(event, user.id, { type: 'working-group', id: group?.id ?? event.params.slug });
		}
		const values = formValues(await event.request.formData(), ['title', 'body']);
		const parsed = parseForm(threadSchema, values, locale);
		if (!parsed.ok) return parsed.failure;
		const id = await createThread(db, { groupId: group.id, authorId: user.id, ...parsed.data });
		redirect(303, `/${locale}/groups/${group.slug}/threads/${id}`);
	}
};
