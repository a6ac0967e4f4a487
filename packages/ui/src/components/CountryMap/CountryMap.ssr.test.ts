// Server-side rendering of the map, as SvelteKit does it: the whole SVG, with its links, is in
// the HTML sent to the browser, so it needs no JavaScript there. The unit project has no Svelte
// plugin, so the test compiles the component for the server itself.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Component } from 'svelte';
import { compile } from 'svelte/compiler';
import { render } from 'svelte/server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CountryMapProps } from './CountryMap.svelte';

const here = dirname(fileURLToPath(import.meta.url));
let tmp: string;
let CountryMap: Component<CountryMapProps>;

beforeAll(async () => {
	const source = await readFile(join(here, 'CountryMap.svelte'), 'utf8');
	const { js } = compile(source, { generate: 'server', filename: 'CountryMap.svelte' });
	// Inside the package's node_modules, so that the bare import of svelte resolves as usual.
	tmp = await mkdtemp(join(here, '../../../node_modules/.country-map-ssr-'));
	const code = js.code.replace(/from '\.\/(\w+\.ts)'/g, (_, file: string) => `from '${join(here, file)}'`);
	await writeFile(join(tmp, 'CountryMap.js'), code);
	CountryMap = (await import(/* @vite-ignore */ pathToFileURL(join(tmp, 'CountryMap.js')).href)).default;
});

afterAll(async () => {
	if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('renders the map, its links and the list on the server', () => {
	const { body } = render(CountryMap, {
		props: {
			label: 'Where we work',
			listLabel: 'Our partner countries',
			countries: [
				{ code: 'BE', name: 'Belgium', href: '/en/countries/belgium' },
				{ code: 'PE', name: 'Peru', href: '/en/countries/peru' },
				{ code: 'XX', name: 'Nowhere', href: '/en/countries/nowhere' }
			]
		}
	});
	// Compared as extracted lists: a failure then shows the links, not 100 kB of path data.
	const svg = body.slice(body.indexOf('<svg'), body.indexOf('</svg>'));
	const links = (html: string) => [...html.matchAll(/<a href="([^"]*)"(?: aria-label="([^"]*)")?/g)];
	expect(svg.match(/<path /g)?.length).toBeGreaterThan(150);
	expect(links(svg).map(([, href, name]) => [href, name])).toEqual([
		['/en/countries/belgium', 'Belgium'],
		['/en/countries/peru', 'Peru']
	]);
	expect(svg.match(/<title>[^<]*<\/title><path class="country highlighted/g)).toHaveLength(2);
	const list = body.slice(body.indexOf('<ul'), body.indexOf('</ul>'));
	expect(links(list).map(([, href]) => href)).toEqual([
		'/en/countries/belgium',
		'/en/countries/peru',
		'/en/countries/nowhere'
	]);
});
