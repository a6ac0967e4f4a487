// The page cache in front of a handler, over real HTTP: a stand-in for the app that counts its
// renders and answers as adapter-node does (setHeader, writeHead, write, end).
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { createAppServer, securityHeaders } from './app-server.ts';
import {
	answeredAsAnonymous,
	cacheTagsHeader,
	createPageCache,
	negotiate,
	type AppPageCache
} from './page-cache.ts';

interface Page {
	status?: number;
	type?: string;
	tags?: string;
	headers?: Record<string, string | string[]>;
	/** Milliseconds before the page is written (a slow render). */
	delay?: number;
}

/** What the fake app answers, by path; renders counted by path. */
let pages: Record<string, Page> = {};
let renders: Record<string, number> = {};

function render(req: IncomingMessage, res: ServerResponse) {
	const path = (req.url ?? '/').split('?')[0]!;
	const page = pages[path] ?? { status: 404, type: 'text/html' };
	const count = (renders[req.url ?? '/'] = (renders[req.url ?? '/'] ?? 0) + 1);
	const body = `<!doctype html><title>${req.url}</title><p>${'Waardig werk overal. '.repeat(200)}</p><p>render ${count}</p>`;
	const answer = () => {
		res.setHeader('content-type', page.type ?? 'text/html');
		res.setHeader('content-security-policy', "default-src 'self'");
		if (page.tags !== undefined) res.setHeader(cacheTagsHeader, page.tags);
		for (const [name, value] of Object.entries(page.headers ?? {})) res.setHeader(name, value);
		res.setHeader('content-length', Buffer.byteLength(body));
		res.writeHead(page.status ?? 200);
		// In two chunks, as a stream would come.
		res.write(body.slice(0, 100));
		res.end(body.slice(100));
	};
	if (page.delay) setTimeout(answer, page.delay);
	else answer();
}

