// The database stops in the middle of reads and form posts, then comes back. Meanwhile the app
// answers 503 (it neither hangs nor crashes), it recovers by itself, and every post it confirmed
// is in the database afterwards.
import { createDb } from '@solidair/db';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contactPost, faultStack, pageGet, type Child } from './stack.ts';

const port = 3291;
const stack = faultStack(54381);
let database: Child;
let app: Child;

beforeAll(async () => {
	database = await stack.startDatabase(true);
	// Behind a "proxy" so each post may come from its own address (the contact form's rate limit);
	// the outbox sender runs too, and must live through the outage as well.
	app = await stack.startApp('wsm', port, { TRUST_PROXY: '1', OUTBOX: 'on' });
}, 120_000);

afterAll(() => stack.cleanUp(), 60_000);

type Outcome = {
	phase: string;
	kind: 'read' | 'post';
	status: number | 'timeout' | 'refused';
	marker?: string;
};

test('503 while the database is down, by itself again when it is back; no confirmed post lost', async () => {
	const outcomes: Outcome[] = [];
	let phase = 'before';
	let running = true;
	let sequence = 0;

	async function worker(id: number) {
		while (running) {
			const n = sequence++;
			const kind = n % 2 === 0 ? 'read' : 'post';
			const marker = `outage-${Date.now()}-${id}-${n}`;
			const at = phase;
			try {
				const signal = AbortSignal.timeout(8_000);
				const response =
					kind === 'read'
						? await pageGet(port, '/nl/nieuws', signal)
						: await contactPost(port, marker, `198.51.100.${n % 250}`, signal);
				await response.arrayBuffer();
				// A request that was in flight when the phase changed belongs to neither: under load it
				// may still be running when the database stops, and then a 503 is the right answer.
				outcomes.push({ phase: at === phase ? at : 'between', kind, status: response.status, marker });
			} catch (error) {
				const timedOut = (error as Error).name === 'TimeoutError';
				outcomes.push({ phase: at, kind, status: timedOut ? 'timeout' : 'refused', marker });
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}

	const workers = [0, 1, 2, 3].map((id) => worker(id));
	await new Promise((resolve) => setTimeout(resolve, 2_000));

	phase = 'outage';
	await database.stop();
	await new Promise((resolve) => setTimeout(resolve, 4_000));

	phase = 'restarting';
	database = await stack.startDatabase();
	// Give the pool one round of reconnecting, then measure.
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	phase = 'after';
	await new Promise((resolve) => setTimeout(resolve, 3_000));
	running = false;
	await Promise.all(workers);

	const of = (p: string) => outcomes.filter((o) => o.phase === p);
	// Never a hang or a dead server, in any phase.
	expect(outcomes.filter((o) => o.status === 'timeout' || o.status === 'refused')).toEqual([]);
	expect(app.process.exitCode).toBeNull();
	// Before and after: pages and confirmed posts (303 to the thank-you page).
	const ok = (o: Outcome) => (o.kind === 'read' ? o.status === 200 : o.status === 303);
	expect(of('before').length).toBeGreaterThan(4);
	expect(of('before').filter((o) => !ok(o))).toEqual([]);
	expect(of('after').length).toBeGreaterThan(4);
	expect(of('after').filter((o) => !ok(o))).toEqual([]);
	// While it is down: 503, for reads and posts alike.
	const during = of('outage');
	expect(during.filter((o) => o.status === 503).length).toBeGreaterThan(4);
	expect(during.filter((o) => o.status !== 503 && !ok(o))).toEqual([]);
	// Across a change (and while PostgreSQL restarts): an answer or a 503, nothing else.
	const crossing = [...of('between'), ...of('restarting')];
	expect(crossing.filter((o) => o.status !== 503 && !ok(o))).toEqual([]);
	expect((await pageGet(port, '/nl/nieuws')).status).toBe(200);

	// Every post the app confirmed is stored, with its e-mail notice (one transaction).
	const confirmed = outcomes.filter((o) => o.kind === 'post' && o.status === 303).map((o) => o.marker!);
	expect(confirmed.length).toBeGreaterThan(4);
	const db = createDb(stack.databaseUrl, { max: 1 });
	try {
		const stored = await db
			.selectFrom('contact_messages')
			.select('subject')
			.where('subject', 'in', confirmed)
			.execute();
		expect(stored.map((row) => row.subject).sort()).toEqual([...confirmed].sort());
		const notices = await db
			.selectFrom('outbox')
			.select('subject')
			.where('kind', '=', 'contact-notice')
			.execute();
		for (const marker of confirmed) expect(notices.some((n) => n.subject.includes(marker))).toBe(true);
	} finally {
		await db.destroy();
	}
}, 120_000);

test('the readiness probe says so while the database is down, and the app keeps running', async () => {
	await database.stop();
	const ready = await pageGet(port, '/readyz');
	expect(ready.status).toBe(503);
	expect((await pageGet(port, '/healthz')).status).toBe(200);
	const page = await pageGet(port, '/nl/nieuws');
	expect(page.status).toBe(503);
	expect(page.headers.get('retry-after')).toBe('5');
	// The error page is still a page, in Dutch, without a stack trace.
	const html = await page.text();
	expect(html).toContain('lang="nl"');
	expect(html).not.toMatch(/ECONNREFUSED|at .*\.js:\d+/);
	database = await stack.startDatabase();
	await expect.poll(async () => (await pageGet(port, '/readyz')).status, { timeout: 10_000 }).toBe(200);
}, 60_000);
