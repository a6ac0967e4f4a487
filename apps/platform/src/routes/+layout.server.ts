import { actorOf } from '@solidair/account/server';
import { publicOrigin } from '@solidair/app-kit/server';

/**
 * Who the header's account menu is for: a name, a profile, and whether they manage an
 * organisation's members. The roles come from the same read as the page's guard (`actorOf`).
 */
async function accountOf(event: Parameters<typeof actorOf>[0], user: NonNullable<App.Locals['user']>) {
	const actor = (await actorOf(event))?.actor;
	return {
		id: user.id,
		name: user.displayName,
		managesMembers:
			user.isPlatformAdmin || (actor?.memberships.some((membership) => membership.role === 'admin') ?? false)
	};
}

// Runs for every page and for error pages, so both know the visitor's language.
export const load = async (event) => ({
	locale: event.locals.locale,
	pathname: event.url.pathname,
	// For absolute URLs: hreflang alternates and an event's structured data.
	origin: publicOrigin(event.url),
	signedIn: event.locals.user !== null,
	account: event.locals.user ? await accountOf(event, event.locals.user) : null
});
