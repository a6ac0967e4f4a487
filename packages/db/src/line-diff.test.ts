import { describe, expect, test } from 'vitest';
import { hasChanges, lineDiff, type DiffLine } from './line-diff.ts';

/** A diff written compactly: ' same', '-removed', '+added'. */
function show(diff: DiffLine[]): string[] {
	return diff.map((line) => ({ same: ' ', removed: '-', added: '+' })[line.kind] + line.text);
}

/** Rebuilds both sides from a diff: a diff must lose no line. */
function sides(diff: DiffLine[]): [string, string] {
	const before = diff.filter((l) => l.kind !== 'added').map((l) => l.text);
	const after = diff.filter((l) => l.kind !== 'removed').map((l) => l.text);
	return [before.join('\n'), after.join('\n')];
}

describe('lineDiff', () => {
	test('equal texts are all the same', () => {
		const diff = lineDiff('a\nb\nc', 'a\nb\nc');
		expect(show(diff)).toEqual([' a', ' b', ' c']);
		expect(hasChanges(diff)).toBe(false);
	});

	test('a changed line in the middle is one removal and one addition', () => {
		expect(show(lineDiff('a\nb\nc', 'a\nB\nc'))).toEqual([' a', '-b', '+B', ' c']);
	});

	test('insertions and deletions keep the common lines in order', () => {
		expect(show(lineDiff('one\ntwo\nthree\nfour', 'zero\none\nthree\nfour\nfive'))).toEqual([
			'+zero',
			' one',
			'-two',
			' three',
			' four',
			'+five'
		]);
	});

	test('from and to an empty text', () => {
		expect(show(lineDiff('', 'a\nb'))).toEqual(['+a', '+b']);
		expect(show(lineDiff('a\nb', ''))).toEqual(['-a', '-b']);
		expect(lineDiff('', '')).toEqual([]);
	});

	test('Windows line ends count as line ends', () => {
		expect(hasChanges(lineDiff('a\r\nb', 'a\nb'))).toBe(false);
	});

	test('a moved paragraph shows as removed once and added once, nothing lost', () => {
		const before = '# Titel\n\nEerste alinea.\n\nTweede alinea.\n\nDerde alinea.';
		const after = '# Titel\n\nDerde alinea.\n\nEerste alinea.\n\nTweede alinea.';
		const diff = lineDiff(before, after);
		expect(sides(diff)).toEqual([before, after]);
		expect(diff.filter((l) => l.kind === 'removed')).toHaveLength(2);
		expect(diff.filter((l) => l.kind === 'added')).toHaveLength(2);
	});

	test('the diff is minimal: it keeps a longest common subsequence', () => {
		const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');
		const after = ['x', 'b', 'c', 'y', 'e', 'z', 'g'].join('\n');
		const diff = lineDiff(before, after);
		expect(sides(diff)).toEqual([before, after]);
		expect(diff.filter((l) => l.kind === 'same').map((l) => l.text)).toEqual(['b', 'c', 'e', 'g']);
	});

	test('two long, wholly different texts: whole blocks out and in, nothing lost, no n × m table', () => {
		// 20,000 changed lines on each side would need 400 million cells for the smallest diff.
		const before = ['# Titel', ...Array.from({ length: 20_000 }, (_, i) => `oud ${i}`), 'Slot'].join('\n');
		const after = ['# Titel', ...Array.from({ length: 20_000 }, (_, i) => `nieuw ${i}`), 'Slot'].join('\n');
		const diff = lineDiff(before, after);
		expect(sides(diff)).toEqual([before, after]);
		expect(show(diff.slice(0, 2))).toEqual([' # Titel', '-oud 0']);
		expect(show(diff.slice(20_000, 20_002))).toEqual(['-oud 19999', '+nieuw 0']);
		expect(show(diff.slice(-1))).toEqual([' Slot']);
	});
});
