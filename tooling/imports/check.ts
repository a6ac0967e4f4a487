// Checks every import of the workspace's source against the allowed arrows (tooling/arrows.js):
// each `@solidair/*` specifier must name a package its importer may use, and a relative one must
// stay inside its own package (a `../../packages/db/src/…` would bypass the table).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { arrows as allowedArrows, exceptions as allowedExceptions } from '../arrows.js';

export interface Import {
	specifier: string;
	line: number;
}

export interface Violation {
	/** Repository-relative path of the importing file. */
	file: string;
	line: number;
	specifier: string;
	message: string;
}

export interface WorkspacePackage {
	name: string;
	/** Repository-relative folder (`packages/ui`). */
	dir: string;
	app: boolean;
}

export type Arrows = Record<string, readonly string[]>;
export type Exception = { file: string; imports: string; until: string };

const sourceFile = /\.(ts|js|mjs|cjs|svelte)$/;
/** Generated or installed files: not written by us, not checked. */
const skipped = new Set([
	'node_modules',
	'.svelte-kit',
	'build',
	'dist',
	'paraglide',
	'storybook-static',
	'.turbo'
]);

/**
 * The source with comments and strings blanked out (newlines kept, so line numbers hold), except
 * the strings that are an import's specifier: what follows `from`, a bare `import` or `import(`.
 * An import written in a comment or in a string (a test's fixture) is then no import.
 */
function codeOf(source: string): string {
	const blank = (text: string) => text.replace(/[^\n]/g, ' ');
	return source.replace(
		/('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|\/\/[^\n]*/g,
		(match: string, string: string | undefined, offset: number, whole: string) => {
			if (!string) return blank(match);
			const before = whole.slice(Math.max(0, offset - 40), offset);
			return /(\bfrom|\bimport|\bimport\s*\()\s*$/.test(before)
				? match
				: match[0] + blank(match.slice(1, -1)) + match[0];
		}
	);
}

const patterns = [
	// import x from '…', import { a, type B } from '…', import * as m from '…', import type { … } from '…'
	/\bimport\s+(?:type\s+)?[\w$*{}\s,]*?\bfrom\s*(['"])([^'"\n]+)\1/g,
	// import '…' (for its side effects)
	/\bimport\s*(['"])([^'"\n]+)\1/g,
	// export { a } from '…', export * from '…', export * as x from '…', export type { … } from '…'
	/\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\1/g,
	// import('…')
	/\bimport\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g
];

/** The module specifiers a source file imports, each with its line. */
export function importsOf(source: string): Import[] {
	const code = codeOf(source);
	const found = new Map<number, Import>();
	for (const pattern of patterns) {
		for (const match of code.matchAll(pattern)) {
			const specifier = match[2]!;
			const at = match.index + match[0].lastIndexOf(specifier);
			found.set(at, { specifier, line: code.slice(0, at).split('\n').length });
		}
	}
	return [...found.entries()].sort(([a], [b]) => a - b).map(([, found]) => found);
}

/** The workspace's packages: every folder with a package.json under apps/ and packages/, tooling and bench. */
export function workspacePackages(root: string): WorkspacePackage[] {
	const folders = ['apps', 'packages'].flatMap((parent) =>
		readdirSync(join(root, parent), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => `${parent}/${entry.name}`)
	);
	return [...folders, 'tooling', 'bench']
		.filter((dir) => existsSync(join(root, dir, 'package.json')))
		.map((dir) => ({
			name: (JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string }).name,
			dir,
			app: dir.startsWith('apps/')
		}));
}

/** The workspace package a specifier names (`@solidair/db/editing` → `@solidair/db`), if any. */
export function packageOf(specifier: string, packages: readonly WorkspacePackage[]): string | undefined {
	const match = /^(@solidair\/[^/]+)/.exec(specifier);
	return match ? (packages.find((p) => p.name === match[1])?.name ?? match[1]) : undefined;
}

export interface CheckOptions {
	packages: readonly WorkspacePackage[];
	arrows?: Arrows;
	exceptions?: readonly Exception[];
}

/** The forbidden imports of one file (`file` relative to the repository). */
export function checkFile(file: string, imports: readonly Import[], options: CheckOptions): Violation[] {
	const { packages, arrows = allowedArrows, exceptions = allowedExceptions } = options;
	const owner = packages.find((p) => file.startsWith(`${p.dir}/`));
	if (!owner) return [];
	const violations: Violation[] = [];
	for (const { specifier, line } of imports) {
		const report = (message: string) => violations.push({ file, line, specifier, message });
		if (specifier.startsWith('.')) {
			const target = join(dirname(file), specifier);
			if (target !== owner.dir && !target.startsWith(`${owner.dir}/`))
				report(
					`${owner.name} → ${specifier}: a relative import leaves ${owner.dir}/; import the package by its name`
				);
			continue;
		}
		const imported = packageOf(specifier, packages);
		if (!imported || imported === owner.name) continue;
		const target = packages.find((p) => p.name === imported);
		if (!target) {
			report(`${owner.name} → ${imported}: no such workspace package`);
			continue;
		}
		if (exceptions.some((e) => e.file === file && e.imports === imported)) continue;
		if (target.app) {
			report(`${owner.name} → ${imported}: nothing imports an app`);
		} else if (!owner.app && !(arrows[owner.name] ?? []).includes(imported)) {
			report(`${owner.name} → ${imported}: not an allowed arrow (tooling/arrows.js)`);
		}
	}
	return violations;
}

/** Every source file of the workspace's packages, relative to the repository. */
export function sourceFiles(root: string, packages: readonly WorkspacePackage[]): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
			if (skipped.has(entry.name)) continue;
			const path = `${dir}/${entry.name}`;
			if (entry.isDirectory()) walk(path);
			else if (sourceFile.test(entry.name)) files.push(path);
		}
	};
	for (const p of packages) walk(p.dir);
	return files.sort();
}

export interface Report {
	files: number;
	/** Imports of another workspace package seen (allowed or not). */
	arrowsSeen: number;
	violations: Violation[];
	/** Exceptions no file needs any more. */
	staleExceptions: Exception[];
}

/** Checks the whole workspace under `root`. */
export function checkWorkspace(root: string): Report {
	const packages = workspacePackages(root);
	const files = sourceFiles(root, packages);
	const violations: Violation[] = [];
	const used = new Set<Exception>();
	let arrowsSeen = 0;
	for (const file of files) {
		const imports = importsOf(readFileSync(join(root, file), 'utf8'));
		for (const { specifier } of imports) {
			const imported = packageOf(specifier, packages);
			if (imported && !file.startsWith(`${packages.find((p) => p.name === imported)?.dir}/`)) arrowsSeen++;
			for (const e of allowedExceptions) if (e.file === file && e.imports === imported) used.add(e);
		}
		violations.push(...checkFile(file, imports, { packages }));
	}
	return {
		files: files.length,
		arrowsSeen,
		violations,
		staleExceptions: allowedExceptions.filter((e) => !used.has(e))
	};
}

/** The repository's root, from this file. */
export const repositoryRoot = resolve(import.meta.dirname, '..', '..');

/** One line per violation: `file:line  message`. */
export function formatViolations(violations: readonly Violation[]): string[] {
	return violations.map((v) => `${v.file}:${v.line}  ${v.message}`);
}
