// The estate on S3 end to end: the seed stores its pictures through MEDIA_STORE in a local S3
// service (nothing lands on disk), and the built WSM site serves them from there, with the key as
// ETag, a 304 and a byte range; a member's upload on the built portal goes into the bucket and
// comes back from it. A site told to use S3 without its endpoint refuses to start.
import { existsSync } from 'node:fs';
import { createDb } from '@solidair/db';
import { mediaStoreFromEnv } from '@solidair/db/storage';
import { startLocalS3, type LocalS3 } from '@solidair/db/testing/s3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { faultStack, joinFirstGroup, platformLogin } from './stack.ts';

const port = 3296;
const stack = faultStack(54385);
const origin = `http://127.0.0.1:${port}`;
let s3: LocalS3;

beforeAll(async () => {
	s3 = await startLocalS3();
	await stack.startDatabase(true, s3.env('media'));
	await stack.startApp('wsm', port, { ...s3.env('media'), MEDIA_DIR: '/nonexistent/solidair-media' });
}, 180_000);

afterAll(async () => {
	await stack.cleanUp();
	await s3?.stop();
}, 60_000);

test('the seeded pictures are in the bucket, not on disk, and the site serves them from there', async () => {
	expect(existsSync(stack.mediaDir)).toBe(false);
	const home = await (await fetch(`${origin}/nl`)).text();
	const path = /\/media\/[0-9a-f-]{36}\/\d+w-[0-9a-f]{12}\.jpg/.exec(home)?.[0];
	expect(path, 'the home shows a picture').toBeDefined();

	const picture = await fetch(`${origin}${path}`);
	expect(picture.status).toBe(200);
	expect(picture.headers.get('content-type')).toBe('image/jpeg');
	expect(picture.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	const etag = picture.headers.get('etag')!;
	// The copy's key, of which the file name carries the first twelve digits.
	expect(etag).toMatch(new RegExp(`^"${path!.slice(-16, -4)}[0-9a-f]{52}"$`));
	const bytes = new Uint8Array(await picture.arrayBuffer());
	expect(bytes.byteLength).toBe(Number(picture.headers.get('content-length')));
	expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

	const again = await fetch(`${origin}${path}`, { headers: { 'if-none-match': etag } });
	expect(again.status).toBe(304);

	const part = await fetch(`${origin}${path}`, { headers: { range: 'bytes=0-99' } });
	expect(part.status).toBe(206);
	expect(part.headers.get('content-range')).toBe(`bytes 0-99/${bytes.byteLength}`);
	expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(0, 100));
});

test('a member’s upload on the portal is stored in the bucket and downloaded from it', async () => {
	const portalPort = port + 2;
	const portal = `http://127.0.0.1:${portalPort}`;
	await stack.startApp('platform', portalPort, {
		...s3.env('media'),
		MEDIA_DIR: '/nonexistent/solidair-media'
	});
	const cookie = await platformLogin(portalPort);
	const group = await joinFirstGroup(stack.databaseUrl);
	const title = `Jaarverslag ${Date.now()}`;
	const pdf = `%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n% ${title}\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
	const form = new FormData();
	form.set('title', title);
	form.set('scope', `group:${group}`);
	form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'jaarverslag.pdf');
	const upload = await fetch(`${portal}/nl/files?/upload`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: portal, accept: 'text/html', cookie },
		body: form
	});
	expect(upload.status).toBe(303);

	const db = createDb(stack.databaseUrl, { max: 1 });
	try {
		const file = await db
			.selectFrom('files as f')
			.innerJoin('file_versions as v', 'v.file_id', 'f.id')
			.select(['f.id', 'v.storage_key'])
			.where('f.title', '=', title)
			.executeTakeFirstOrThrow();
		// In the bucket, under the key the database names, byte for byte; still nothing on disk.
		const stored = await mediaStoreFromEnv(s3.env('media')).get(file.storage_key);
		expect(stored, 'the upload is in the bucket').not.toBeNull();
		expect(await new Response(stored!.body).text()).toBe(pdf);
		expect(existsSync(stack.mediaDir)).toBe(false);
		// And the member downloads it from there.
		const download = await fetch(`${portal}/nl/files/${file.id}/v/1`, { headers: { cookie } });
		expect(download.status).toBe(200);
		expect(await download.text()).toBe(pdf);
	} finally {
		await db.destroy();
	}
});

test('MEDIA_STORE=s3://… without its endpoint and key pair: the server says what to set and stops', async () => {
	const started = stack.startApp('wsm', port + 1, { MEDIA_STORE: `s3://${s3.bucket}` });
	await expect(started).rejects.toThrow(/S3_ENDPOINT must be set when MEDIA_STORE is s3:\/\//);
	await expect(started).rejects.toThrow(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set/);
});