const servers: Server[] = [];
afterEach(async () => {
	pages = {};
	renders = {};
	for (const server of servers.splice(0)) {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
});

async function start(
	maxBytes = 1024 ** 2,
	choiceCookie?: string
): Promise<{ port: number; cache: AppPageCache; lines: string[] }> {
	const cache = createPageCache({ maxBytes, choiceCookie });
	const lines: string[] = [];
	const server = createAppServer(render, { pageCache: cache, log: (line) => lines.push(line) });
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { port: (server.address() as AddressInfo).port, cache, lines };
}

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A request without any of fetch's defaults (fetch always sends Accept-Encoding and decodes). */
function get(
	port: number,
	path: string,
	headers: Record<string, string> = {},
	method = 'GET'
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = httpRequest({ port, host: '127.0.0.1', path, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

const article = { tags: 'site:wsm entry:e1' };

describe('a cacheable page', () => {
	test('is rendered once, then answered from memory without the app', async () => {
		pages['/nl/nieuws/a'] = article;
		const { port, cache } = await start();
		const first = await get(port, '/nl/nieuws/a');
		const second = await get(port, '/nl/nieuws/a');
		expect(renders['/nl/nieuws/a']).toBe(1);
		expect(second.body.toString()).toBe(first.body.toString());
		expect(second.body.toString()).toContain('render 1');
		expect(cache.size).toBe(1);
		// The same validator on the render and on the hit.
		expect(second.headers.etag).toBe(first.headers.etag);
		expect(second.headers.etag).toMatch(/^"[\w-]{27}"$/);
	});

	test('keeps the headers the app sent, with charset, security headers, length and Vary', async () => {
		pages['/nl'] = { tags: 'site:wsm lists:wsm' };
		const { port } = await start();
		await get(port, '/nl');
		const hit = await get(port, '/nl');
		expect(hit.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(hit.headers['content-security-policy']).toBe("default-src 'self'");
		for (const [name, value] of Object.entries(securityHeaders)) expect(hit.headers[name]).toBe(value);
		expect(hit.headers['content-length']).toBe(String(hit.body.byteLength));
		expect(hit.headers.vary).toBe('accept-encoding');
		expect(hit.headers['strict-transport-security']).toBeUndefined();
	});

	test('the tags header never reaches a client: not on a render, a hit, nor a page not kept', async () => {
		pages['/nl/a'] = article;
		pages['/nl/b'] = { ...article, headers: { 'set-cookie': 'a=b' } };
		const { port } = await start();
		for (const path of ['/nl/a', '/nl/a', '/nl/b']) {
			const answer = await get(port, path);
			expect(answer.status).toBe(200);
			expect(answer.headers[cacheTagsHeader]).toBeUndefined();
		}
		// With a cookie (never from memory) the header is removed all the same.
		expect((await get(port, '/nl/a', { cookie: 'x=1' })).headers[cacheTagsHeader]).toBeUndefined();
	});

	test('brotli and gzip variants decompress to the same bytes, each with its own ETag', async () => {
		pages['/nl/a'] = article;
		const { port } = await start();
		const plain = await get(port, '/nl/a', { 'accept-encoding': 'identity' });
		const br = await get(port, '/nl/a', { 'accept-encoding': 'gzip, deflate, br' });
		const gz = await get(port, '/nl/a', { 'accept-encoding': 'gzip' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
		expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
		expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 4);
		expect(br.headers['content-length']).toBe(String(br.body.byteLength));
		expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);
		expect(renders['/nl/a']).toBe(1);
	});

	test('an ETag the client has gets a 304 without a body; another gets the page', async () => {
		pages['/nl/a'] = article;
		const { port } = await start();
		await get(port, '/nl/a');
		const page = await get(port, '/nl/a', { 'accept-encoding': 'br' });
		const again = await get(port, '/nl/a', {
			'accept-encoding': 'br',
			'if-none-match': String(page.headers.etag)
		});
		expect(again.status).toBe(304);
		expect(again.body.byteLength).toBe(0);
		expect(again.headers.etag).toBe(page.headers.etag);
		const weak = await get(port, '/nl/a', { 'if-none-match': `"x", W/${String(page.headers.etag)}` });
		expect(weak.status).toBe(304);
		const other = await get(port, '/nl/a', { 'if-none-match': '"something-else"' });
		expect(other.status).toBe(200);
		expect(other.body.byteLength).toBeGreaterThan(0);
	});

	test('HEAD gets the headers and length of the GET, without a body', async () => {
		pages['/nl/a'] = article;
		const { port } = await start();
		const page = await get(port, '/nl/a', { 'accept-encoding': 'gzip' });
		const head = await get(port, '/nl/a', { 'accept-encoding': 'gzip' }, 'HEAD');
		expect(head.status).toBe(200);
		expect(head.body.byteLength).toBe(0);
		expect(head.headers['content-length']).toBe(String(page.body.byteLength));
		expect(head.headers.etag).toBe(page.headers.etag);
		expect(renders['/nl/a']).toBe(1);
	});

	test('the key is the path and query, never the host', async () => {
		pages['/nl/nieuws'] = { tags: 'site:wsm lists:wsm' };
		const { port } = await start();
		await get(port, '/nl/nieuws?tag=a', { host: 'wsm.be' });
		await get(port, '/nl/nieuws?tag=a', { host: 'evil.example' });
		await get(port, '/nl/nieuws?tag=b');
		expect(renders).toEqual({ '/nl/nieuws?tag=a': 1, '/nl/nieuws?tag=b': 1 });
	});

	test('each hit still gets its one log line', async () => {
		pages['/nl/a'] = article;
		const { port, lines } = await start();
		await get(port, '/nl/a');
		await get(port, '/nl/a');
		await new Promise((resolve) => setTimeout(resolve, 50));
		const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(logged.filter((line) => line.msg === 'request' && line.path === '/nl/a')).toHaveLength(2);
		expect(logged.at(-1)).toMatchObject({ status: 200, bytes: (await get(port, '/nl/a')).body.byteLength });
	});
});

describe('what is not answered from memory', () => {
	test('a request with a cookie or credentials goes to the app, and is not stored', async () => {
		pages['/nl/a'] = article;
		const { port, cache } = await start();
		await get(port, '/nl/a', { cookie: 'session=x' });
		await get(port, '/nl/a', { authorization: 'Basic eDp5' });
		expect(cache.size).toBe(0);
		await get(port, '/nl/a');
		await get(port, '/nl/a', { cookie: 'session=x' });
		expect(renders['/nl/a']).toBe(4);
	});

	test('the language cookie alone, naming the page’s language, is answered from memory; a switch goes to the app', async () => {
		pages['/nl/a'] = article;
		const { port } = await start(1024 ** 2, 'locale');
		const click = { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' };
		await get(port, '/nl/a');
		// The same language, by a link or typed: the stored page.
		await get(port, '/nl/a', { cookie: 'locale=nl' });
		await get(port, '/nl/a', { cookie: 'locale=nl', ...click });
		expect(renders['/nl/a']).toBe(1);
		// A click into the page's language from another (the switcher): the app remembers the choice.
		await get(port, '/nl/a', { cookie: 'locale=fr', ...click });
		// A first click on the site, before any cookie: the app may set it.
		await get(port, '/nl/a', click);
		// Any other cookie beside it.
		await get(port, '/nl/a', { cookie: 'locale=nl; session=x' });
		expect(renders['/nl/a']).toBe(4);
	});

	test('only the choice cookie, whole and equal to the first segment, counts as none', () => {
		const anonymous = (cookie: string | undefined, url: string, navigation = false) =>
			answeredAsAnonymous(cookie, url, navigation, 'locale');
		expect(anonymous(undefined, '/nl/a')).toBe(true);
		expect(anonymous(undefined, '/nl/a', true)).toBe(false);
		expect(anonymous('locale=nl', '/nl')).toBe(true);
		expect(anonymous(' locale=fr ', '/fr/nieuws?pagina=2')).toBe(true);
		expect(anonymous('locale=nl', '/nl/a', true)).toBe(true);
		expect(anonymous('locale=nl', '/fr/a')).toBe(false);
		expect(anonymous('locale=', '/')).toBe(false);
		expect(anonymous('locale=nl;', '/nl/a')).toBe(false);
		expect(anonymous('locale=nl; x=1', '/nl/a')).toBe(false);
		expect(anonymous('locale=nl=x', '/nl/a')).toBe(false);
		expect(anonymous('lang=nl', '/nl/a')).toBe(false);
		expect(answeredAsAnonymous('locale=nl', '/nl/a', false, undefined)).toBe(false);
	});

	test('untagged, not 200, with a cookie, private or of another type: rendered every time', async () => {
		pages['/nl/untagged'] = {};
		pages['/nl/missing'] = { ...article, status: 404 };
		pages['/nl/cookie'] = { ...article, headers: { 'set-cookie': ['a=b'] } };
		pages['/nl/private'] = { ...article, headers: { 'cache-control': 'private, no-store' } };
		pages['/nl/data.json'] = { ...article, type: 'application/json' };
		const { port, cache } = await start();
		for (const path of Object.keys(pages)) {
			await get(port, path);
			await get(port, path);
			expect(renders[path], path).toBe(2);
		}
		expect(cache.size).toBe(0);
	});

	test('feeds, the sitemap and robots.txt may be kept', async () => {
		pages['/nl/nieuws/feed.xml'] = { ...article, type: 'application/atom+xml; charset=utf-8' };
		pages['/robots.txt'] = { tags: 'site:wsm', type: 'text/plain; charset=utf-8' };
		const { port } = await start();
		for (const path of ['/nl/nieuws/feed.xml', '/robots.txt']) {
			await get(port, path);
			await get(port, path);
			expect(renders[path], path).toBe(1);
		}
	});

	test('PAGE_CACHE_MB=0 (maxBytes 0) stores nothing and still removes the tags header', async () => {
		pages['/nl/a'] = article;
		const { port, cache } = await start(0);
		const first = await get(port, '/nl/a');
		await get(port, '/nl/a');
		expect(renders['/nl/a']).toBe(2);
		expect(cache.size).toBe(0);
		expect(first.headers[cacheTagsHeader]).toBeUndefined();
	});
});

describe('invalidation', () => {
	test('drops exactly the pages carrying one of the tags', async () => {
		pages['/nl/nieuws/a'] = { tags: 'site:wsm entry:a media:m1' };
		pages['/fr/actualites/a'] = { tags: 'site:wsm entry:a' };
		pages['/nl/nieuws/b'] = { tags: 'site:wsm entry:b' };
		pages['/nl'] = { tags: 'site:wsm lists:wsm' };
		const { port, cache } = await start();
		for (const path of Object.keys(pages)) await get(port, path);
		expect(cache.size).toBe(4);
		cache.invalidate(['entry:a', 'lists:wsm']);
		expect(cache.size).toBe(1);
		for (const path of Object.keys(pages)) await get(port, path);
		expect(renders).toEqual({ '/nl/nieuws/a': 2, '/fr/actualites/a': 2, '/nl/nieuws/b': 1, '/nl': 2 });
		const fresh = await get(port, '/nl/nieuws/a');
		expect(fresh.body.toString()).toContain('render 2');
		cache.invalidate(new Set(['media:m1', 'entry:unknown']));
		expect(cache.size).toBe(3);
	});

	test('clear drops every page', async () => {
		pages['/nl/a'] = article;
		pages['/nl/b'] = { tags: 'site:fos' };
		const { port, cache } = await start();
		await get(port, '/nl/a');
		await get(port, '/nl/b');
		cache.clear();
		expect(cache.size).toBe(0);
		expect(cache.bytes).toBe(0);
		await get(port, '/nl/a');
		expect(renders['/nl/a']).toBe(2);
	});

	test('a page rendered before an invalidation is not kept after it', async () => {
		pages['/nl/slow'] = { ...article, delay: 100 };
		const { port, cache } = await start();
		const rendering = get(port, '/nl/slow');
		await new Promise((resolve) => setTimeout(resolve, 30));
		// The publish lands while the old text is being rendered.
		cache.invalidate(['entry:e1']);
		const stale = await rendering;
		expect(stale.status).toBe(200);
		expect(cache.size).toBe(0);
		const fresh = await get(port, '/nl/slow');
		expect(fresh.body.toString()).toContain('render 2');
	});
});

describe('memory', () => {
	test('is bounded by bytes: the least recently used page goes first', async () => {
		const names = 'abcdefghi'.split('');
		for (const name of names) pages[`/nl/${name}`] = { tags: `entry:${name}` };
		const probe = await start();
		await get(probe.port, '/nl/a');
		const one = probe.cache.bytes;
		// Room for eight pages and a half (a page may take at most an eighth).
		const { port, cache } = await start(Math.floor(one * 8.5));
		renders = {};
		for (const name of names.slice(0, 8)) await get(port, `/nl/${name}`);
		expect(cache.size).toBe(8);
		await get(port, '/nl/a'); // a is now more recent than b
		await get(port, '/nl/i'); // no room: b goes
		expect(cache.size).toBe(8);
		expect(cache.bytes).toBeLessThanOrEqual(one * 8.5);
		await get(port, '/nl/a');
		await get(port, '/nl/b');
		expect(renders['/nl/a']).toBe(1);
		expect(renders['/nl/b']).toBe(2);
	});

	test('a page over an eighth of the memory is sent but not kept', async () => {
		pages['/nl/a'] = article;
		const { port, cache } = await start(4096);
		await get(port, '/nl/a');
		await get(port, '/nl/a');
		expect(renders['/nl/a']).toBe(2);
		expect(cache.size).toBe(0);
	});
});

describe('a page asked for by many at once', () => {
	test('is rendered once; the others wait for it and get it from memory', async () => {
		pages['/nl/busy'] = { ...article, delay: 80 };
		const { port } = await start();
		const answers = await Promise.all(
			Array.from({ length: 10 }, (_, index) =>
				get(port, '/nl/busy', { 'accept-encoding': index % 2 ? 'br' : 'identity' })
			)
		);
		expect(renders['/nl/busy']).toBe(1);
		for (const answer of answers) expect(answer.status).toBe(200);
		const plain = answers[0]!.body;
		expect(brotliDecompressSync(answers[1]!.body).equals(plain)).toBe(true);
	});

	test('when the render is not kept, each waiting request gets its own', async () => {
		pages['/nl/gone'] = { ...article, status: 404, delay: 50 };
		const { port } = await start();
		const answers = await Promise.all(Array.from({ length: 3 }, () => get(port, '/nl/gone')));
		for (const answer of answers) expect(answer.status).toBe(404);
		expect(renders['/nl/gone']).toBe(3);
	});
});

describe('Accept-Encoding', () => {
	test.each([
		[undefined, 'identity'],
		['', 'identity'],
		['gzip, deflate, br, zstd', 'br'],
		['gzip', 'gzip'],
		['br;q=0, gzip;q=0.5', 'gzip'],
		['BR;q=0.1', 'br'],
		['*', 'br'],
		['*;q=0, gzip', 'gzip'],
		['gzip;q=0, br;q=0', 'identity'],
		['deflate', 'identity']
	])('%j → %s', (header, expected) => {
		expect(negotiate(header)).toBe(expected);
	});
});
