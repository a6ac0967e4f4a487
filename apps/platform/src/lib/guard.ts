// The door of the members' area: every route behind it calls `requireMember` first.
import { loadActor, type SessionUser, type SignedInActor } from '@solidair/auth';
import { database } from '@solidair/site-kit/server';
import { redirect } from '@sveltejs/kit';

interface GuardEvent {
	locals: App.Locals;
	params: { lang?: string };
	url: URL;
}

/** The signed-in member and their roles; anyone else goes to the login page, and comes back after. */
export async function requireMember(event: GuardEvent): Promise<{ user: SessionUser; actor: SignedInActor }> {
	const lang = event.params.lang ?? 'nl';
	const user = event.locals.user;
	const actor = user ? await loadActor(database(), user.id) : null;
	if (!user || !actor || actor.disabled) {
		redirect(303, `/${lang}/login?next=${encodeURIComponent(event.url.pathname)}`);
	}
	return { user, actor };
}
