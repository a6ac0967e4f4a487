import { refuse } from '@solidair/auth';
import { memberProfile } from '@solidair/db/people';
import { database } from '@solidair/app-kit/server';
import { requireMember } from '#lib/guard.ts';
import { groupLanguage } from '#lib/groups.ts';

// A member's profile, for other members. Unknown, disabled or malformed ids: 404, audited.
export const load = async (event) => {
	const { user } = await requireMember(event);
	const profile = await memberProfile(database(), event.params.id, groupLanguage(event.params.lang));
	if (!profile) return refuse(event, user, 'view', { type: 'profile', id: event.params.id });
	return { profile, own: profile.id === user.id };
};
