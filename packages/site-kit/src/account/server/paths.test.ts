import { afterEach, expect, test, vi } from 'vitest';
import { mailLink, nextPath, nextQuery } from './paths.ts';

afterEach(() => vi.unstubAllEnvs());

test('mailed links use ORIGIN, never a forged Host header', () => {
	vi.stubEnv('ORIGIN', 'https://waardigwerk.be');
	expect(mailLink(new URL('http://evil.example/nl/login/reset'), '/nl/login/reset/new?token=t')).toBe(
		'https://waardigwerk.be/nl/login/reset/new?token=t'
	);
	vi.stubEnv('ORIGIN', '');
	// Without ORIGIN, only this machine is trusted (development and tests).
	expect(mailLink(new URL('http://127.0.0.1:3003/nl'), '/nl/x')).toBe('http://127.0.0.1:3003/nl/x');
	expect(() => mailLink(new URL('http://evil.example/nl'), '/nl/x')).toThrow(/ORIGIN must be set/);
});

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
