// The door of the intranet: every staff route calls `requireStaff` first.
// Staff are the people of WSM and FOS (members of either organisation), the sites' editors and
// the intranet's admins. Anyone else signed in gets a 404, as for a page that does not exist, and
// the attempt is in the audit log.
import { refuse, type SignedInActor } from '@solidair/auth';
import { requireSignedIn, type GuardEvent, type GuardOptions, type SignedIn } from '@solidair/account/server';
import { database } from '@solidair/app-kit/server';

/**
 * The staff member signed in; anyone else goes to the login page, and comes back after. The 2FA
 * rules are the shared guard's: the code page for a session that owes it, the set-up page
 * (`/account/two-factor`, the one page that passes `enrolling`) for roles that require it.
 */
export async function requireStaff(
	event: GuardEvent,
	options: Pick<GuardOptions, 'enrolling'> = {}
): Promise<SignedIn> {
	return requireSignedIn(event, {
		...options,
		admit: async (actor) => (await isStaff(actor)) || refuse(event, actor, 'view', { type: 'intranet' })
	});
}

async function isStaff(actor: SignedInActor): Promise<boolean> {
	if (actor.intranetAdmin || actor.editorOf.length > 0 || actor.reviewerOf.length > 0) return true;
	const staffOrganisations = await database()
		.selectFrom('organisations')
		.select('id')
		.where('slug', 'in', ['wsm', 'fos'])
		.execute();
	return actor.memberships.some((membership) =>
		staffOrganisations.some((organisation) => organisation.id === membership.organisationId)
	);
}
