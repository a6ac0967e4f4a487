// The built site behind its page cache: an article comes from memory, compressed as asked, with
// one ETag for as long as it is kept, and a 304 for a browser that has it.
import { expect, test } from '@playwright/test';
import { brotliDecompressSync } from 'node:zlib';

test('an article is kept: the same ETag again, brotli when asked, 304 for its ETag', async ({ request }) => {
	const list = await (await request.get('/nl/nieuws')).text();
	const path = /href="(\/nl\/nieuws\/[a-z0-9-]+)"/.exec(list)?.[1];
	expect(path, 'an article linked from the news list').toBeDefined();

	const brotli = { 'accept-encoding': 'br' };
	const first = await request.get(path!, { headers: brotli });
	const second = await request.get(path!, { headers: brotli });
	expect(first.status()).toBe(200);
	expect(second.status()).toBe(200);
	const etag = second.headers().etag;
	expect(etag).toMatch(/^"[\w-]+"$/);
	expect(first.headers().etag).toBe(etag);
	expect(second.headers()['content-encoding']).toBe('br');
	expect(second.headers().vary).toBe('accept-encoding');
	expect(second.headers()['content-type']).toBe('text/html; charset=utf-8');
	expect(second.headers()['x-solidair-cache-tags']).toBeUndefined();
	expect(second.headers()['cache-control']).toContain('public');

	// Without brotli: the same page, uncompressed, under its own ETag.
	const plain = await request.get(path!, { headers: { 'accept-encoding': 'identity' } });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	expect(plain.headers().etag).not.toBe(etag);
	const html = await plain.text();
	expect(html).toContain('<html lang="nl"');
	// Playwright hands back the body decoded or not depending on its version: accept both.
	const body = await second.body();
	const decoded = body.subarray(0, 15).toString().startsWith('<!doctype') ? body : brotliDecompressSync(body);
	expect(decoded.toString()).toBe(html);

	const again = await request.get(path!, { headers: { ...brotli, 'if-none-match': etag! } });
	expect(again.status()).toBe(304);
	expect(again.headers().etag).toBe(etag);
});
