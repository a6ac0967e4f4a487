import { afterEach, expect, test, vi } from 'vitest';
import { cacheHandle } from './cache.ts';

type HandleInput = Parameters<typeof cacheHandle>[0];

let renders = 0;
function request(
	path: string,
	init: { method?: string; headers?: Record<string, string> } = {},
	answer?: () => Response
) {
	const url = new URL(path, 'http://127.0.0.1:3001');
	const event = { url, request: new Request(url, init) } as unknown as HandleInput['event'];
	const resolve = (async () => {
		renders++;
		return (
			answer?.() ?? new Response(`<p>${path} #${renders}</p>`, { headers: { 'content-type': 'text/html' } })
		);
	}) as unknown as HandleInput['resolve'];
	return cacheHandle({ event, resolve }) as Promise<Response>;
}

afterEach(() => {
	vi.useRealTimers();
	delete process.env.PAGE_CACHE_SECONDS;
});

test('a public page is rendered once per few seconds, then again', async () => {
	vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') });
	process.env.PAGE_CACHE_SECONDS = '5';
	const first = await request('/nl/nieuws/a');
	const firstText = await first.text();
	expect(await (await request('/nl/nieuws/a')).text()).toBe(firstText);
	expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
	vi.setSystemTime(new Date('2026-11-23T10:00:06Z'));
	expect(await (await request('/nl/nieuws/a')).text()).not.toBe(firstText);
});

test('an ETag the browser already has gets a 304 without a body', async () => {
	const page = await request('/fr/actualites/b');
	const etag = page.headers.get('etag')!;
	expect(etag).toMatch(/^W\/"/);
	const again = await request('/fr/actualites/b', { headers: { 'if-none-match': etag } });
	expect(again.status).toBe(304);
	expect(await again.text()).toBe('');
});

test('posts, errors, cookies and other content types are never cached', async () => {
	process.env.PAGE_CACHE_SECONDS = '5';
	const cases: Array<[string, { method?: string }, () => Response]> = [
		[
			'/nl/contact',
			{ method: 'POST' },
			() => new Response('<p>ok</p>', { headers: { 'content-type': 'text/html' } })
		],
		[
			'/nl/x',
			{},
			() => new Response('<p>nope</p>', { status: 404, headers: { 'content-type': 'text/html' } })
		],
		[
			'/nl/y',
			{},
			() => new Response('<p>hi</p>', { headers: { 'content-type': 'text/html', 'set-cookie': 'a=b' } })
		],
		[
			'/nl/feed.xml',
			{},
			() => new Response('<feed/>', { headers: { 'content-type': 'application/atom+xml' } })
		]
	];
	for (const [path, init, answer] of cases) {
		const before = renders;
		await request(path, init, answer);
		await request(path, init, answer);
		expect(renders - before, path).toBe(2);
		expect((await request(path, init, answer)).headers.get('etag'), path).toBeNull();
	}
});

test('PAGE_CACHE_SECONDS=0 turns the micro-cache off', async () => {
	process.env.PAGE_CACHE_SECONDS = '0';
	const before = renders;
	await request('/nl/z');
	await request('/nl/z');
	expect(renders - before).toBe(2);
});

test('a preview is never kept nor served from the cache, whatever its answer', async () => {
	process.env.PAGE_CACHE_SECONDS = '5';
	for (const status of [200, 404]) {
		const before = renders;
		const answer = () => new Response('<p>draft</p>', { status, headers: { 'content-type': 'text/html' } });
		const first = await request('/fr/preview/token', {}, answer);
		const second = await request('/fr/preview/token', {}, answer);
		expect(renders - before).toBe(2);
		for (const response of [first, second]) {
			expect(response.status).toBe(status);
			expect(response.headers.get('cache-control')).toBe('private, no-store');
			expect(response.headers.get('x-robots-tag')).toBe('noindex');
			expect(response.headers.get('etag')).toBeNull();
		}
	}
});
