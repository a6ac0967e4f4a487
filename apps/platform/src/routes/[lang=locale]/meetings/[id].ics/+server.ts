// One meeting as an iCalendar file, for the member's own calendar app.
import { authorize, refuse } from '@solidair/auth';
import { meetingForUser } from '@solidair/db/meetings';
import { calendar, database, publicOrigin } from '@solidair/app-kit/server';
import { requireMember } from '#lib/guard.ts';

export const GET = async (event) => {
	const { user, actor } = await requireMember(event);
	const meeting = await meetingForUser(database(), user.id, event.params.id);
	const target = { type: 'meeting', id: event.params.id };
	if (!meeting) return refuse(event, actor, 'view', target);
	await authorize(event, actor, 'view', { type: 'meeting', workingGroupId: meeting.groupId }, target);
	const body = calendar({
		name: meeting.title,
		productId: '-//Solidair//Platform//EN',
		events: [
			{
				uid: `${meeting.id}@platform.solidair`,
				title: meeting.title,
				description: meeting.agenda || undefined,
				url: `${publicOrigin(event.url)}/${event.params.lang}/meetings/${meeting.id}`,
				startsAt: meeting.startsAt,
				endsAt: meeting.endsAt,
				timeZone: meeting.timeZone,
				place: meeting.place ?? undefined,
				onlineUrl: meeting.onlineUrl ?? undefined,
				updatedAt: meeting.createdAt
			}
		]
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="meeting-${meeting.id}.ics"`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
};
