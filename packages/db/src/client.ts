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
	pool.on('connect', (client) => client.on('error', () => {}));
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
