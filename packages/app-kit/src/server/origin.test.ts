import { afterEach, expect, test, vi } from 'vitest';
import { publicOrigin, publicUrl } from './origin.ts';

afterEach(() => vi.unstubAllEnvs());

const forged = new URL('http://evil.example/nl/nieuws/feed.xml?x=1');

// mailLink, which mails these URLs: @solidair/account's server/paths.test.ts.
test('absolute URLs are built on ORIGIN, whatever Host the request named', () => {
	vi.stubEnv('ORIGIN', 'https://wsm.be');
	expect(publicOrigin(forged)).toBe('https://wsm.be');
	expect(publicUrl(forged).href).toBe('https://wsm.be/nl/nieuws/feed.xml?x=1');
});

test('without ORIGIN (development only: serve() requires it), this machine, never the named host', () => {
	vi.stubEnv('ORIGIN', '');
	expect(publicOrigin(forged)).toBe('http://localhost');
	expect(publicOrigin(new URL('http://evil.example:5173/nl'))).toBe('http://localhost:5173');
	expect(publicUrl(new URL('http://127.0.0.1:3001/sitemap.xml')).href).toBe(
		'http://localhost:3001/sitemap.xml'
	);
});
