// Cross-site request forgery. SvelteKit refuses cross-origin form posts itself (POST, PUT, PATCH
// and DELETE with a form content type or none, outside `vite dev`); this covers everything else
// that changes state — JSON above all — by the Fetch Metadata a browser adds to every request, or
// failing that by its Origin. Requests without a browser (curl, servers) carry neither and are
// refused: our endpoints are for our own pages.
import type { Handle } from '@sveltejs/kit/hooks';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

// What SvelteKit's own check looks at (kit/src/runtime/server/csrf.js and utils/http.js).
const kitCheckedMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const formContentTypes = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	// Kit's remote forms.
	'application/x-sveltekit-formdata'
]);

function contentType(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

/**
 * Whether the request comes from a page of this very origin (or from the person, typing the
 * address: `Sec-Fetch-Site: none`). `Sec-Fetch-Site` decides when present: `same-site` (another
 * subdomain) and `cross-site` are refused. Without it (older browsers), `Origin` must be ours.
 * Without both, only safe methods pass.
 */
export function sameOriginRequest(request: Request, url: URL): boolean {
	const site = request.headers.get('sec-fetch-site');
	if (site !== null) return site === 'same-origin' || site === 'none';
	const origin = request.headers.get('origin');
	if (origin !== null) return origin === url.origin;
	return safeMethods.has(request.method.toUpperCase());
}

/** Whether SvelteKit's own origin check applies to the request (in a production build). */
function kitChecks(request: Request): boolean {
	const type = contentType(request);
	return kitCheckedMethods.has(request.method.toUpperCase()) && (type === '' || formContentTypes.has(type));
}

/**
 * Answers 403 to a state-changing request SvelteKit's check leaves alone (a JSON body, any other
 * non-form type, an unusual method) unless it is same-origin. Put it first in `sequence`.
 */
export const csrfHandle: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	if (
		!safeMethods.has(request.method.toUpperCase()) &&
		!kitChecks(request) &&
		!sameOriginRequest(request, url)
	) {
		return new Response('Cross-site request refused', {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};
