import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeTemplates, samplePaths } from './crawl.ts';

describe('routeTemplates', () => {
	it('lists the folders that hold a page or an endpoint, without groups and optional parameters', () => {
		const dir = mkdtempSync(join(tmpdir(), 'routes-'));
		for (const [folder, file] of [
			['[lang=locale]', '+page.svelte'],
			['[lang=locale]/files/[id]', '+page.server.ts'],
			['[lang=locale]/(members)/groups/[[page]]', '+page.svelte'],
			['[lang=locale]/events/[slug].ics', '+server.ts'],
			['[lang=locale]/empty', '+layout.svelte']
		] as const) {
			mkdirSync(join(dir, folder), { recursive: true });
			writeFileSync(join(dir, folder, file), '');
		}
		expect(routeTemplates(dir)).toEqual([
			'/[lang=locale]',
			'/[lang=locale]/events/[slug].ics',
			'/[lang=locale]/files/[id]',
			'/[lang=locale]/groups'
		]);
	});
});

describe('samplePaths', () => {
	it('fills each parameter with values seen in the crawl and two that match nothing', () => {
		const seen = ['/en/files/abc', '/en/files/def?page=2', '/en/groups/bolivia/threads/7', '/en'];
		expect(samplePaths('/[lang=locale]/files/[id]', 'en', seen)).toEqual([
			'/en/files/abc',
			'/en/files/def',
			'/en/files/crawl-sample',
			'/en/files/00000000-0000-0000-0000-000000000000'
		]);
		expect(samplePaths('/[lang=locale]/groups/[slug]/threads/[id]', 'en', seen)).toContain(
			'/en/groups/bolivia/threads/crawl-sample'
		);
		expect(samplePaths('/[lang=locale]/events/[slug].ics', 'nl', ['/nl/events/march.ics'])[0]).toBe(
			'/nl/events/march.ics'
		);
		expect(samplePaths('/[lang=locale]/about', 'fr', seen)).toEqual(['/fr/about']);
	});
});
