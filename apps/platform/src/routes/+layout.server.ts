import { database, publicOrigin } from '@solidair/app-kit/server';

/** Who the header's account menu is for: a name, a profile, and whether they manage an organisation's members. */
async function accountOf(user: NonNullable<App.Locals['user']>) {
	const adminOf = user.isPlatformAdmin
		? undefined
		: await database()
				.selectFrom('memberships')
				.select('organisation_id')
				.where('user_id', '=', user.id)
				.where('role', '=', 'admin')
				.executeTakeFirst();
	return {
		id: user.id,
		name: user.displayName,
		managesMembers: user.isPlatformAdmin || adminOf !== undefined
	};
}

// Runs for every page and for error pages, so both know the visitor's language.
export const load = async ({ locals, url }) => ({
	locale: locals.locale,
	pathname: url.pathname,
	// For absolute URLs: hreflang alternates and an event's structured data.
	origin: publicOrigin(url),
	signedIn: locals.user !== null,
	account: locals.user ? await accountOf(locals.user) : null
});
