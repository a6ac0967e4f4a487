import { describe, expect, test } from 'vitest';
import { changedParagraphs, wordDiff, wordsChanged, type DiffPart } from './word-diff.ts';

/** A diff written compactly: unchanged text as is, [-removed-] and {+added+}. */
function show(diff: DiffPart[]): string {
	return diff
		.map((part) => ({ same: part.text, removed: `[-${part.text}-]`, added: `{+${part.text}+}` })[part.kind])
		.join('');
}

/** Rebuilds both texts from a diff: a diff must lose nothing, not even a space. */
function sides(diff: DiffPart[]): [string, string] {
	const before = diff.filter((p) => p.kind !== 'added').map((p) => p.text);
	const after = diff.filter((p) => p.kind !== 'removed').map((p) => p.text);
	return [before.join(''), after.join('')];
}

describe('wordDiff', () => {
	test('equal texts are one unchanged part', () => {
		const diff = wordDiff('Waardig werk voor iedereen.', 'Waardig werk voor iedereen.');
		expect(diff).toEqual([{ kind: 'same', text: 'Waardig werk voor iedereen.' }]);
		expect(wordsChanged(diff)).toBe(false);
	});

	test('a changed word is removed then added, the rest kept', () => {
		const diff = wordDiff('Sociale bescherming voor iedereen.', 'Sociale bescherming voor alle werkers.');
		expect(show(diff)).toBe('Sociale bescherming voor [-iedereen-]{+alle werkers+}.');
		expect(wordsChanged(diff)).toBe(true);
	});

	test('neighbouring changed words form one change, spaces and punctuation kept', () => {
		const before = 'Le travail décent, c’est un droit.';
		const after = 'Le travail digne, c’est notre droit !';
		const diff = wordDiff(before, after);
		expect(sides(diff)).toEqual([before, after]);
		expect(show(diff)).toBe('Le travail [-décent-]{+digne+}, c’est [-un-]{+notre+} droit[-.-]{+ !+}');
	});

	test('words with apostrophes and hyphens are one word each', () => {
		expect(show(wordDiff("l'emploi des jeunes", "l'emploi des femmes"))).toBe(
			"l'emploi des [-jeunes-]{+femmes+}"
		);
		expect(show(wordDiff('de vakbonds-campagne', 'de vakbonds-actie'))).toBe(
			'de [-vakbonds-campagne-]{+vakbonds-actie+}'
		);
	});

	test('from and to an empty text', () => {
		expect(wordDiff('', 'Nieuw.')).toEqual([{ kind: 'added', text: 'Nieuw.' }]);
		expect(wordDiff('Oud.', '')).toEqual([{ kind: 'removed', text: 'Oud.' }]);
		expect(wordDiff('', '')).toEqual([]);
	});

	test('line ends are kept, Windows ones read as plain ones', () => {
		const diff = wordDiff('Eerste.\r\n\r\nTweede.', 'Eerste.\n\nDerde.');
		expect(show(diff)).toBe('Eerste.\n\n[-Tweede-]{+Derde+}.');
	});

	test('the diff is minimal: it keeps a longest common subsequence of words', () => {
		const before = 'a b c d e f g';
		const after = 'x b c y e z g';
		const diff = wordDiff(before, after);
		expect(sides(diff)).toEqual([before, after]);
		expect(
			diff
				.filter((p) => p.kind === 'same')
				.map((p) => p.text.trim())
				.filter(Boolean)
		).toEqual(['b c', 'e', 'g']);
	});

	test('two long, wholly different texts: the middle out and in, nothing lost, no n × m table', () => {
		// 20,000 changed words on each side would need 1.6 billion cells for the smallest diff.
		const before = `Titel ${Array.from({ length: 20_000 }, (_, i) => `oud${i}`).join(' ')} slot`;
		const after = `Titel ${Array.from({ length: 20_000 }, (_, i) => `nieuw${i}`).join(' ')} slot`;
		const diff = wordDiff(before, after);
		expect(sides(diff)).toEqual([before, after]);
		expect(diff.map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same']);
		expect(diff[0]!.text).toBe('Titel ');
		expect(diff[3]!.text).toBe(' slot');
	});
});

describe('changedParagraphs', () => {
	const body = (words: string[]) => words.map((w) => `Alinea ${w}.`).join('\n\n');

	test('a long body shows the changed paragraph with one paragraph around it, the rest as gaps', () => {
		const before = body(['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven']);
		const after = body(['een', 'twee', 'drie', 'VIER', 'vijf', 'zes', 'zeven']);
		const shown = changedParagraphs(wordDiff(before, after)).map((p) =>
			p.kind === 'gap' ? '…' : show(p.parts)
		);
		expect(shown).toEqual(['…', 'Alinea drie.', 'Alinea [-vier-]{+VIER+}.', 'Alinea vijf.', '…']);
	});

	test('changes at both ends keep the first and last paragraphs, one gap between', () => {
		const before = body(['een', 'twee', 'drie', 'vier', 'vijf', 'zes']);
		const after = body(['EEN', 'twee', 'drie', 'vier', 'vijf', 'ZES']);
		const shown = changedParagraphs(wordDiff(before, after)).map((p) => (p.kind === 'gap' ? '…' : 'p'));
		expect(shown).toEqual(['p', 'p', '…', 'p', 'p']);
	});

	test('no change: nothing to show', () => {
		expect(changedParagraphs(wordDiff('Een.\n\nTwee.', 'Een.\n\nTwee.'))).toEqual([]);
	});
});
