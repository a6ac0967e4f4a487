import { publicOrigin } from '@solidair/app-kit/server';

// Runs for every page and for error pages, so both know the visitor's language.
export const load = ({ locals, url }) => ({
	locale: locals.locale,
	pathname: url.pathname,
	// For absolute URLs: hreflang alternates and an event's structured data.
	origin: publicOrigin(url),
	signedIn: locals.user !== null
});
