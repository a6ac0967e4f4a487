import { createDb, databaseTarget, type Database } from '@solidair/db';
import type { Kysely } from 'kysely';

let instance: Kysely<Database> | undefined;

/**
 * The app's database handle, created on first use from DATABASE_URL (or the embedded server's
 * address). One pool per server process.
 */
export function database(): Kysely<Database> {
	if (!instance) {
		instance = createDb(databaseTarget().url);
		// @solidair/server emits this on SIGTERM once requests are done, and waits for the pool.
		process.once('sveltekit:shutdown' as 'SIGTERM', () => {
			const tasks = ((globalThis as Record<symbol, Promise<unknown>[]>)[shutdownTasks] ??= []);
			tasks.push(instance!.destroy());
		});
	}
	return instance;
}

const shutdownTasks = Symbol.for('solidair.shutdownTasks');
