// SIGTERM in the middle of form posts: the server stops taking new connections, finishes what
// it started, closes its pool and exits 0. Whatever it confirmed is stored whole (the message and
// its e-mail notice, one transaction); nothing is stored twice or by halves.
import { createDb } from '@solidair/db';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contactPost, faultStack, type Child } from './stack.ts';

const port = 3292;
const stack = faultStack(54392);
let app: Child;

beforeAll(async () => {
	await stack.startDatabase(true);
	app = await stack.startApp('wsm', port, { TRUST_PROXY: '1' });
}, 120_000);

afterAll(() => stack.cleanUp());

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
