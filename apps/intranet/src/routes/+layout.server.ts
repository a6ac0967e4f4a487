import { actorOf } from '@solidair/account/server';
import { sitesOf } from '#lib/server/sites.ts';

// Runs for every page and for error pages, so both know the visitor's language; for staff it
// also says which sites they edit, so the navigation leads them to those sites' media libraries.
// The roles come from the same read as the page's guard (`actorOf`).
export const load = async (event) => {
	const actor = (await actorOf(event))?.actor ?? null;
	return {
		locale: event.locals.locale,
		pathname: event.url.pathname,
		signedIn: event.locals.user !== null,
		editedSites: actor ? sitesOf(actor) : []
	};
};
