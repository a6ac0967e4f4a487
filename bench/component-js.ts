// JavaScript cost of the design system's interactive components (not a test):
//   node bench/component-js.ts   → prints a Markdown table for BENCHMARKS.md
// Each component is bundled for the browser on its own, mounted the way an app would mount it,
// minified as Vite does for production; the cost is its size minus an empty component's (the
// Svelte runtime every interactive page pays once).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Rolldown } from 'vite';

const components = fileURLToPath(new URL('../packages/ui/src/components/', import.meta.url));
const interactive = ['Dialog', 'Tabs', 'VideoEmbed', 'ErrorSummary', 'Button', 'SiteHeader'];

// Inside bench/, so the entry resolves svelte from this package's dependencies.
const work = mkdtempSync(fileURLToPath(new URL('./.component-js-', import.meta.url)));
writeFileSync(join(work, 'Empty.svelte'), '<p>empty</p>\n');

async function gzippedBytes(file: string): Promise<number> {
	const entry = join(work, 'entry.js');
	writeFileSync(
		entry,
		`import { mount } from 'svelte';\nimport C from ${JSON.stringify(file)};\nmount(C, { target: document.body, props: {} });\n`
	);
	const output = (await build({
		configFile: false,
		logLevel: 'silent',
		root: work,
		plugins: [svelte({ compilerOptions: { css: 'injected' } })],
		build: { write: false, minify: true, rollupOptions: { input: entry } }
	})) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
	const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
	return chunks
		.filter((chunk) => chunk.type === 'chunk')
		.reduce((sum, chunk) => sum + gzipSync((chunk as Rolldown.OutputChunk).code, { level: 9 }).byteLength, 0);
}

try {
	const baseline = await gzippedBytes(join(work, 'Empty.svelte'));
	console.log('| component | JS, gzipped (incl. its CSS) | of which the component |');
	console.log('| --- | ---: | ---: |');
	console.log(`| (empty component: Svelte runtime) | ${(baseline / 1024).toFixed(1)} KB | – |`);
	for (const name of interactive) {
		const bytes = await gzippedBytes(join(components, name, `${name}.svelte`));
		console.log(
			`| ${name} | ${(bytes / 1024).toFixed(1)} KB | ${((bytes - baseline) / 1024).toFixed(1)} KB |`
		);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
