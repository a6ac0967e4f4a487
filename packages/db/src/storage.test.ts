// One contract, two stores: the same checks run against the local-disk store and against the S3
// store talking to a local S3 service (s3rver on a free port, stopped after the file).
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	copyMediaStore,
	fileStore,
	MediaStoreError,
	mediaStoreFromEnv,
	readStoredFile,
	removeStoredFile,
	s3Store,
	storeFile,
	type MediaStore
} from './storage.ts';
import { localS3Credentials, startLocalS3, type LocalS3 } from './storage/local-s3.ts';

let s3: LocalS3;
const folder = mkdtempSync(join(tmpdir(), 'solidair-store-'));

beforeAll(async () => {
	s3 = await startLocalS3();
});
afterAll(async () => {
	await s3?.stop();
	rmSync(folder, { recursive: true, force: true });
});

const s3Options = (prefix: string) => ({
	endpoint: s3.endpoint,
	region: 'us-east-1',
	bucket: s3.bucket,
	prefix,
	...localS3Credentials
});

const stores: Array<[string, () => MediaStore]> = [
	['disk', () => fileStore(join(folder, 'media'))],
	['S3', () => s3Store(s3Options('media/contract'))]
];

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
	const all: string[] = [];
	for await (const key of keys) all.push(key);
	return all;
}

const bytesOf = async (body: ReadableStream<Uint8Array>) =>
	new Uint8Array(await new Response(body).arrayBuffer());

describe.each(stores)('the %s store', (_name, make) => {
	test('gives back what was put, by its key, with its size', async () => {
		const store = make();
		const bytes = new TextEncoder().encode(`a file ${Math.random()}`);
		const { key, size } = await storeFile(bytes, store, 'text/plain');
		expect(key).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(size).toBe(bytes.byteLength);
		const object = await store.get(key);
		expect(object?.size).toBe(bytes.byteLength);
		expect(await bytesOf(object!.body)).toEqual(bytes);
		expect(await store.stat(key)).toEqual({ size: bytes.byteLength });
		// The same bytes again: one object, still readable.
		await storeFile(bytes, store);
		expect(await readStoredFile(key, store)).toEqual(bytes);
	});

	test('answers null for a key it does not hold, and refuses what is not a key', async () => {
		const store = make();
		const absent = createHash('sha256').update(`absent ${Math.random()}`).digest('hex');
		expect(await store.get(absent)).toBeNull();
		expect(await store.stat(absent)).toBeNull();
		await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a storage key/);
		await expect(store.put('ABC', new Uint8Array(1))).rejects.toThrow(/not a storage key/);
	});

	test('serves a range of bytes, with the whole size', async () => {
		const store = make();
		const bytes = randomBytes(10_000);
		const { key } = await storeFile(bytes, store);
		const part = await store.get(key, { start: 100, end: 1099 });
		expect(part?.size).toBe(10_000);
		expect(await bytesOf(part!.body)).toEqual(new Uint8Array(bytes.subarray(100, 1100)));
	});

	test('removes an object, and removing it again is fine', async () => {
		const store = make();
		const { key } = await storeFile(randomBytes(64), store);
		expect(await collect(store.keys())).toContain(key);
		await removeStoredFile(key, store);
		expect(await store.get(key)).toBeNull();
		expect(await collect(store.keys())).not.toContain(key);
		await removeStoredFile(key, store);
	});

	test('streams a large file in pieces', async () => {
		const store = make();
		const bytes = randomBytes(24 * 1024 * 1024);
		const { key } = await storeFile(bytes, store);
		const object = await store.get(key);
		expect(object?.size).toBe(bytes.byteLength);
		const hash = createHash('sha256');
		let pieces = 0;
		for await (const chunk of object!.body) {
			hash.update(chunk);
			pieces += 1;
		}
		// A stream, not one buffer of 24 MB; and every byte arrived.
		expect(pieces).toBeGreaterThan(10);
		expect(hash.digest('hex')).toBe(key);
		await store.remove(key);
	});
});

