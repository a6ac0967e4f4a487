// Two instances of every built app behind nginx, on one PostgreSQL: what production looks like on
// several machines. Through the load balancer (round robin), a session, the login throttle, the
// form checks, the outbox, the digests, a publish and what the portal remembers of its members
// must behave as they do on one instance.
import { createDb } from '@solidair/db';
import { enqueueMail } from '@solidair/db/forms';
import { sql, type SqlBool } from 'kysely';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { editor, postForm, signIn, timedPublish, wsmNewsItem } from './publish.ts';
import { startCluster, type Cluster } from './stack.ts';

// Ports of this test alone: nginx on 3500, 3510, 3520, 3530, the instances on the ports after
// each; PostgreSQL on 54386 (see faults/stack.ts for the other tests' ports).
let cluster: Cluster;
let db: ReturnType<typeof createDb>;
let platformStarted = 0;

/** The members a digest goes to (see sendDueDigests): with a membership, a password, not disabled. */
const dueMembers = sql<SqlBool>`id in (select user_id from memberships) and password_hash is not null and disabled_at is null`;

beforeAll(async () => {
	cluster = await startCluster({
		dbPort: 54386,
		basePort: 3500,
		// Every portal member with a membership is due a digest covering the seed's whole history:
		// the two portal instances will both try to send it about 10 s after they start. Whole
		// seconds: the claim compares the value read back in JavaScript (milliseconds) with the
		// stored one, as the digests themselves write it.
		prepare: async (databaseUrl) => {
			const setup = createDb(databaseUrl, { max: 1 });
			await sql`update users set digest_frequency = 'weekly', last_digest_at = date_trunc('second', now()) - interval '2 years'
				where ${dueMembers}`.execute(setup);
			await setup.destroy();
		}
	});
	platformStarted = Date.now();
	db = createDb(cluster.databaseUrl, { max: 2 });
}, 120_000);

afterAll(async () => {
	await db?.destroy();
	await cluster?.stop();
}, 60_000);

/** The instance (host:port) that answered, as nginx says in its `x-upstream` header. */
const upstream = (response: Response) => response.headers.get('x-upstream') ?? '';
const addresses = (app: keyof Cluster['instances']) =>
	cluster.instances[app].map((instance) => `127.0.0.1:${instance.port}`).sort();

test('a session made on one instance works on the other', async () => {
	const cookie = await signIn(cluster.url.platform, 'karim.elamrani@abvv-fgtb.be', 'solidair-demo-2026');
	const answeredBy = new Set<string>();
	for (let i = 0; i < 6; i++) {
		const response = await fetch(`${cluster.url.platform}/nl/account`, {
			redirect: 'manual',
			headers: { cookie }
		});
		expect(response.status, `request ${i + 1} (${upstream(response)})`).toBe(200);
		expect(await response.text()).toContain('karim.elamrani@abvv-fgtb.be');
		answeredBy.add(upstream(response));
	}
	expect([...answeredBy].sort()).toEqual(addresses('platform'));
	// Without the cookie, the same page sends a visitor to the login.
	const anonymous = await fetch(`${cluster.url.platform}/nl/account`, { redirect: 'manual' });
	expect(anonymous.status).toBe(303);
});

test('what an instance remembers of a member is forgotten on both as soon as it changes: a new name, a sign-out', async () => {
	const email = 'karim.elamrani@abvv-fgtb.be';
	const cookie = await signIn(cluster.url.platform, email, 'solidair-demo-2026');
	const direct = cluster.instances.platform.map((instance) => `http://127.0.0.1:${instance.port}`);
	const members = (base: string) => fetch(`${base}/nl/members`, { redirect: 'manual', headers: { cookie } });
	// Each instance reads the session, roles and dashboard once, then answers from its memo.
	for (const base of direct) {
		for (let i = 0; i < 3; i++) expect((await members(base)).status, base).toBe(200);
	}
	// A change from elsewhere (another instance's form, an administrator): both pages show it at once.
	const name = `Karim ${Date.now()}`;
	await db.updateTable('users').set({ display_name: name }).where('email', '=', email).execute();
	for (const base of direct) {
		await expect
			.poll(async () => (await (await members(base)).text()).includes(name), { timeout: 1_000, interval: 20 })
			.toBe(true);
	}
	// Signing out, on whichever instance answers, ends the session on both within a second.
	const signedOut = await postForm(`${cluster.url.platform}/nl/logout`, [], cookie);
	expect(signedOut.status).toBe(303);
	for (const base of direct) {
		await expect.poll(async () => (await members(base)).status, { timeout: 1_000, interval: 20 }).toBe(303);
	}
});

