// The door of the members' area: every route behind it calls `requireMember` first.
import { hasTotp, loadActor, twoFactorRequired, type SessionUser, type SignedInActor } from '@solidair/auth';
import { database } from '@solidair/site-kit/server';
import { redirect } from '@sveltejs/kit';

interface GuardEvent {
	locals: App.Locals;
	params: { lang?: string };
	url: URL;
}

export interface GuardOptions {
	/**
	 * For the 2FA enrolment page only: let in a user whose roles require 2FA and who has none yet
	 * (the page where they set it up must stay reachable). A session that still owes its second
	 * factor is never let in.
	 */
	enrolling?: boolean;
}

/**
 * The signed-in member and their roles; anyone else goes to the login page, and comes back after.
 * A user with 2FA whose session has not passed it goes to the code page; a user whose roles
 * require 2FA and who has none goes to set it up.
 */
export async function requireMember(
	event: GuardEvent,
	options: GuardOptions = {}
): Promise<{ user: SessionUser; actor: SignedInActor; totp: boolean }> {
	const lang = event.params.lang ?? 'nl';
	const user = event.locals.user;
	const session = event.locals.session;
	const next = `?next=${encodeURIComponent(event.url.pathname)}`;
	const db = database();
	const [actor, totp] = user
		? await Promise.all([loadActor(db, user.id), hasTotp(db, user.id)])
		: [null, false];
	if (!user || !session || !actor || actor.disabled) redirect(303, `/${lang}/login${next}`);
	if (totp && !session.twoFactorVerified) redirect(303, `/${lang}/login/two-factor${next}`);
	if (!totp && !options.enrolling) {
		const roles = actor.memberships.map((membership) => membership.role);
		const required = twoFactorRequired(
			{ isPlatformAdmin: actor.platformAdmin, isIntranetAdmin: actor.intranetAdmin },
			roles
		);
		if (required) redirect(303, `/${lang}/account/two-factor${next}`);
	}
	return { user, actor, totp };
}
