import { expect, test } from 'vitest';
import { cacheHandle, cacheTagsHeader, publicCacheControl } from './cache.ts';
import { entryTag, listsTag, tagPage } from './page-tags.ts';

const handle = cacheHandle({ id: 'wsm' });
type HandleInput = Parameters<typeof handle>[0];

/** Runs the handle on a request whose loaders tag the page with `tags` (undefined: none tags it). */
function request(
	path: string,
	{ method = 'GET', tags, answer }: { method?: string; tags?: string[]; answer?: () => Response } = {}
) {
	const url = new URL(path, 'http://127.0.0.1:3001');
	const event = { url, request: new Request(url, { method }) } as unknown as HandleInput['event'];
	const resolve = (async () => {
		// As a loader does, during the render (after an await, as loaders tag after their queries).
		await Promise.resolve();
		if (tags) tagPage(...tags);
		return answer?.() ?? new Response('<p>page</p>', { headers: { 'content-type': 'text/html' } });
	}) as unknown as HandleInput['resolve'];
	return handle({ event, resolve }) as Promise<Response>;
}

test('a tagged page carries its tags, with the site, and a cache-control for shared caches', async () => {
	const page = await request('/nl/nieuws/a', { tags: [entryTag('e1'), 'media:m1'] });
	expect(page.headers.get(cacheTagsHeader)).toBe('site:wsm entry:e1 media:m1');
	expect(page.headers.get('cache-control')).toBe(publicCacheControl);
	expect(await page.text()).toBe('<p>page</p>');
	const home = await request('/nl', { tags: [listsTag({ id: 'wsm' })] });
	expect(home.headers.get(cacheTagsHeader)).toBe('site:wsm lists:wsm');
	// Tagged with nothing: the site's frame only (contact, robots.txt).
	expect((await request('/nl/contact', { tags: [] })).headers.get(cacheTagsHeader)).toBe('site:wsm');
});

test('outside a request, tagging does nothing', () => {
	expect(() => tagPage('lists:wsm')).not.toThrow();
});

test('a feed keeps its own cache-control', async () => {
	const feed = await request('/nl/nieuws/feed.xml', {
		tags: ['lists:wsm'],
		answer: () =>
			new Response('<feed/>', {
				headers: { 'content-type': 'application/atom+xml', 'cache-control': 'public, max-age=300' }
			})
	});
	expect(feed.headers.get(cacheTagsHeader)).toBe('site:wsm lists:wsm');
	expect(feed.headers.get('cache-control')).toBe('public, max-age=300');
});

test('untagged pages, posts, errors and cookies are never marked', async () => {
	const html = { 'content-type': 'text/html' };
	const cases: Array<[string, Parameters<typeof request>[1]]> = [
		['/nl/untagged', {}],
		['/nl/contact', { method: 'POST', tags: [] }],
		['/nl/x', { tags: [], answer: () => new Response('<p>nope</p>', { status: 404, headers: html }) }],
		[
			'/nl/y',
			{ tags: [], answer: () => new Response('<p>hi</p>', { headers: { ...html, 'set-cookie': 'a=b' } }) }
		]
	];
	for (const [path, options] of cases) {
		const response = await request(path, options);
		expect(response.headers.get(cacheTagsHeader), path).toBeNull();
		expect(response.headers.get('cache-control'), path).toBeNull();
	}
});

test('a preview is never marked nor kept, whatever its answer and its tags', async () => {
	for (const status of [200, 404]) {
		const response = await request('/fr/preview/token', {
			tags: ['entry:e1'],
			answer: () =>
				new Response('<p>draft</p>', {
					status,
					headers: { 'content-type': 'text/html', [cacheTagsHeader]: 'site:wsm' }
				})
		});
		expect(response.status).toBe(status);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(response.headers.get('x-robots-tag')).toBe('noindex');
		expect(response.headers.get(cacheTagsHeader)).toBeNull();
	}
});
