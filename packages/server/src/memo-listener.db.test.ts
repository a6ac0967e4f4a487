// The portal's memo (`@solidair/db/memo`) kept fresh by the invalidation listener on its own
// channel, against a real PostgreSQL with migration 0027's triggers: a change committed on another
// connection makes it read afresh; while its connection is lost it answers nothing from memory.
import { type Database } from '@solidair/db';
import { createMemo } from '@solidair/db/memo';
import { createTestDatabase, createTestUser, type TestDatabase } from '@solidair/db/testing';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { startInvalidationListener } from './invalidation.ts';

describe.each(inject('databases'))('the memo and its listener on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let db: Kysely<Database>;
	const memo = createMemo();
	const heard: boolean[] = [];
	let listening = 0;
	let stop: () => Promise<void> = async () => {};
	let ana = '';
	let reads = 0;

	/** Ana's name as the portal would read it: from the memo when it may, counting database reads. */
	const name = () =>
		memo.get(
			`user:${ana}:name`,
			async () => {
				reads++;
				const row = await db
					.selectFrom('users')
					.select('display_name')
					.where('id', '=', ana)
					.executeTakeFirst();
				return row?.display_name;
			},
			(found) => (found ? [`user:${ana}`] : undefined)
		);

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		db = t.db;
		ana = await createTestUser(db, 'ana@test.example', 'Ana');
		stop = startInvalidationListener({
			cache: {
				invalidate: (tags) => memo.invalidate(tags),
				clear: () => memo.clear(),
				listening: (on) => {
					heard.push(on);
					memo.listening(on);
				}
			},
			name: 'memo',
			channel: 'solidair_memo',
			connectionString: t.url,
			log: () => {},
			retryDelay: { first: 50, max: 400 },
			onListening: () => listening++
		});
		await vi.waitFor(() => expect(listening).toBe(1), { timeout: 10_000 });
	});
	afterAll(async () => {
		await stop();
		await t?.drop();
	});

	test('once listening, a second read comes from memory', async () => {
		reads = 0;
		expect(await name()).toBe('Ana');
		expect(await name()).toBe('Ana');
		expect(reads).toBe(1);
	});

	test('a change committed on another connection is read afresh as soon as it is announced', async () => {
		await name();
		await db.updateTable('users').set({ display_name: 'Ana M.' }).where('id', '=', ana).execute();
		await vi.waitFor(async () => expect(await name()).toBe('Ana M.'), { timeout: 2_000, interval: 10 });
	});

	test('a lost connection stops answers from memory until listening again, then they resume', async () => {
		heard.length = 0;
		await sql`
			select pg_terminate_backend(pid) from pg_stat_activity
			where application_name = 'solidair memo' and datname = current_database()`.execute(db);
		await vi.waitFor(() => expect(listening).toBe(2), { timeout: 10_000 });
		expect(heard).toEqual([false, true]);
		reads = 0;
		await name();
		await name();
		expect(reads).toBe(1);
	});

	test('once stopped, nothing is answered from memory', async () => {
		await stop();
		stop = async () => {};
		reads = 0;
		await name();
		await name();
		expect(reads).toBe(2);
	});
});
