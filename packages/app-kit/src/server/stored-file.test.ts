import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStore, storeFile } from '@solidair/db/storage';
import { afterAll, describe, expect, test } from 'vitest';
import { byteRange, storedFileResponse } from './stored-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'solidair-served-'));
const store = fileStore(folder);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const bytes = new TextEncoder().encode('0123456789abcdefghij');
const headers = { 'content-type': 'text/plain', 'cache-control': 'public, max-age=31536000, immutable' };
const ask = (request: Record<string, string>) =>
	new Request('http://localhost/media/x', { headers: request });

describe('byteRange', () => {
	test.each([
		['bytes=0-4', { start: 0, end: 4 }],
		['bytes=5-', { start: 5, end: 19 }],
		['bytes=-3', { start: 17, end: 19 }],
		['bytes=10-99', { start: 10, end: 19 }],
		['bytes=-50', { start: 0, end: 19 }],
		['bytes=20-', 'unsatisfiable'],
		['bytes=5-2', 'unsatisfiable'],
		['bytes=0-1,4-5', null],
		['items=0-4', null],
		['bytes=-', null]
	])('%s of 20 bytes', (header, expected) => {
		expect(byteRange(header, 20)).toEqual(expected);
	});
});

describe('storedFileResponse', () => {
	test('the whole object, with its key as ETag', async () => {
		const { key } = await storeFile(bytes, store);
		const response = await storedFileResponse(key, headers, undefined, store);
		expect(response.status).toBe(200);
		expect(response.headers.get('etag')).toBe(`"${key}"`);
		expect(response.headers.get('content-length')).toBe('20');
		expect(response.headers.get('cache-control')).toBe(headers['cache-control']);
		expect(await response.text()).toBe('0123456789abcdefghij');
	});

	test('304 for a browser that has it', async () => {
		const { key } = await storeFile(bytes, store);
		const response = await storedFileResponse(
			key,
			headers,
			ask({ 'if-none-match': `"other", "${key}"` }),
			store
		);
		expect(response.status).toBe(304);
		expect(response.headers.get('etag')).toBe(`"${key}"`);
		expect(await response.text()).toBe('');
		const stale = await storedFileResponse(key, headers, ask({ 'if-none-match': '"other"' }), store);
		expect(stale.status).toBe(200);
	});

	test('206 for a range, 416 for one past the end, the whole file when If-Range differs', async () => {
		const { key } = await storeFile(bytes, store);
		const part = await storedFileResponse(key, headers, ask({ range: 'bytes=10-14' }), store);
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe('bytes 10-14/20');
		expect(part.headers.get('content-length')).toBe('5');
		expect(await part.text()).toBe('abcde');
		const beyond = await storedFileResponse(key, headers, ask({ range: 'bytes=30-' }), store);
		expect(beyond.status).toBe(416);
		expect(beyond.headers.get('content-range')).toBe('bytes */20');
		const changed = await storedFileResponse(
			key,
			headers,
			ask({ range: 'bytes=0-1', 'if-range': '"old"' }),
			store
		);
		expect(changed.status).toBe(200);
		expect(await changed.text()).toHaveLength(20);
	});

	test('404 when the store has no such object', async () => {
		const absent = 'f'.repeat(64);
		await expect(storedFileResponse(absent, headers, undefined, store)).rejects.toMatchObject({
			status: 404
		});
		await expect(
			storedFileResponse(absent, headers, ask({ range: 'bytes=0-1' }), store)
		).rejects.toMatchObject({
			status: 404
		});
	});
});
