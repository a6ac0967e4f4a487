// The invalidation listener against a real PostgreSQL: what another connection commits reaches the
// cache; a killed connection clears it and comes back; a scheduled text drops its pages on time.
// The cache is a recording fake (the page cache is not under test here); the database is real.
import { type Database } from '@solidair/db';
import { createTestDatabase, createTestSite, type TestDatabase } from '@solidair/db/testing';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { startInvalidationListener } from './invalidation.ts';
import type { LogLevel } from './log.ts';
import type { PageCache } from './page-cache.ts';

type Call = { at: number } & ({ clear: true } | { invalidate: string[] });

class RecordingCache implements PageCache {
	calls: Call[] = [];
	invalidate(tags: Iterable<string>): void {
		this.calls.push({ at: Date.now(), invalidate: [...tags].sort() });
	}
	clear(): void {
		this.calls.push({ at: Date.now(), clear: true });
	}
}

const clears = (calls: Call[]) => calls.filter((call) => 'clear' in call).length;
const invalidated = (calls: Call[], tag: string) =>
	calls.filter((call) => 'invalidate' in call && call.invalidate.includes(tag));

describe.each(inject('databases'))('the cache invalidation listener on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let db: Kysely<Database>;
	const cache = new RecordingCache();
	const lines: Array<{ level: LogLevel; msg: string }> = [];
	let listening = 0;
	let stop: () => Promise<void> = async () => {};

	async function news(
		status: 'draft' | 'published',
		type: 'news' | 'event' = 'news'
	): Promise<{ id: string; translationId: string }> {
		const { id } = await db
			.insertInto('entries')
			.values({ site_id: 'wsm', type, source_locale: 'nl' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const translation = await db
			.insertInto('entry_translations')
			.values({
				entry_id: id,
				site_id: 'wsm',
				entry_type: type,
				locale: 'nl',
				slug: `nieuws-${id.slice(0, 8)}`,
				title: 'Nieuws',
				status,
				published_at: status === 'published' ? new Date('2026-11-01T09:00:00Z') : null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		return { id, translationId: translation.id };
	}

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		db = t.db;
		await createTestSite(db, ['nl', 'fr']);
		stop = startInvalidationListener({
			cache,
			connectionString: t.url,
			log: (line, level) => lines.push({ level, msg: (JSON.parse(line) as { msg: string }).msg }),
			retryDelay: { first: 50, max: 400 },
			onListening: () => listening++
		});
		await vi.waitFor(() => expect(listening).toBe(1), { timeout: 10_000 });
	});
	afterAll(async () => {
		await stop();
		await t?.drop();
	});

	test('it clears the cache once listening: pages cached before may be stale', () => {
		expect(clears(cache.calls)).toBe(1);
	});

	test('a publish committed on another connection drops that entry’s pages and its lists', async () => {
		const { id, translationId } = await news('draft');
		cache.calls = [];
		await db
			.updateTable('entry_translations')
			.set({ status: 'published', published_at: new Date('2026-11-02T09:00:00Z') })
			.where('id', '=', translationId)
			.execute();
		await vi.waitFor(() => expect(invalidated(cache.calls, `entry:${id}`)).toHaveLength(1));
		expect(cache.calls).toEqual([{ at: expect.any(Number), invalidate: [`entry:${id}`, 'lists:wsm'] }]);
		// "Every page" clears, and so does anything the triggers would never send.
		await sql`select pg_notify('solidair_cache', '{"all":true}')`.execute(db);
		await sql`select pg_notify('solidair_cache', 'garbage')`.execute(db);
		await vi.waitFor(() => expect(clears(cache.calls)).toBe(2));
	});

	test('a killed connection clears the cache at once, reconnects, clears again and hears again', async () => {
		cache.calls = [];
		lines.length = 0;
		const { rows } = await sql<{ killed: boolean }>`
			select pg_terminate_backend(pid) as killed from pg_stat_activity
			where application_name = 'solidair page cache' and datname = current_database()`.execute(db);
		expect(rows).toEqual([{ killed: true }]);
		await vi.waitFor(() => expect(listening).toBe(2), { timeout: 10_000 });
		expect(clears(cache.calls)).toBeGreaterThanOrEqual(2);
		expect(lines).toContainEqual({
			level: 'warn',
			msg: 'Page cache invalidation connection lost; cleared the page cache, reconnecting'
		});

		const { id } = await news('published');
		await vi.waitFor(() => expect(invalidated(cache.calls, `entry:${id}`)).toHaveLength(1));
	});

	test('a text scheduled two seconds ahead drops its pages within a second of its time', async () => {
		const { id, translationId } = await news('draft');
		const { publishedAt } = await db
			.updateTable('entry_translations')
			.set({ status: 'scheduled', published_at: sql`now() + interval '2 seconds'` })
			.where('id', '=', translationId)
			.returning('published_at as publishedAt')
			.executeTakeFirstOrThrow();
		const due = publishedAt!.getTime();
		// Within a minute of its time, the change itself already named the entry; then the timer does.
		await vi.waitFor(
			() => expect(invalidated(cache.calls, `entry:${id}`).at(-1)!.at).toBeGreaterThanOrEqual(due),
			{
				timeout: 5_000,
				interval: 50
			}
		);
		const fired = invalidated(cache.calls, `entry:${id}`).at(-1)!;
		expect(fired).toMatchObject({ invalidate: [`entry:${id}`, 'lists:wsm'] });
		expect(fired.at - due).toBeLessThan(1_000);
	});

	test('an event that ends drops its pages on time: the agenda and the home change with the clock', async () => {
		const { id } = await news('published', 'event');
		const { endsAt } = await db
			.insertInto('event_details')
			.values({
				entry_id: id,
				starts_at: sql`now() - interval '1 hour'`,
				ends_at: sql`now() + interval '2 seconds'`,
				place: 'Brussel'
			})
			.returning('ends_at as endsAt')
			.executeTakeFirstOrThrow();
		const due = endsAt.getTime();
		await vi.waitFor(
			() => expect(invalidated(cache.calls, `entry:${id}`).at(-1)?.at).toBeGreaterThanOrEqual(due),
			{ timeout: 5_000, interval: 50 }
		);
		expect(invalidated(cache.calls, `entry:${id}`).at(-1)!.at - due).toBeLessThan(1_000);
	});

	test('once stopped, it no longer reconnects nor touches the cache', async () => {
		await stop();
		cache.calls = [];
		await news('published');
		await sql`select pg_terminate_backend(pid) from pg_stat_activity
			where application_name = 'solidair page cache' and datname = current_database()`.execute(db);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(cache.calls).toEqual([]);
		const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
			where application_name = 'solidair page cache' and datname = current_database()`.execute(db);
		expect(rows[0]?.n).toBe(0);
	});
});
