// A built server must load native modules (sharp, @node-rs/argon2, …) from node_modules: bundled,
// their loader looks for its binary beside the bundle and the page that needs it answers 500
// (the intranet's media library once did, after `npm start`). adapter-node bundles every import
// that is not among the app's own `dependencies`, so an app lists each native module it reaches.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const systems = ['linux', 'darwin', 'win32', 'freebsd', 'openbsd', 'android', 'sunos', 'aix', 'wasm32'];

/**
 * What a bundled loader of a native module names: the prefix of its platform packages (those
 * whose package.json restricts `os` or `cpu`), e.g. `@img/sharp-` for `@img/sharp-linux-x64`.
 */
export function nativePackagePrefixes(root: string): string[] {
	const store = join(root, 'node_modules', '.pnpm');
	const prefixes = new Set<string>();
	for (const entry of readdirSync(store)) {
		const modules = join(store, entry, 'node_modules');
		if (!existsSync(modules)) continue;
		// The store folder is named after the package: `@img+sharp-linux-x64@0.35.5`.
		const name = entry.slice(0, entry.indexOf('@', 1)).replace('+', '/');
		const manifest = join(modules, name, 'package.json');
		if (!existsSync(manifest)) continue;
		const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { os?: string[]; cpu?: string[] };
		if (!pkg.os && !pkg.cpu) continue;
		const at = Math.min(
			...systems.map((system) => name.indexOf(system, name.indexOf('/') + 1)).filter((i) => i > 0)
		);
		if (Number.isFinite(at)) prefixes.add(name.slice(0, at));
	}
	return [...prefixes].sort();
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** `file: prefix` for each built server file that holds a native module's loader. */
export function bundledNativeModules(root: string, app: string): string[] {
	const server = join(root, 'apps', app, 'build', 'server');
	if (!existsSync(server)) throw new Error(`${server} is missing: build the app first (pnpm build).`);
	const prefixes = nativePackagePrefixes(root);
	const found: string[] = [];
	for (const file of filesUnder(server)) {
		const code = readFileSync(file, 'utf8');
		for (const prefix of prefixes) if (code.includes(prefix)) found.push(`${file}: ${prefix}`);
	}
	return found;
}
