// SIGTERM in the middle of form posts: the server stops taking new connections, finishes what
// it started, closes its pool and exits 0. Whatever it confirmed is stored whole (the message and
// its e-mail notice, one transaction); nothing is stored twice or by halves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDb } from '@solidair/db';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contactPost, faultStack, joinFirstGroup, platformLogin, type Child } from './stack.ts';

const port = 3292;
const stack = faultStack(54382);
let app: Child;

beforeAll(async () => {
	await stack.startDatabase(true);
	app = await stack.startApp('wsm', port, { TRUST_PROXY: '1' });
}, 120_000);

afterAll(() => stack.cleanUp(), 60_000);

test('posts in flight at SIGTERM are finished and stored whole; the server exits 0', async () => {
	const run = `shutdown-${Date.now()}`;
	const posts = Array.from({ length: 40 }, async (_, n) => {
		// Spread over about half a second, so SIGTERM lands in the middle of them.
		await new Promise((resolve) => setTimeout(resolve, n * 12));
		const marker = `${run}-${n}`;
		try {
			const response = await contactPost(port, marker, `203.0.113.${n}`, AbortSignal.timeout(10_000));
			await response.arrayBuffer();
			return { marker, status: response.status as number | 'refused' };
		} catch {
			return { marker, status: 'refused' as const };
		}
	});
	await new Promise((resolve) => setTimeout(resolve, 200));
	const exited = app.stop();
	const outcomes = await Promise.all(posts);
	expect(await exited).toBe(0);

	const confirmed = outcomes.filter((o) => o.status === 303).map((o) => o.marker);
	// Some were confirmed before the signal; the rest found the door closed, none got an error page.
	expect(confirmed.length).toBeGreaterThan(0);
	expect(outcomes.filter((o) => o.status !== 303 && o.status !== 'refused')).toEqual([]);

	const db = createDb(stack.databaseUrl, { max: 1 });
	try {
		const stored = await db
			.selectFrom('contact_messages')
			.select('subject')
			.where('subject', 'like', `${run}-%`)
			.execute();
		const storedMarkers = stored.map((row) => row.subject);
		// Every confirmed post is there, once.
		for (const marker of confirmed) expect(storedMarkers.filter((m) => m === marker)).toHaveLength(1);
		// And nothing half: each stored message has its notice in the outbox, and no notice is orphaned.
		const notices = await db
			.selectFrom('outbox')
			.select('subject')
			.where('subject', 'like', `%${run}-%`)
			.execute();
		expect(notices).toHaveLength(stored.length);
		for (const marker of storedMarkers) expect(notices.some((n) => n.subject.includes(marker))).toBe(true);
	} finally {
		await db.destroy();
	}
}, 60_000);

test('an upload still arriving at SIGTERM is received, stored whole and confirmed; no partial file', async () => {
	const platformPort = 3296;
	const platform = await stack.startApp('platform', platformPort);
	const origin = `http://127.0.0.1:${platformPort}`;
	const cookie = await platformLogin(platformPort);
	const db = createDb(stack.databaseUrl, { max: 1 });
	try {
		const group = { id: await joinFirstGroup(stack.databaseUrl) };

		// A 2 MB PDF sent in slices over about a second and a half: SIGTERM arrives mid-body.
		const title = `Jaarplan ${Date.now()}`;
		const boundary = `----fault${Date.now()}`;
		const pdf = Buffer.concat([
			Buffer.from(`%PDF-1.4\n% ${title}\n`),
			Buffer.alloc(2 * 1024 * 1024, 0x20),
			Buffer.from('\ntrailer <<>>\n%%EOF\n')
		]);
		const part = (name: string, value: string) =>
			`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
		const body = Buffer.concat([
			Buffer.from(part('title', title) + part('scope', `group:${group.id}`)),
			Buffer.from(
				`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="jaarplan.pdf"\r\ncontent-type: application/pdf\r\n\r\n`
			),
			pdf,
			Buffer.from(`\r\n--${boundary}--\r\n`)
		]);
		const slices = 16;
		const stream = new ReadableStream<Uint8Array>({
			async start(controller) {
				for (let i = 0; i < slices; i++) {
					controller.enqueue(body.subarray((i * body.length) / slices, ((i + 1) * body.length) / slices));
					await new Promise((resolve) => setTimeout(resolve, 100));
				}
				controller.close();
			}
		});
		const upload = fetch(`${origin}/nl/files?/upload`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin,
				cookie,
				accept: 'text/html',
				'content-type': `multipart/form-data; boundary=${boundary}`,
				'content-length': String(body.length)
			},
			body: stream,
			duplex: 'half'
		} as RequestInit);
		await new Promise((resolve) => setTimeout(resolve, 500));
		const exited = platform.stop();
		const response = await upload;
		expect(response.status).toBe(303);
		expect(await exited).toBe(0);

		const file = await db
			.selectFrom('files as f')
			.innerJoin('file_versions as v', 'v.file_id', 'f.id')
			.select(['v.storage_key', 'v.byte_size'])
			.where('f.title', '=', title)
			.executeTakeFirstOrThrow();
		expect(Number(file.byte_size)).toBe(pdf.length);
		const stored = readFileSync(join(stack.mediaDir, file.storage_key.slice(0, 2), file.storage_key));
		expect(stored.equals(pdf)).toBe(true);
		// No temporary file left behind.
		expect(readdirSync(stack.mediaDir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
	} finally {
		await db.destroy();
	}
}, 60_000);
