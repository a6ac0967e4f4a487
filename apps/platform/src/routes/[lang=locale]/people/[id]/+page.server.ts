import { memberProfile } from '@solidair/db/people';
import { database } from '@solidair/site-kit/server';
import { requireMember } from '#lib/guard.ts';
import { denied } from '#lib/members-area.ts';

// A member's profile, for other members. Unknown, disabled or malformed ids: 404, audited.
export const load = async (event) => {
	const { user } = await requireMember(event);
	const profile = await memberProfile(database(), event.params.id);
	if (!profile) return denied(event, user.id, { type: 'profile', id: event.params.id.slice(0, 64) });
	return { profile, own: profile.id === user.id };
};
