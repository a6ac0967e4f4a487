import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { InvalidValue, MissingReference, SlugTaken, withDbErrors } from './errors.ts';
import { createTestDatabase, createTestSite, type TestDatabase } from './testing.ts';

describe.each(inject('databases'))('schema on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let entryId: string;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db, ['nl', 'fr']);
		({ id: entryId } = await t.db
			.insertInto('entries')
			.values({ site_id: 'wsm', type: 'news', source_locale: 'nl' })
			.returning('id')
			.executeTakeFirstOrThrow());
	});
	afterAll(() => t?.drop());

	test('migrating from empty creates every table, with the text-search configurations of each language', async () => {
		const tables = await sql<{ table_name: string }>`
			select table_name from information_schema.tables where table_schema = 'public'`.execute(t.db);
		const names = tables.rows.map((r) => r.table_name);
		for (const table of [
			'entries',
			'entry_translations',
			'sessions',
			'files',
			'file_versions',
			'outbox',
			'audit_log'
		]) {
			expect(names).toContain(table);
		}
		const configs = await sql<{ cfgname: string }>`select cfgname from pg_ts_config`.execute(t.db);
		expect(configs.rows.map((r) => r.cfgname)).toEqual(
			expect.arrayContaining(['dutch', 'french', 'english', 'spanish'])
		);
	});

	test('a slug is unique per site and locale, and a clash comes back as SlugTaken', async () => {
		const values = { entry_id: entryId, site_id: 'wsm', entry_type: 'news' as const, title: 'Een' };
		await t.db
			.insertInto('entry_translations')
			.values({ ...values, locale: 'nl', slug: 'waardig-werk' })
			.execute();
		// The same slug in another locale is fine.
		await t.db
			.insertInto('entry_translations')
			.values({ ...values, locale: 'fr', slug: 'waardig-werk' })
			.execute();
		const { id: other } = await t.db
			.insertInto('entries')
			.values({ site_id: 'wsm', type: 'news', source_locale: 'nl' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const clash = withDbErrors(() =>
			t.db
				.insertInto('entry_translations')
				.values({ ...values, entry_id: other, locale: 'nl', slug: 'waardig-werk' })
				.execute()
		);
		await expect(clash).rejects.toBeInstanceOf(SlugTaken);
		await expect(clash).rejects.toMatchObject({ slug: 'waardig-werk' });
	});

	test('check constraints refuse bad values as typed errors, never raw SQL text', async () => {
		const base = {
			entry_id: entryId,
			site_id: 'wsm',
			entry_type: 'news' as const,
			locale: 'nl' as const,
			title: 'x'
		};
		await expect(
			withDbErrors(() =>
				t.db
					.insertInto('entry_translations')
					.values({ ...base, slug: 'Not A Slug' })
					.execute()
			)
		).rejects.toBeInstanceOf(InvalidValue);
		// Scheduled without a publish time.
		await expect(
			withDbErrors(() =>
				t.db
					.insertInto('entry_translations')
					.values({ ...base, slug: 'gepland', status: 'scheduled' })
					.execute()
			)
		).rejects.toMatchObject({ constraint: 'entry_translations_publish_time' });
		// A translation whose site differs from its entry's breaks the composite foreign key.
		await expect(
			withDbErrors(() =>
				t.db
					.insertInto('entry_translations')
					.values({ ...base, site_id: 'fos', slug: 'elders', locale: 'en' })
					.execute()
			)
		).rejects.toBeInstanceOf(MissingReference);
		await expect(
			withDbErrors(() =>
				t.db
					.insertInto('event_details')
					.values({
						entry_id: entryId,
						starts_at: '2026-03-29T10:00:00+02:00',
						ends_at: '2026-03-29T09:00:00+02:00',
						place: 'Brussel'
					})
					.execute()
			)
		).rejects.toBeInstanceOf(InvalidValue);
	});

	test('a failed transaction leaves nothing behind', async () => {
		await expect(
			t.db.transaction().execute(async (tx) => {
				await tx
					.insertInto('contact_messages')
					.values({ site_id: 'wsm', name: 'A', email: 'a@b.be', message: 'Hallo', locale: 'nl' })
					.execute();
				await tx
					.insertInto('contact_messages')
					.values({ site_id: 'nope', name: 'B', email: 'b@b.be', message: 'Hallo', locale: 'nl' })
					.execute();
			})
		).rejects.toThrow();
		const { n } = await t.db
			.selectFrom('contact_messages')
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(n)).toBe(0);
	});

	test('a migration that fails leaves the schema as it was', async () => {
		const migrator = new Migrator({
			db: t.db,
			migrationTableName: 'test_migrations',
			migrationLockTableName: 'test_migrations_lock',
			provider: {
				getMigrations: async () => ({
					'2099-01-01-broken': {
						up: async (db) => {
							await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
							await sql`select * from a_table_that_does_not_exist`.execute(db);
						}
					}
				})
			}
		});
		const { error } = await migrator.migrateToLatest();
		expect(error).toBeDefined();
		const exists = await sql<{ t: string | null }>`select to_regclass('public.half_done')::text as t`.execute(
			t.db
		);
		expect(exists.rows[0]?.t).toBeNull();
	});
});
