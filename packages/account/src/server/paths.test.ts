import { afterEach, expect, test, vi } from 'vitest';
import { mailLink, nextPath, nextQuery } from './paths.ts';

afterEach(() => vi.unstubAllEnvs());

test('the return path after login stays on this site', () => {
	const at = (next: string) =>
		nextPath(new URL(`http://127.0.0.1/nl/login?next=${encodeURIComponent(next)}`), '/nl/members');
	expect(at('/nl/groups/burundi')).toBe('/nl/groups/burundi');
	for (const bad of [
		'//evil.example',
		'https://evil.example',
		'/nl//evil.example',
		'/de/x',
		'javascript:alert(1)',
		'/nl/\\evil'
	]) {
		expect(at(bad), bad).toBe('/nl/members');
	}
});

test('the return path is passed on only when it is one of this site', () => {
	expect(nextQuery(new URL('http://127.0.0.1/nl/login?next=%2Fnl%2Fgroups'))).toBe('?next=%2Fnl%2Fgroups');
	expect(nextQuery(new URL('http://127.0.0.1/nl/login?next=%2F%2Fevil.example'))).toBe('');
	expect(nextQuery(new URL('http://127.0.0.1/nl/login'))).toBe('');
});

test('a mailed link is on ORIGIN, whatever Host the request named; without it, this machine', () => {
	const forged = new URL('http://evil.example/nl/login/reset');
	vi.stubEnv('ORIGIN', 'https://wsm.be');
	expect(mailLink(forged, '/nl/login/reset/new?token=t')).toBe('https://wsm.be/nl/login/reset/new?token=t');
	vi.stubEnv('ORIGIN', '');
	expect(mailLink(forged, '/nl/x')).toBe('http://localhost/nl/x');
});
