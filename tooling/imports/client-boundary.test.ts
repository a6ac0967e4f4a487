// Components of the packages are rendered by apps that may hydrate them in the browser (the
// platform, the intranet). They must not import server modules: one import of a kit's
// `./server/forms.ts` once put the PostgreSQL driver into a browser bundle ("Buffer is not
// defined"). Types are fine. A server module: a path through a `server` folder, or a package's
// `/server` entry point (`@solidair/app-kit/server`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repositoryRoot } from './check.ts';

const packages = join(repositoryRoot, 'packages');

test('no component of a package imports a server module (type imports excepted)', () => {
	const components = readdirSync(packages, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.svelte'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => !file.includes('/node_modules/'));
	expect(components.length).toBeGreaterThan(50);
	const offending = components.flatMap((file) =>
		[
			...readFileSync(file, 'utf8').matchAll(
				/^\s*import\s+(?!type\b)[^;]*from\s+'([^']*\/server(?:\/[^']*)?)'/gm
			)
		].map((match) => `${file.slice(packages.length + 1)} imports ${match[1]}`)
	);
	expect(offending).toEqual([]);
});

test('the check sees an import of a server entry point or module', () => {
	const pattern = /^\s*import\s+(?!type\b)[^;]*from\s+'([^']*\/server(?:\/[^']*)?)'/gm;
	const found = (source: string) => [...source.matchAll(pattern)].map((match) => match[1]);
	expect(found("\timport { database } from '@solidair/app-kit/server';")).toEqual([
		'@solidair/app-kit/server'
	]);
	expect(found("\timport { parseForm } from '../server/forms.ts';")).toEqual(['../server/forms.ts']);
	expect(found("\timport type { FormFailure } from '@solidair/app-kit/server';")).toEqual([]);
	expect(found("\timport { ErrorPage } from '@solidair/app-kit';")).toEqual([]);
});
