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
		onShutdown(() => instance!.destroy());
	}
	return instance;
}

const shutdownTasks = Symbol.for('solidair.shutdownTasks');

/**
 * Runs `task` when the server stops: @solidair/server emits `sveltekit:shutdown` on SIGTERM once
 * requests are done, and waits for the tasks (a pool to close, a listener to end).
 */
export function onShutdown(task: () => Promise<unknown>): void {
	process.once('sveltekit:shutdown' as 'SIGTERM', () => {
		const tasks = ((globalThis as Record<symbol, Promise<unknown>[]>)[shutdownTasks] ??= []);
		tasks.push(task());
	});
}
