// A small real stack for fault tests: an embedded PostgreSQL that can be stopped and started
// again on the same data, and a built app server, each a child process of the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverFlags } from '@solidair/tooling/ports';
import { createDb } from '@solidair/db';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface Child {
	process: ChildProcess;
	/** Everything it printed so far. */
	output(): string;
	/** SIGTERM, then its exit code. */
	stop(): Promise<number | null>;
}

function startChild(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<Child> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		let started = false;
		const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
		const onData = (chunk: Buffer) => {
			output += chunk;
			if (!started && ready.test(output)) {
				started = true;
				resolve({
					process: child,
					output: () => output,
					stop: async () => {
						if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
						return exited;
					}
				});
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		void exited.then((code) => {
			if (!started)
				reject(new Error(`${args.join(' ')} exited with ${code} before it was ready:\n${output}`));
		});
	});
}

export interface FaultStack {
	databaseUrl: string;
	mediaDir: string;
	/** Starts (or restarts) PostgreSQL on the same data; `fresh` empties and seeds it first (`env`: the seed's media store). */
	startDatabase(fresh?: boolean, env?: NodeJS.ProcessEnv): Promise<Child>;
	startApp(app: string, port: number, env?: NodeJS.ProcessEnv): Promise<Child>;
	/** Stops every process (apps first, then PostgreSQL, gracefully) and removes the data. */
	cleanUp(): Promise<void>;
}

/**
 * One stack per test file, on its own PostgreSQL port: 54381–54389 are the fault tests' (the
 * cluster test's is 54386; the db tests run at the same time on 54391–54392, the e2e suite on
 * 54330, benchmarks on 54394–54399).
 */
export function faultStack(dbPort: number): FaultStack {
	const dataDir = mkdtempSync(join(tmpdir(), 'solidair-faults-'));
	const mediaDir = join(dataDir, 'media');
	const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${dbPort}/solidair`;
	const children: Child[] = [];
	const track = (child: Child) => {
		children.push(child);
		return child;
	};
	return {
		databaseUrl,
		mediaDir,
		startDatabase: async (fresh = false, env = {}) => {
			const start = () =>
				startChild(
					['packages/db/src/cli.ts', 'up', ...(fresh ? ['--fresh'] : [])],
					{
						EMBEDDED_PG_PORT: String(dbPort),
						SOLIDAIR_DATA_DIR: join(dataDir, 'pg'),
						MEDIA_DIR: mediaDir,
						...env
					},
					/^ready /m
				);
			// These ports lie in the system's range for outgoing connections, so one may hold the port
			// for a moment (seen once in a bare clone): PostgreSQL then refuses to bind. Try again.
			for (let attempt = 1; ; attempt++) {
				try {
					return track(await start());
				} catch (error) {
					if (attempt === 5 || !String(error).includes('Address already in use')) throw error;
					await new Promise((resolve) => setTimeout(resolve, 1_000));
				}
			}
		},
		startApp: async (app, port, env = {}) =>
			track(
				await startChild(
					[...serverFlags, `apps/${app}/server.js`],
					{
						DATABASE_URL: databaseUrl,
						PORT: String(port),
						HOST: '127.0.0.1',
						ORIGIN: `http://127.0.0.1:${port}`,
						OUTBOX: 'off',
						MEDIA_DIR: mediaDir,
						LOG_REQUESTS: '0',
						// Every request reaches the database: no page is answered from the page cache.
						PAGE_CACHE_MB: '0',
						...env
					},
					/Listening/
				)
			),
		cleanUp: async () => {
			// SIGTERM, not SIGKILL: the database command stops its PostgreSQL (a grandchild) on it.
			for (const child of children.reverse()) {
				const stopped = child.stop();
				const timer = setTimeout(() => child.process.kill('SIGKILL'), 15_000);
				await stopped;
				clearTimeout(timer);
			}
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** A contact form post as a visitor behind our trusted proxy at `address` would send it. */
export function contactPost(port: number, marker: string, address: string, signal?: AbortSignal) {
	const origin = `http://127.0.0.1:${port}`;
	return fetch(`${origin}/nl/contact`, {
		method: 'POST',
		redirect: 'manual',
		signal,
		headers: {
			origin,
			// A browser's post of the form (not SvelteKit's enhanced fetch, which gets JSON back).
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': address,
			'x-forwarded-proto': 'http',
			'x-forwarded-host': `127.0.0.1:${port}`
		},
		body: new URLSearchParams({
			name: 'Fault test',
			email: 'fault@example.org',
			subject: marker,
			message: `Message ${marker}`
		})
	});
}

/** A page as a visitor behind our trusted proxy would ask for it. */
export function pageGet(port: number, path: string, signal?: AbortSignal) {
	return fetch(`http://127.0.0.1:${port}${path}`, {
		redirect: 'manual',
		signal,
		headers: {
			'x-forwarded-proto': 'http',
			'x-forwarded-host': `127.0.0.1:${port}`,
			'x-forwarded-for': '192.0.2.1'
		}
	});
}

/** Logs a demo member in to a platform instance; returns the session cookie. */
export async function platformLogin(port: number, email = 'karim.elamrani@abvv-fgtb.be'): Promise<string> {
	const origin = `http://127.0.0.1:${port}`;
	const response = await fetch(`${origin}/nl/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: 'solidair-demo-2026' })
	});
	const cookie = /session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
	if (response.status !== 303 || !cookie) throw new Error(`login of ${email} failed: ${response.status}`);
	return cookie;
}

/** Makes a demo member join the first working group (by slug) and returns the group's id. */
export async function joinFirstGroup(
	databaseUrl: string,
	email = 'karim.elamrani@abvv-fgtb.be'
): Promise<string> {
	const db = createDb(databaseUrl, { max: 1 });
	try {
		const user = await db
			.selectFrom('users')
			.select('id')
			.where('email', '=', email)
			.executeTakeFirstOrThrow();
		const group = await db
			.selectFrom('working_groups')
			.select('id')
			.orderBy('slug')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('working_group_members')
			.values({ group_id: group.id, user_id: user.id })
			.onConflict((oc) => oc.doNothing())
			.execute();
		return group.id;
	} finally {
		await db.destroy();
	}
}