test('failed logins spread over both instances lock the account on both', async () => {
	const login = (password: string) =>
		postForm(`${cluster.url.platform}/nl/login`, [
			['email', 'sophie.dubois@solidaris.be'],
			['password', password]
		]);
	const answeredBy = new Set<string>();
	// Four free failures, then the fifth locks the account for a while.
	for (let attempt = 1; attempt <= 5; attempt++) {
		const response = await login(`wrong-${attempt}`);
		expect(response.status, `attempt ${attempt}`).toBe(400);
		answeredBy.add(upstream(response));
	}
	expect([...answeredBy].sort()).toEqual(addresses('platform'));
	// The right password is turned away by whichever instance answers, twice (so by both).
	const lockedBy = new Set<string>();
	for (let attempt = 0; attempt < 2; attempt++) {
		const locked = await login('solidair-demo-2026');
		expect(locked.status).toBe(429);
		expect(await locked.text()).toMatch(/Te veel mislukte pogingen/);
		expect(locked.headers.get('set-cookie') ?? '').not.toContain('session=');
		lockedBy.add(upstream(locked));
	}
	expect([...lockedBy].sort()).toEqual(addresses('platform'));
});

test("a form post from the site's public address passes the origin check behind the proxy; another origin's does not", async () => {
	const contact = (origin: string) =>
		fetch(`${cluster.url.wsm}/nl/contact`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				name: 'Cluster test',
				email: 'cluster@example.org',
				subject: 'Twee servers',
				message: 'Een bericht via de load balancer.'
			})
		});
	for (let i = 0; i < 2; i++) {
		const sent = await contact(cluster.url.wsm);
		expect(sent.status, upstream(sent)).toBe(303);
		const forged = await contact('http://elsewhere.example');
		expect(forged.status, upstream(forged)).toBe(403);
	}
	const stored = await db
		.selectFrom('contact_messages')
		.select(sql<number>`count(*)::int`.as('n'))
		.where('email', '=', 'cluster@example.org')
		.executeTakeFirstOrThrow();
	expect(stored.n).toBe(2);
});

test('the outbox sends each mail once, from several instances at a time', async () => {
	const marker = `cluster-${Date.now()}`;
	for (let i = 0; i < 50; i++) {
		await enqueueMail(db, {
			to: `reader${i}@example.org`,
			subject: `${marker} ${i}`,
			text: 'Een bericht voor de test met twee servers.',
			kind: 'contact'
		});
	}
	const ids = (
		await db.selectFrom('outbox').select('id').where('subject', 'like', `${marker} %`).execute()
	).map((row) => String(row.id));
	expect(ids).toHaveLength(50);
	// Every instance sends every 5 s, 20 mails at most each time.
	await expect
		.poll(
			async () =>
				(
					await db
						.selectFrom('outbox')
						.select(sql<number>`count(*)::int`.as('n'))
						.where('subject', 'like', `${marker} %`)
						.where('sent_at', 'is not', null)
						.executeTakeFirstOrThrow()
				).n,
			{ timeout: 20_000, interval: 200 }
		)
		.toBe(50);
	const instances = Object.values(cluster.instances).flat();
	const senders = new Set<number>();
	for (const id of ids) {
		const printedBy = instances.filter((instance) => instance.output().includes(`--- outbox #${id} `));
		expect(printedBy.length, `mail #${id}`).toBe(1);
		senders.add(printedBy[0]!.port);
	}
	expect(senders.size).toBeGreaterThanOrEqual(2);
});

test('both portal instances run the digests, and each member gets one', async () => {
	const due = await db
		.selectFrom('users')
		.select(sql<number>`count(*)::int`.as('n'))
		.where(dueMembers)
		.executeTakeFirstOrThrow();
	expect(due.n).toBeGreaterThan(1);
	// The first round runs 10 s after an instance starts; each claims a member before sending.
	await expect
		.poll(
			async () =>
				(
					await db
						.selectFrom('users')
						.select(sql<number>`count(*)::int`.as('n'))
						.where(dueMembers)
						.where('last_digest_at', '<', sql<Date>`now() - interval '1 year'`)
						.executeTakeFirstOrThrow()
				).n,
			{ timeout: Math.max(5_000, platformStarted + 20_000 - Date.now()), interval: 250 }
		)
		.toBe(0);
	// Both rounds are over once both instances had time to finish theirs.
	await new Promise((resolve) => setTimeout(resolve, Math.max(1_000, platformStarted + 13_000 - Date.now())));
	const digests = await db
		.selectFrom('outbox')
		.select(['to_address', sql<number>`count(*)::int`.as('n')])
		.where('kind', '=', 'digest')
		.groupBy('to_address')
		.execute();
	expect(digests.length).toBeGreaterThan(0);
	for (const { to_address, n } of digests) expect(n, to_address).toBe(1);
}, 30_000);

test('a publish on the intranet shows on every instance of the site within a second', async () => {
	const cookie = await signIn(cluster.url.intranet, editor.email, editor.password);
	const entry = await wsmNewsItem(cluster.databaseUrl);
	const title = `${entry.title} (bijgewerkt ${Date.now()})`;
	const delay = await timedPublish(cluster, cookie, entry, title);
	expect(delay).toBeLessThan(1_000);
	// And through the load balancer, whichever instance answers.
	for (let i = 0; i < 2; i++) {
		const response = await fetch(`${cluster.url.wsm}${entry.path}`);
		expect(await response.text(), upstream(response)).toContain(title);
	}
}, 30_000);
