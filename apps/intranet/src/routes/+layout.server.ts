import { loadActor } from '@solidair/auth';
import { database } from '@solidair/app-kit/server';
import { sitesOf } from '#lib/server/sites.ts';

// Runs for every page and for error pages, so both know the visitor's language; for staff it
// also says which sites they edit, so the navigation leads them to those sites' media libraries.
export const load = async ({ locals, url }) => {
	const actor = locals.user ? await loadActor(database(), locals.user.id) : null;
	return {
		locale: locals.locale,
		pathname: url.pathname,
		signedIn: locals.user !== null,
		editedSites: actor ? sitesOf(actor) : []
	};
};
