import { expect, test } from 'vitest';
import { nextPath, nextQuery } from './paths.ts';

// mailLink's origin: ../../server/origin.test.ts.
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
