// Components of this kit are rendered by apps that may hydrate them in the browser (the platform,
// the intranet). They must not import server modules: one import of `./server/forms.ts` once put
// the PostgreSQL driver into a browser bundle ("Buffer is not defined"). Types are fine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const source = fileURLToPath(new URL('.', import.meta.url));

test('no component imports a server module (type imports excepted)', () => {
	const components = readdirSync(source, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.svelte'))
		.map((entry) => join(entry.parentPath, entry.name));
	expect(components.length).toBeGreaterThan(10);
	const offending = components.flatMap((file) =>
		[
			...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(?!type\b)[^;]*from\s+'([^']*\/server\/[^']*)'/gm)
		].map((match) => `${file.slice(source.length)} imports ${match[1]}`)
	);
	expect(offending).toEqual([]);
});
