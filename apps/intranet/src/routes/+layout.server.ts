// Runs for every page and for error pages, so both know the visitor's language.
export const load = ({ locals, url }) => ({
	locale: locals.locale,
	pathname: url.pathname,
	signedIn: locals.user !== null
});
