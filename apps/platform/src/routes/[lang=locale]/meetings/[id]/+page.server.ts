import { authorize, can, refuse, type RefusalEvent } from '@solidair/auth';
import { meetingForUser, rsvp } from '@solidair/db/meetings';
import { database, renderBody } from '@solidair/app-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import { groupLanguage } from '#lib/groups.ts';

const answers = ['yes', 'no', 'maybe'] as const;

/** The meeting of the URL if the member is invited; a 404 (audited) otherwise. */
async function visibleMeeting(
	event: RefusalEvent & { params: { id: string; lang: string } },
	userId: string,
	actor: Parameters<typeof can>[0],
	action: 'view' | 'rsvp'
) {
	const meeting = await meetingForUser(database(), userId, event.params.id, groupLanguage(event.params.lang));
	const target = { type: 'meeting', id: event.params.id };
	if (!meeting) return refuse(event, actor, action, target);
	await authorize(event, actor, action, { type: 'meeting', workingGroupId: meeting.groupId }, target);
	return meeting;
}

export const load = async (event) => {
	const { user, actor } = await requireMember(event);
	const meeting = await visibleMeeting(event, user.id, actor, 'view');
	const { agenda, minutes, ...rest } = meeting;
	return {
		meeting: rest,
		agenda: renderBody(agenda),
		minutes: renderBody(minutes),
		myAnswer: meeting.rsvps.find((r) => r.userId === user.id)?.answer ?? null,
		canRsvp: can(actor, 'rsvp', { type: 'meeting', workingGroupId: meeting.groupId }),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions = {
	rsvp: async (event) => {
		const { user, actor } = await requireMember(event);
		const meeting = await visibleMeeting(event, user.id, actor, 'rsvp');
		const answer = String((await event.request.formData()).get('answer') ?? '');
		if (!(answers as readonly string[]).includes(answer)) {
			return fail(400, { errors: { answer: 'required' } });
		}
		await rsvp(database(), meeting.id, user.id, answer as (typeof answers)[number]);
		redirect(303, `/${event.params.lang}/meetings/${meeting.id}?saved`);
	}
};
