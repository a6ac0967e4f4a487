// Starts what a benchmark measures: a fresh embedded PostgreSQL with the seed and built apps,
// each on its own port, all stopped (and their data removed) by `stop()`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverFlags } from '@solidair/tooling/ports';

export const root = fileURLToPath(new URL('..', import.meta.url));

export interface Stack {
	dataDir: string;
	/** Process ids of the app servers, by app name (for memory readings). */
	pids: Map<string, number>;
	/** The embedded PostgreSQL's data folder (its postmaster.pid names the server). */
	postgresDir: string;
	/** The Node process that started the embedded PostgreSQL and keeps it running. */
	launcherPid: number;
	/** Starts another process of the stack and waits until its output matches `ready`. */
	start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<void>;
	stop(): Promise<void>;
}

export async function startStack(
	apps: Array<{ name: string; port: number }>,
	dbPort = 54395
): Promise<Stack> {
	const children: ChildProcess[] = [];
	const dataDir = mkdtempSync(join(tmpdir(), 'bench-'));
	const media = join(dataDir, 'media');
	const pids = new Map<string, number>();
	const postgresDir = join(dataDir, 'pg');
	const start = (command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp) =>
		new Promise<void>((resolve, reject) => {
			const child = spawn(command, args, {
				cwd: root,
				env: { ...process.env, ...env },
				stdio: ['pipe', 'pipe', 'inherit']
			});
			children.push(child);
			const app = /^apps\/([a-z]+)\/server\.js$/.exec(args.at(-1) ?? '')?.[1];
			if (app && child.pid) pids.set(app, child.pid);
			let output = '';
			child.stdout!.on('data', (chunk: Buffer) => {
				output += chunk;
				if (ready.test(output)) resolve();
			});
			child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)));
		});
	const stop = async () => {
		for (const child of children.reverse()) child.kill('SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 1500));
		rmSync(dataDir, { recursive: true, force: true });
	};
	process.once('exit', () => children.forEach((child) => child.kill('SIGTERM')));
	await start(
		'node',
		['packages/db/src/cli.ts', 'up', '--fresh'],
		{ EMBEDDED_PG_PORT: String(dbPort), SOLIDAIR_DATA_DIR: postgresDir, MEDIA_DIR: media },
		/^ready /m
	);
	const launcherPid = children.at(-1)!.pid!;
	for (const app of apps) {
		await start(
			'node',
			[...serverFlags, `apps/${app.name}/server.js`],
			{
				DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${dbPort}/solidair`,
				PORT: String(app.port),
				HOST: '127.0.0.1',
				ORIGIN: `http://127.0.0.1:${app.port}`,
				OUTBOX: 'off',
				MEDIA_DIR: media,
				// No line per request: the output is kept (and searched) until the stack stops.
				LOG_REQUESTS: '0'
			},
			/Listening/
		);
	}
	return { dataDir, pids, postgresDir, launcherPid, start, stop };
}
