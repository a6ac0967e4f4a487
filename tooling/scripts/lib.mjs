// Small helpers shared by the task scripts (start, test, bench). Node's standard library only.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export { apps, ports, serverFlags } from '../ports.js';

export const bold = (s) => `\x1b[1m${s}\x1b[0m`;
export const green = (s) => `\x1b[32m${s}\x1b[0m`;
export const red = (s) => `\x1b[31m${s}\x1b[0m`;

/** Runs a command to completion with inherited output; resolves to its exit code. */
export function run(command, args, options = {}) {
	return new Promise((resolvePromise) => {
		const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
		child.on('error', (error) => {
			console.error(error.message);
			resolvePromise(1);
		});
		child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
	});
}

// The one build of `npm start`, `npm test` and `pnpm bench`: the same command in the same
// environment, so the build under test is the build that runs. CI and NODE_ENV are left out (Vite
// sets the mode itself), so what the shell says cannot make a second build differ or miss the cache.
const buildArgs = ['exec', 'turbo', 'run', 'build', 'storybook:build'];
function buildEnv() {
	const env = {
		...process.env,
		TURBO_TELEMETRY_DISABLED: '1',
		STORYBOOK_DISABLE_TELEMETRY: '1',
		DO_NOT_TRACK: '1'
	};
	delete env.CI;
	delete env.NODE_ENV;
	return env;
}

/** Builds everything that is not already built (turbo's cache makes a second run instant). */
export function buildAll() {
	return run('pnpm', [...buildArgs, '--output-logs=errors-only'], { env: buildEnv() });
}

/**
 * The tasks a second identical build would run again instead of taking from turbo's cache (empty
 * when it would be a full cache hit), asked of turbo without building (`--dry=json`).
 */
export function tasksNotCached() {
	const result = spawnSync('pnpm', [...buildArgs, '--dry=json'], {
		cwd: root,
		env: buildEnv(),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) return [`turbo --dry=json failed: ${result.stderr}`];
	const { tasks } = JSON.parse(result.stdout);
	return tasks
		.filter((task) => task.command !== '<NONEXISTENT>' && task.cache.status !== 'HIT')
		.map((task) => task.taskId);
}
