// The triggers of migration 0027: which changes tell the portal's instances to forget what their
// memo keeps (memo.ts). A second connection LISTENs as an instance does (`listenForNotifications`).
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Database } from './schema.ts';
import {
	createTestDatabase,
	createTestGroup,
	createTestOrganisation,
	createTestSite,
	createTestUser,
	listenForNotifications,
	type NotificationListener,
	type TestDatabase
} from './testing.ts';

describe.each(inject('databases'))('memo invalidation triggers on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let db: Kysely<Database>;
	let listener: NotificationListener;
	const notificationsOf = (change: () => Promise<unknown>) => listener.notificationsOf(change);
	let ana = '';
	let ben = '';
	let union = '';
	let water = '';

	const user = (...ids: string[]) => ({ tags: ids.map((id) => `user:${id}`).sort() });
	const portal = { tags: ['portal'] };

	async function session(userId: string): Promise<string> {
		const id = `s${Math.random().toString(36).slice(2)}`;
		await db
			.insertInto('sessions')
			.values({
				id,
				secret_hash: new Uint8Array(32),
				user_id: userId,
				expires_at: new Date(Date.now() + 3_600_000),
				ip: null,
				user_agent: null
			})
			.execute();
		return id;
	}

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		db = t.db;
		await createTestSite(db, ['nl', 'fr']);
		ana = await createTestUser(db, 'ana@test.example', 'Ana');
		ben = await createTestUser(db, 'ben@test.example', 'Ben');
		union = await createTestOrganisation(db, 'abvv');
		water = await createTestGroup(db, 'water');
		listener = await listenForNotifications(db, t.url, 'solidair_memo');
	});
	afterAll(async () => {
		await listener?.stop();
		await t?.drop();
	});

	test('a session’s use, second factor and end name its user; a new session names nobody', async () => {
		let id = '';
		expect(await notificationsOf(async () => (id = await session(ana)))).toEqual([]);
		const use = () =>
			db.updateTable('sessions').set({ last_used_at: new Date() }).where('id', '=', id).execute();
		expect(await notificationsOf(use)).toEqual([user(ana)]);
		const verify = () =>
			db.updateTable('sessions').set({ two_factor_verified: true }).where('id', '=', id).execute();
		expect(await notificationsOf(verify)).toEqual([user(ana)]);
		expect(await notificationsOf(() => db.deleteFrom('sessions').where('id', '=', id).execute())).toEqual([
			user(ana)
		]);
	});

	test('signing out everywhere names the user once, however many sessions went', async () => {
		await session(ben);
		await session(ben);
		const everywhere = () => db.deleteFrom('sessions').where('user_id', '=', ben).execute();
		expect(await notificationsOf(everywhere)).toEqual([user(ben)]);
	});

	test('a user’s account names them; their name also names what others see of them', async () => {
		const visit = () =>
			db.updateTable('users').set({ last_seen_at: new Date() }).where('id', '=', ana).execute();
		expect(await notificationsOf(visit)).toEqual([user(ana)]);
		const disable = () =>
			db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', ben).execute();
		expect(await notificationsOf(disable)).toEqual([user(ben)]);
		const rename = () =>
			db.updateTable('users').set({ display_name: 'Ana M.' }).where('id', '=', ana).execute();
		expect(await notificationsOf(rename)).toEqual(expect.arrayContaining([user(ana), portal]));
		expect(await notificationsOf(rename)).toHaveLength(2);
	});

	test('roles, groups, site roles and 2FA name their user', async () => {
		const join = () =>
			db.insertInto('memberships').values({ user_id: ana, organisation_id: union, role: 'member' }).execute();
		expect(await notificationsOf(join)).toEqual([user(ana)]);
		const promote = () =>
			db.updateTable('memberships').set({ role: 'admin' }).where('user_id', '=', ana).execute();
		expect(await notificationsOf(promote)).toEqual([user(ana)]);
		const group = () =>
			db.insertInto('working_group_members').values({ group_id: water, user_id: ben }).execute();
		expect(await notificationsOf(group)).toEqual([user(ben)]);
		const editor = () => db.insertInto('site_editors').values({ user_id: ben, site_id: 'wsm' }).execute();
		expect(await notificationsOf(editor)).toEqual([user(ben)]);
		const reviewer = () => db.insertInto('site_reviewers').values({ user_id: ana, site_id: 'wsm' }).execute();
		expect(await notificationsOf(reviewer)).toEqual([user(ana)]);
		const totp = () =>
			db
				.insertInto('totp_credentials')
				.values({ user_id: ana, secret: new Uint8Array(20), enabled_at: new Date(), last_used_step: null })
				.execute();
		expect(await notificationsOf(totp)).toEqual([user(ana)]);
		const leave = () => db.deleteFrom('memberships').where('user_id', '=', ana).execute();
		expect(await notificationsOf(leave)).toEqual([user(ana)]);
	});

	test('posts, threads, files, meetings and groups say `portal`', async () => {
		let thread = '';
		const open = async () => {
			({ id: thread } = await db
				.insertInto('threads')
				.values({ group_id: water, title: 'Droogte', created_by: ben })
				.returning('id')
				.executeTakeFirstOrThrow());
		};
		expect(await notificationsOf(open)).toEqual([portal]);
		const reply = () =>
			db.insertInto('posts').values({ thread_id: thread, author_id: ben, body: 'Ja.' }).execute();
		expect(await notificationsOf(reply)).toEqual([portal]);
		const meeting = () =>
			db
				.insertInto('platform_events')
				.values({
					group_id: water,
					title: 'Vergadering',
					starts_at: new Date(Date.now() + 86_400_000),
					ends_at: new Date(Date.now() + 90_000_000),
					created_by: ben
				})
				.execute();
		expect(await notificationsOf(meeting)).toEqual([portal]);
		const rename = () =>
			db.updateTable('working_groups').set({ name: 'Water en sanitatie' }).where('id', '=', water).execute();
		expect(await notificationsOf(rename)).toEqual([portal]);
	});

	test('a rolled-back change says nothing', async () => {
		const rolledBack = () =>
			db
				.transaction()
				.execute(async (tx) => {
					await tx.updateTable('users').set({ display_name: 'Niemand' }).where('id', '=', ana).execute();
					throw new Error('changed my mind');
				})
				.catch(() => {});
		expect(await notificationsOf(rolledBack)).toEqual([]);
	});

	test('a change to more users than one payload holds says everything', async () => {
		const many = await Promise.all(
			Array.from({ length: 200 }, (_, i) => createTestUser(db, `lid${i}@test.example`, `Lid ${i}`))
		);
		const everyone = () => db.updateTable('users').set({ locale: 'fr' }).where('id', 'in', many).execute();
		expect(await notificationsOf(everyone)).toEqual([{ all: true }]);
	});
});
