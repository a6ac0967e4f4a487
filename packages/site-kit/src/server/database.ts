import { createDb, databaseTarget, type Database } from '@solidair/db';
import type { Kysely } from 'kysely';

let instance: Kysely<Database> | undefined;

/**
 * The app's database handle, created on first use from DATABASE_URL (or the embedded server's
 * address). One pool per server process.
 */
export function database(): Kysely<Database> {
	instance ??= createDb(databaseTarget().url);
	return instance;
}
