import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit/hooks';

/**
 * Public pages are the same for everyone, so shared caches (a CDN) may keep them briefly and
 * browsers may revalidate them with an ETag. Anything personal (a Set-Cookie) or not a plain
 * successful GET of HTML is left alone.
 */
export const cacheHandle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const type = response.headers.get('content-type') ?? '';
	if (
		event.request.method !== 'GET' ||
		response.status !== 200 ||
		!type.startsWith('text/html') ||
		response.headers.has('set-cookie') ||
		response.headers.has('cache-control')
	) {
		return response;
	}
	const body = await response.arrayBuffer();
	const etag = `W/"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 27)}"`;
	const headers = new Headers(response.headers);
	headers.set('etag', etag);
	headers.set('cache-control', 'public, max-age=60, stale-while-revalidate=600');
	const matches = event.request.headers
		.get('if-none-match')
		?.split(',')
		.some((tag) => tag.trim() === etag);
	if (matches) return new Response(null, { status: 304, headers });
	return new Response(body, { status: response.status, headers });
};
