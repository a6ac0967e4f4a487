import type { Handle } from '@sveltejs/kit/hooks';
import { isPreviewPath } from './paths.ts';
import { collectPageTags } from './page-tags.ts';

/** The header the server's page cache reads (and removes before the answer leaves). */
export const cacheTagsHeader = 'x-solidair-cache-tags';

/**
 * Browsers ask again every time (max-age=0) and get a 304 from the server's memory while their
 * ETag holds, so a returning visitor sees a publish at once. A shared cache (a CDN) hears nothing
 * of our invalidations: it may keep a page a minute, and serve it a little longer while it fetches
 * a fresh one, which bounds how late a publish shows there.
 */
export const publicCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';

/**
 * Marks the public pages that loaders tagged (see page-tags.ts) for the server's page cache, which
 * keeps them until what they show changes. Anything else — a post, an error, a cookie, a page no
 * loader tagged — is left alone; a preview is never kept, here or in any other cache.
 */
export function cacheHandle(site: { id: string }): Handle {
	const siteTag = `site:${site.id}`;
	return async ({ event, resolve }) => {
		// A preview shows a draft to whoever holds its link: never kept, here or in any other cache.
		if (isPreviewPath(event.url.pathname)) {
			const response = await resolve(event);
			const headers = new Headers(response.headers);
			headers.delete(cacheTagsHeader);
			headers.set('cache-control', 'private, no-store');
			headers.set('x-robots-tag', 'noindex');
			return new Response(response.body, {
				status: response.status,
				statusText: response.statusText,
				headers
			});
		}
		const { result: response, page } = await collectPageTags(() => Promise.resolve(resolve(event)));
		const method = event.request.method;
		if (
			!page.marked ||
			(method !== 'GET' && method !== 'HEAD') ||
			response.status !== 200 ||
			response.headers.has('set-cookie')
		) {
			return response;
		}
		const headers = new Headers(response.headers);
		headers.set(cacheTagsHeader, [siteTag, ...page.tags].join(' '));
		// Feeds and the sitemap say their own.
		if (!headers.has('cache-control')) headers.set('cache-control', publicCacheControl);
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	};
}