describe('the S3 store', () => {
	test('keeps each prefix to itself', async () => {
		const one = s3Store(s3Options('one'));
		const other = s3Store(s3Options('other'));
		const { key } = await storeFile(new TextEncoder().encode('under one'), one);
		expect(await other.get(key)).toBeNull();
		expect(await collect(other.keys())).not.toContain(key);
		expect(await collect(one.keys())).toContain(key);
		// The layout under the prefix is the disk store's: <prefix>/<two hex digits>/<key>.
		const root = s3Store(s3Options(''));
		expect(await collect(root.keys())).not.toContain(key);
		expect(await s3Store(s3Options(`one/${key.slice(0, 2)}`)).stat(key)).toBeNull();
	});

	test('says which variables to check when the credentials are wrong', async () => {
		const store = s3Store({ ...s3Options('wrong'), secretAccessKey: 'not-the-secret' });
		const refusal = store.put('a'.repeat(64), new Uint8Array(8));
		await expect(refusal).rejects.toBeInstanceOf(MediaStoreError);
		await expect(refusal).rejects.toThrow(
			/refused to store a file \(SignatureDoesNotMatch\): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/
		);
		const unknown = s3Store({ ...s3Options('wrong'), accessKeyId: 'NOBODY' });
		await expect(unknown.get('a'.repeat(64))).rejects.toThrow(/InvalidAccessKeyId.*AWS_ACCESS_KEY_ID/);
		// Never the secret itself.
		await expect(refusal).rejects.not.toThrow(/not-the-secret/);
	});

	test('says so when the bucket is missing or the service cannot be reached', async () => {
		const missing = s3Store({ ...s3Options(''), bucket: 'no-such-bucket' });
		await expect(missing.get('b'.repeat(64))).rejects.toThrow(/bucket no-such-bucket does not exist/);
		// A port nobody listens on: one just let go of.
		const closed = createServer().listen(0, '127.0.0.1');
		await once(closed, 'listening');
		const { port } = closed.address() as AddressInfo;
		closed.close();
		const away = s3Store({ ...s3Options(''), endpoint: `http://127.0.0.1:${port}` });
		await expect(away.put('b'.repeat(64), new Uint8Array(1))).rejects.toThrow(
			/could not be reached to store a file \(ECONNREFUSED\)/
		);
	});

	test('takes over a disk store, copying only what it lacks', async () => {
		const disk = fileStore(join(folder, 'to-copy'));
		const target = s3Store(s3Options('copied'));
		const keys = await Promise.all(
			['one', 'two', 'three'].map(async (text) => (await storeFile(new TextEncoder().encode(text), disk)).key)
		);
		await target.put(keys[0]!, new TextEncoder().encode('one'));
		const copied: string[] = [];
		expect(await copyMediaStore(disk, target, (key) => copied.push(key))).toEqual({
			copied: 2,
			skipped: 1,
			bytes: 8
		});
		expect(copied.sort()).toEqual(keys.slice(1).sort());
		expect(new TextDecoder().decode((await readStoredFile(keys[2]!, target))!)).toBe('three');
		expect(await copyMediaStore(disk, target)).toEqual({ copied: 0, skipped: 3, bytes: 0 });
	});

	test('is the one MEDIA_STORE names', async () => {
		const store = mediaStoreFromEnv(s3.env('from-env'));
		expect(store.location).toBe(`s3://${s3.bucket}/from-env`);
		const { key } = await storeFile(new TextEncoder().encode('from the environment'), store);
		expect(await s3Store(s3Options('from-env')).stat(key)).toEqual({ size: 20 });
		expect(() => mediaStoreFromEnv({ MEDIA_STORE: `s3://${s3.bucket}` })).toThrow(/S3_ENDPOINT must be set/);
		expect(mediaStoreFromEnv({ MEDIA_DIR: folder }).location).toBe(`file:${folder}`);
	});
});
