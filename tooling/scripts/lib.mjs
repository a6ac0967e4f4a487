// Small helpers shared by the task scripts (start, test, bench). Node's standard library only.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export { apps, ports } from '../ports.js';

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

/** Builds everything that is not already built (turbo's cache makes a second run instant). */
export function buildAll() {
	return run('pnpm', ['exec', 'turbo', 'run', 'build', 'storybook:build', '--output-logs=errors-only']);
}
