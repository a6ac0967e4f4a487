import { describe, expect, test } from 'vitest';
import { arrows, exceptions } from '../arrows.js';
import {
	checkFile,
	checkWorkspace,
	formatViolations,
	importsOf,
	repositoryRoot,
	workspacePackages,
	type WorkspacePackage
} from './check.ts';

const packages = workspacePackages(repositoryRoot);

test('every import of every app and package follows the arrows of tooling/arrows.js', () => {
	const report = checkWorkspace(repositoryRoot);
	// Not vacuous: the scan saw the tree and its imports between packages.
	expect(report.files).toBeGreaterThan(500);
	expect(report.arrowsSeen).toBeGreaterThan(500);
	expect(formatViolations(report.violations)).toEqual([]);
	expect(
		report.staleExceptions.map((e) => `${e.file} no longer imports ${e.imports}: remove its exception`)
	).toEqual([]);
});

test('every workspace package has its row, and every row names workspace packages', () => {
	const names = packages.map((p) => p.name);
	const libraries = packages.filter((p) => !p.app).map((p) => p.name);
	expect(Object.keys(arrows).sort()).toEqual(libraries.sort());
	for (const [from, to] of Object.entries(arrows)) {
		for (const name of to) expect(libraries, `${from} → ${name}`).toContain(name);
	}
	for (const e of exceptions) expect(names.some((n) => n === e.imports)).toBe(true);
});

describe('the import parser', () => {
	test('reads static imports, re-exports, side-effect and dynamic imports, with their lines', () => {
		const source = [
			"import { a, type B } from '@solidair/db';",
			"import type { C } from '@solidair/auth/password';",
			'import * as m from "@solidair/i18n/messages";',
			"import '@solidair/ui/styles.css';",
			'import {',
			'\tx,',
			'\ty',
			"} from './local.ts';",
			"export { z } from '@solidair/app-kit/server';",
			"export * from '@solidair/site-kit';",
			"const lazy = () => import('@solidair/files/server');",
			'<script lang="ts">',
			"\timport Body from '@solidair/account';",
			'</script>'
		].join('\n');
		expect(importsOf(source)).toEqual([
			{ specifier: '@solidair/db', line: 1 },
			{ specifier: '@solidair/auth/password', line: 2 },
			{ specifier: '@solidair/i18n/messages', line: 3 },
			{ specifier: '@solidair/ui/styles.css', line: 4 },
			{ specifier: './local.ts', line: 8 },
			{ specifier: '@solidair/app-kit/server', line: 9 },
			{ specifier: '@solidair/site-kit', line: 10 },
			{ specifier: '@solidair/files/server', line: 11 },
			{ specifier: '@solidair/account', line: 13 }
		]);
	});

	test('ignores imports written in comments and strings', () => {
		const source = [
			"// import { a } from '@solidair/auth';",
			"/* export * from '@solidair/db'; */",
			"<!-- import x from '@solidair/server' -->",
			'const text = "import { a } from \'@solidair/auth\'";',
			"const url = 'https://example.org/x'; import { b } from '@solidair/i18n';"
		].join('\n');
		expect(importsOf(source)).toEqual([{ specifier: '@solidair/i18n', line: 5 }]);
	});
});

describe('a forbidden import is reported with its file, line and arrow', () => {
	const check = (file: string, source: string) =>
		formatViolations(checkFile(file, importsOf(source), { packages }));

	test('site-kit → auth', () => {
		expect(
			check(
				'packages/site-kit/src/server/news.ts',
				"import { a } from '@solidair/ui';\nimport { audit } from '@solidair/auth';"
			)
		).toEqual([
			'packages/site-kit/src/server/news.ts:2  @solidair/site-kit → @solidair/auth: not an allowed arrow (tooling/arrows.js)'
		]);
	});

	test('site-kit → server, in a component', () => {
		expect(
			check(
				'packages/site-kit/src/pages/Donate.svelte',
				"<script>\n\timport { serve } from '@solidair/server';\n</script>"
			)
		).toEqual([
			'packages/site-kit/src/pages/Donate.svelte:2  @solidair/site-kit → @solidair/server: not an allowed arrow (tooling/arrows.js)'
		]);
	});

	test('ui → db, also through a dynamic import or a re-export', () => {
		expect(
			check(
				'packages/ui/src/Button.stories.svelte',
				"const m = import('@solidair/db/editing');\nexport { x } from '@solidair/db';"
			)
		).toEqual([
			'packages/ui/src/Button.stories.svelte:1  @solidair/ui → @solidair/db: not an allowed arrow (tooling/arrows.js)',
			'packages/ui/src/Button.stories.svelte:2  @solidair/ui → @solidair/db: not an allowed arrow (tooling/arrows.js)'
		]);
	});

	test('a package → an app, and an app → another app', () => {
		expect(check('packages/db/src/index.ts', "import { x } from '@solidair/intranet';")).toEqual([
			'packages/db/src/index.ts:1  @solidair/db → @solidair/intranet: nothing imports an app'
		]);
		expect(check('apps/wsm/e2e/helpers.ts', "import { x } from '@solidair/fos';")).toEqual([
			'apps/wsm/e2e/helpers.ts:1  @solidair/wsm → @solidair/fos: nothing imports an app'
		]);
	});

	test('a relative import that leaves its package', () => {
		expect(
			check(
				'apps/intranet/src/lib/server/x.ts',
				"import { a } from '../../../../../packages/db/src/index.ts';\nimport { b } from '../guard.ts';"
			)
		).toEqual([
			'apps/intranet/src/lib/server/x.ts:1  @solidair/intranet → ../../../../../packages/db/src/index.ts: a relative import leaves apps/intranet/; import the package by its name'
		]);
	});

	test('an unknown workspace package', () => {
		expect(check('packages/files/src/x.ts', "import { a } from '@solidair/nothing';")).toEqual([
			'packages/files/src/x.ts:1  @solidair/files → @solidair/nothing: no such workspace package'
		]);
	});

	test('allowed arrows, an app importing any package, and an exception pass', () => {
		expect(check('packages/site-kit/src/x.ts', "import { a } from '@solidair/app-kit/server';")).toEqual([]);
		expect(check('apps/platform/src/x.ts', "import { a } from '@solidair/auth';")).toEqual([]);
		const table = { '@solidair/site-kit': [] };
		const only = [{ file: 'packages/site-kit/src/x.ts', imports: '@solidair/auth', until: 'a test' }];
		const options = { packages, arrows: table, exceptions: only };
		expect(checkFile('packages/site-kit/src/x.ts', importsOf("import '@solidair/auth';"), options)).toEqual(
			[]
		);
		expect(
			checkFile('packages/site-kit/src/y.ts', importsOf("import '@solidair/auth';"), options)
		).toHaveLength(1);
	});
});

test('the fixtures above name real packages', () => {
	const names = new Set(packages.map((p: WorkspacePackage) => p.name));
	for (const name of ['site-kit', 'app-kit', 'ui', 'db', 'auth', 'server', 'files', 'intranet', 'wsm', 'fos'])
		expect(names).toContain(`@solidair/${name}`);
});
