// The database command line: `node packages/db/src/cli.ts <command>` (root scripts db:*).
//   up       start the embedded server unless DATABASE_URL is set, migrate, seed when empty
//            (`--fresh`: empty it first, local servers only),
//            print the demo logins, and (embedded) keep the server running until SIGINT/SIGTERM
//   migrate  migrate to the latest schema
//   seed     add the seed content (idempotent)
//   reset    drop everything, migrate and seed (needs --yes; a non-local server also --force)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from './client.ts';
import { ConfigError, databaseTarget, isLocalUrl } from './config.ts';
import { startEmbedded, type EmbeddedServer } from './embedded.ts';
import { migrateToLatest } from './migrate.ts';
import { mediaStoreSettings } from './storage/settings.ts';
import { demoPassword, demoUsers, seed } from './seed/seed.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const [command = '', ...flags] = process.argv.slice(2);
const commands = ['up', 'migrate', 'seed', 'reset'];

function fail(message: string): never {
	console.error(`db ${command}: ${message}`);
	process.exit(2);
}

if (!commands.includes(command)) fail(`unknown command; use one of ${commands.join(', ')}`);

let target;
try {
	target = databaseTarget();
} catch (error) {
	fail(error instanceof ConfigError ? error.message : String(error));
}

// The seed stores its files: an incomplete MEDIA_STORE is refused before any row is written.
const media = mediaStoreSettings();
if (command !== 'migrate' && !media.ok) fail(media.problems.join('\n'));

// `up --fresh` starts from an empty database: end-to-end tests run on the seed and nothing else.
const fresh = command === 'up' && flags.includes('--fresh');

if (fresh && !isLocalUrl(target.url))
	fail(`--fresh would empty ${new URL(target.url).hostname}; it only works on this machine`);

if (command === 'reset') {
	if (!flags.includes('--yes')) fail('this deletes every row; run it again with --yes if you mean it');
	if (!isLocalUrl(target.url) && !flags.includes('--force')) {
		fail(
			`refusing to reset ${new URL(target.url).hostname}, which is not this machine; add --force to insist`
		);
	}
}

let server: EmbeddedServer | undefined;
if (target.embedded) {
	const dataDir = process.env.SOLIDAIR_DATA_DIR ?? join(root, '.data', 'postgres');
	const port = Number(new URL(target.url).port);
	console.log(`Starting the embedded PostgreSQL (data in ${dataDir}, port ${port})…`);
	server = await startEmbedded({ dataDir, port });
}

const db = createDb(target.url, { max: 2 });
let exitCode = 0;
try {
	if (command === 'reset' || fresh) {
		await db.schema.dropSchema('public').ifExists().cascade().execute();
		await db.schema.createSchema('public').execute();
	}
	if (command !== 'seed') {
		const results = await migrateToLatest(db);
		for (const r of results) console.log(`migrated: ${r.migrationName}`);
	}
	const empty =
		command === 'up' &&
		(await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst()) === undefined;
	if (command === 'seed' || command === 'reset' || empty) {
		const summary = await seed(db);
		console.log(
			`seeded: ${summary.organisations} organisations, ${summary.users} users, ${summary.entries} entries, ${summary.translations} translations`
		);
	}
	if (command === 'up') {
		console.log(`\nDemo logins (password: ${demoPassword}):`);
		for (const user of demoUsers) console.log(`  ${user.email.padEnd(30)} ${user.role}`);
		console.log(`\nready ${target.url}`);
	}
} catch (error) {
	console.error(`db ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
	exitCode = 1;
} finally {
	await db.destroy();
}

if (server && command === 'up' && exitCode === 0) {
	// Keep serving the apps until asked to stop, then shut PostgreSQL down cleanly.
	const stop = async () => {
		await server.stop();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	// Started by `npm start`: stop when it goes away, however it went.
	if (process.env.SOLIDAIR_STOP_WITH_STDIN === '1') {
		process.stdin.on('end', stop);
		process.stdin.resume();
	}
} else {
	await server?.stop();
	process.exit(exitCode);
}
