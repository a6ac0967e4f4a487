// `npm start`: build what is missing, then run the four apps and Storybook until Ctrl-C.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { apps, bold, buildAll, ports, red, root, serverFlags } from './lib.mjs';
import { serveStatic } from './serve-static.mjs';

const host = process.env.HOST ?? '127.0.0.1';

if ((await buildAll()) !== 0) {
	console.error(red('The build failed; nothing was started.'));
	process.exit(1);
}

// The database first: embedded (unless DATABASE_URL is set), migrated, seeded when empty.
const databaseProcess = spawn('node', [join(root, 'packages', 'db', 'src', 'cli.ts'), 'up'], {
	cwd: root,
	// Its stdin is our pipe: if this script dies, the pipe closes and the database stops too.
	stdio: ['pipe', 'pipe', 'inherit'],
	env: { ...process.env, SOLIDAIR_STOP_WITH_STDIN: '1' }
});
const databaseUrl = await new Promise((resolveUrl) => {
	let buffer = '';
	databaseProcess.stdout.on('data', (chunk) => {
		process.stdout.write(chunk);
		buffer += chunk;
		const ready = /^ready (\S+)$/m.exec(buffer);
		if (ready) resolveUrl(ready[1]);
	});
	databaseProcess.on('exit', (code) => {
		if (code !== 0) {
			console.error(red(`The database did not start (exit ${code}); nothing else was started.`));
			process.exit(1);
		}
	});
});

const url = (port) => `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;

// The intranet's preview links open the sites: one secret per run signs them for all apps, and
// they point at the sites as started here (unless the environment says otherwise).
const previewEnv = {
	PREVIEW_SECRET: randomBytes(32).toString('base64url'),
	WSM_ORIGIN: url(ports.wsm),
	FOS_ORIGIN: url(ports.fos)
};
const children = apps.map((app) =>
	spawn('node', [...serverFlags, join(root, 'apps', app, 'server.js')], {
		cwd: root,
		stdio: ['ignore', 'inherit', 'inherit'],
		env: {
			...previewEnv,
			...process.env,
			// Every absolute URL an app writes (mails, feeds, sitemap, canonical links) starts with it.
			ORIGIN: url(ports[app]),
			DATABASE_URL: databaseUrl,
			PORT: String(ports[app]),
			HOST: host
		}
	})
);
const storybook = serveStatic(join(root, 'packages', 'ui', 'storybook-static'), ports.storybook, host);

let stopping = false;
function stop(code = 0) {
	if (stopping) return;
	stopping = true;
	console.log('\nStopping…');
	storybook.close();
	for (const child of children) child.kill('SIGTERM');
	Promise.all(
		children.map((child) => new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r))))
	).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const [i, child] of children.entries()) {
	child.on('exit', (code) => {
		if (!stopping) {
			console.error(red(`${apps[i]} stopped unexpectedly (exit ${code}); stopping the rest.`));
			stop(1);
		}
	});
}

console.log(`
${bold('Solidair is running')} (Ctrl-C stops everything)

  WSM public site        ${url(ports.wsm)}
  FOS public site        ${url(ports.fos)}
  Waardig Werk platform  ${url(ports.platform)}
  Intranet               ${url(ports.intranet)}
  Storybook              ${url(ports.storybook)}
`);
