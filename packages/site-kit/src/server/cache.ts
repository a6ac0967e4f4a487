import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit/hooks';
import { isPreviewPath } from './paths.ts';

interface CachedPage {
	body: ArrayBuffer;
	headers: Headers;
	expires: number;
}

/** Seconds a rendered public page is reused; scheduled content goes live within this delay. */
const pageCacheSeconds = () => Number(process.env.PAGE_CACHE_SECONDS ?? 5);
const maxPages = 500;
const pages = new Map<string, CachedPage>();

function remember(key: string, page: CachedPage) {
	// A Map keeps insertion order: dropping the first entry drops the oldest.
	if (pages.size >= maxPages) pages.delete(pages.keys().next().value!);
	pages.set(key, page);
}

function answer(request: Request, page: { body: ArrayBuffer; headers: Headers }): Response {
	const etag = page.headers.get('etag');
	const matches = request.headers
		.get('if-none-match')
		?.split(',')
		.some((tag) => tag.trim() === etag);
	return matches
		? new Response(null, { status: 304, headers: page.headers })
		: new Response(page.body, { headers: page.headers });
}

/**
 * Public pages are the same for every visitor, so they are cached: by shared caches (a CDN) for a
 * minute, by browsers with an ETag, and in this process for a few seconds, which turns a burst of
 * visitors on one page into one render (a micro-cache). Anything that is not a plain successful GET
 * of HTML, or that sets a cookie or its own caching, is left alone; previews are never cached.
 */
export const cacheHandle: Handle = async ({ event, resolve }) => {
	// A preview shows a draft to whoever holds its link: never kept, here or in any other cache.
	if (isPreviewPath(event.url.pathname)) {
		const response = await resolve(event);
		const headers = new Headers(response.headers);
		headers.set('cache-control', 'private, no-store');
		headers.set('x-robots-tag', 'noindex');
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	}
	const key = event.url.pathname + event.url.search;
	const cached = event.request.method === 'GET' ? pages.get(key) : undefined;
	if (cached && cached.expires > Date.now()) return answer(event.request, cached);

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
	const headers = new Headers(response.headers);
	headers.set(
		'etag',
		`W/"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 27)}"`
	);
	headers.set('cache-control', 'public, max-age=60, stale-while-revalidate=600');
	const seconds = pageCacheSeconds();
	if (seconds > 0) remember(key, { body, headers, expires: Date.now() + seconds * 1000 });
	return answer(event.request, { body, headers });
};
