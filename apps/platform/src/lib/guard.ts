// The door of the members' area: every route behind it calls `requireMember` first.
import { recordVisit } from '@solidair/db/activity';
import { requireSignedIn, type GuardEvent, type GuardOptions, type SignedIn } from '@solidair/account/server';
import { database } from '@solidair/app-kit/server';

/**
 * The signed-in member and their roles, with the 2FA rules of `requireSignedIn` (the login page
 * for anyone else, the code page or the 2FA set-up where their session or roles require it).
 */
export async function requireMember(
	event: GuardEvent,
	options: Pick<GuardOptions, 'enrolling'> = {}
): Promise<SignedIn & { previousVisit: Date | null }> {
	const signedIn = await requireSignedIn(event, options);
	// Only a member who got through the door is visiting: the dashboard shows what changed since the previous visit.
	const previousVisit = await recordVisit(database(), signedIn.user.id, new Date(), signedIn.seen);
	return { ...signedIn, previousVisit };
}
