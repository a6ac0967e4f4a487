// The design system's CSS budget: tokens, base styles and every component's scoped styles,
// compiled as Svelte emits them, must stay under 25 KB gzipped (issue 4).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compile } from 'svelte/compiler';
import { expect, test } from 'vitest';

const source = fileURLToPath(new URL('..', import.meta.url));

function componentFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter(
			(entry) => entry.isFile() && entry.name.endsWith('.svelte') && !entry.name.endsWith('.stories.svelte')
		)
		.filter((entry) => !entry.name.includes('Fixture'))
		.map((entry) => join(entry.parentPath, entry.name));
}

test('all of the design system’s CSS weighs less than 25 KB gzipped', () => {
	const files = componentFiles(join(source, 'components'));
	expect(files.length).toBeGreaterThan(10);
	const componentCss = files.map((filename) => {
		try {
			const { css } = compile(readFileSync(filename, 'utf8'), {
				filename,
				css: 'external',
				generate: 'client'
			});
			return css?.code ?? '';
		} catch (error) {
			throw new Error(`${filename} does not compile`, { cause: error });
		}
	});
	const globalCss = ['tokens.css', 'base.css'].map((name) =>
		readFileSync(join(source, 'styles', name), 'utf8')
	);
	const all = [...globalCss, ...componentCss].join('\n');
	// Not minified: the budget holds even before the apps' minifier runs.
	const gzipped = gzipSync(all, { level: 9 }).byteLength;
	expect(gzipped).toBeGreaterThan(1_000);
	expect(gzipped).toBeLessThan(25 * 1024);
});
