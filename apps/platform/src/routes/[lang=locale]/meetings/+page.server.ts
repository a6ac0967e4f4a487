import { upcomingMeetings } from '@solidair/db/meetings';
import { database } from '@solidair/app-kit/server';
import { requireMember } from '#lib/guard.ts';
import { groupLanguage } from '#lib/groups.ts';

export const load = async (event) => {
	const { user } = await requireMember(event);
	return {
		meetings: await upcomingMeetings(database(), user.id, { language: groupLanguage(event.params.lang) })
	};
};
