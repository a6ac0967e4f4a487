import { authorize, can, refuse, type RefusalEvent } from '@solidair/auth';
import type { Locale } from '@solidair/i18n';
import { replyToThread, threadWithPosts } from '@solidair/db/groups';
import { database, formValues, parseForm, renderBody } from '@solidair/app-kit/server';
import { replySchema } from '@solidair/db/input';
import { redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import { groupLanguage } from '#lib/groups.ts';

/** The thread, if it is in the group of the URL and the member may read it; a 404 otherwise. */
async function visibleThread(
	event: RefusalEvent & { params: { slug: string; id: string; lang: string } },
	user: { id: string },
	actor: Parameters<typeof can>[0]
) {
	const thread = await threadWithPosts(database(), event.params.id, groupLanguage(event.params.lang));
	const target = { type: 'thread', id: event.params.id };
	if (!thread || thread.groupSlug !== event.params.slug) return refuse(event, user, 'view', target);
	const resource = { type: 'thread', workingGroupId: thread.groupId, authorId: thread.createdBy } as const;
	await authorize(event, actor, 'view', resource, target);
	return thread;
}

export const load = async (event) => {
	const { user, actor } = await requireMember(event);
	const thread = await visibleThread(event, user, actor);
	return {
		thread: {
			id: thread.id,
			title: thread.title,
			groupSlug: thread.groupSlug,
			groupName: thread.groupName
		},
		posts: thread.posts.map((post) => ({
			id: post.id,
			authorName: post.authorName,
			createdAt: post.createdAt,
			// Markdown without HTML: whatever a member typed is shown as text, never run.
			parts: renderBody(post.body)
		})),
		canReply: can(actor, 'create', { type: 'post', workingGroupId: thread.groupId, authorId: user.id })
	};
};

export const actions = {
	reply: async (event) => {
		const { user, actor } = await requireMember(event);
		const locale = event.params.lang as Locale;
		const thread = await visibleThread(event, user, actor);
		const post = { type: 'post', workingGroupId: thread.groupId, authorId: user.id } as const;
		await authorize(event, actor, 'create', post, { type: 'thread', id: thread.id });
		const values = formValues(await event.request.formData(), ['body']);
		const parsed = parseForm(replySchema, values, locale);
		if (!parsed.ok) return parsed.failure;
		const id = await replyToThread(database(), {
			threadId: thread.id,
			authorId: user.id,
			body: parsed.data.body
		});
		redirect(303, `/${locale}/groups/${thread.groupSlug}/threads/${thread.id}#post-${id}`);
	}
};
