import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

const dateOid = 1082;

export interface DbOptions {
	/** Connections in the pool. */
	max?: number;
}

/** A typed Kysely handle on a PostgreSQL server, over a `pg` pool. */
export function createDb(url: string, options: DbOptions = {}): Kysely<Database> {
	const pool = new pg.Pool({
		connectionString: url,
		max: options.max ?? 10,
		connectionTimeoutMillis: 5_000,
		// Calendar dates stay `YYYY-MM-DD` strings: a Date would shift them by the time zone.
		types: {
			getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
				oid === dateOid
					? (value: string) => value
					: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
		}
	});
	// A client that loses its server must not crash the process: pg emits 'error' on idle clients
	// through the pool, and on a client in use (mid-query when PostgreSQL stops) on the client
	// itself. The query in flight rejects (the app answers 503), the broken client is discarded,
	// and the next query connects anew.
	pool.on('error', () => {});
	pool.on('connect', (client) => {
		client.on('error', () => {});
		prepareStatements(client);
	});
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Makes every query with parameters a named prepared statement on its connection, as postgres.js
 * and JDBC do: PostgreSQL then parses it once per connection and may keep its plan, instead of
 * planning it on every call. The portal dashboard's activity query spent 1.1 of its 2.6 ms in
 * planning (BENCHMARKS.md). A query without parameters (a migration's script, which may hold
 * several statements) goes as it is. PostgreSQL still plans anew while a kept plan would be worse
 * for the values given (`plan_cache_mode = auto`).
 */
function prepareStatements(client: pg.PoolClient): void {
	const query = client.query.bind(client) as (...args: unknown[]) => unknown;
	const prepared = new Set<string>();
	client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
		if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0)
			return query(text, values, callback);
		const name = statementName(text);
		// Each kept statement holds server memory for the connection's life: past the cap (queries
		// built with a varying number of parameters could make many), the rest go unnamed.
		if (!prepared.has(name)) {
			if (prepared.size >= maxPreparedPerConnection) return query(text, values, callback);
			prepared.add(name);
		}
		return query({ name, text, values }, callback);
	}) as typeof client.query;
}

const maxPreparedPerConnection = 500;

/** One name per query text, short enough for PostgreSQL's 63-byte identifiers. */
const statementName = (text: string) => `s${createHash('sha1').update(text).digest('base64url')}`;
