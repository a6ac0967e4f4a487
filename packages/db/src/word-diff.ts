// A word-based diff (longest common subsequence) of two texts, to show a translator which words
// of the source changed since they translated it. Like line-diff.ts, no dependency. The texts are
// cut into words, runs of whitespace and single punctuation marks, so that the parts join back
// into each text exactly: `same` + `removed` is the old text, `same` + `added` the new one.

export interface DiffPart {
	/** `same` in both texts, `removed` only in the old one, `added` only in the new one. */
	kind: 'same' | 'removed' | 'added';
	text: string;
}

const maxTableCells = 1_000_000;

// A word keeps its inner apostrophes and hyphens ("l’emploi", "vakbonds-werk"); anything else
// that is neither a letter, digit nor whitespace is a token of its own.
const tokenPattern = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*|\s+|[^\p{L}\p{N}\p{M}\s]/gu;

function tokens(text: string): string[] {
	return text.replace(/\r\n?/g, '\n').match(tokenPattern) ?? [];
}

const blank = (text: string) => /^\s+$/.test(text);

/** The tokens of `after` against those of `before`, one part per token. */
function tokenDiff(a: string[], b: string[]): DiffPart[] {
	// Skip the common head and tail: most edits touch a few words of a long text.
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail)) tail++;
	const oldMiddle = a.slice(head, a.length - tail);
	const newMiddle = b.slice(head, b.length - tail);
	const same = (text: string): DiffPart => ({ kind: 'same', text });
	const result: DiffPart[] = a.slice(0, head).map(same);
	const n = oldMiddle.length;
	const m = newMiddle.length;
	// Past a million cells (two texts of a thousand changed words), the old middle is shown removed
	// and the new one added: true, only not the smallest diff.
	if (n * m > maxTableCells) {
		result.push(
			...oldMiddle.map((text): DiffPart => ({ kind: 'removed', text })),
			...newMiddle.map((text): DiffPart => ({ kind: 'added', text }))
		);
	} else {
		// lcs[i][j]: length of the longest common subsequence of oldMiddle[i..] and newMiddle[j..].
		const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
		for (let i = n - 1; i >= 0; i--) {
			const row = lcs[i]!;
			const below = lcs[i + 1]!;
			for (let j = m - 1; j >= 0; j--) {
				row[j] = oldMiddle[i] === newMiddle[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
			}
		}
		let i = 0;
		let j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && oldMiddle[i] === newMiddle[j]) {
				result.push(same(oldMiddle[i]!));
				i++;
				j++;
			} else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
				result.push({ kind: 'removed', text: oldMiddle[i]! });
				i++;
			} else {
				result.push({ kind: 'added', text: newMiddle[j]! });
				j++;
			}
		}
	}
	result.push(...a.slice(a.length - tail).map(same));
	return result;
}

/**
 * The words of `after` against those of `before`, in order, neighbours of a kind joined. Within a
 * change, the removed words come before the added ones, and a space between two changed words
 * belongs to the change ("-een oude +twee nieuwe", not "-een +twee -oude +nieuwe").
 */
export function wordDiff(before: string, after: string): DiffPart[] {
	const parts = tokenDiff(tokens(before), tokens(after));
	const result: DiffPart[] = [];
	const push = (kind: DiffPart['kind'], text: string) => {
		if (text === '') return;
		const last = result.at(-1);
		if (last?.kind === kind) last.text += text;
		else result.push({ kind, text });
	};
	let i = 0;
	while (i < parts.length) {
		if (parts[i]!.kind === 'same') {
			push('same', parts[i]!.text);
			i++;
			continue;
		}
		// One change: changed tokens, and blank ones between two changed tokens.
		let removed = '';
		let added = '';
		while (i < parts.length) {
			const part = parts[i]!;
			if (part.kind === 'removed') removed += part.text;
			else if (part.kind === 'added') added += part.text;
			else if (blank(part.text) && parts[i + 1] !== undefined && parts[i + 1]!.kind !== 'same') {
				removed += part.text;
				added += part.text;
			} else break;
			i++;
		}
		push('removed', removed);
		push('added', added);
	}
	return result;
}

/** Whether a word diff shows any change. */
export function wordsChanged(diff: DiffPart[]): boolean {
	return diff.some((part) => part.kind !== 'same');
}

/** One paragraph of a diff, or `gap` for unchanged paragraphs left out. */
export type DiffParagraph = { kind: 'paragraph'; parts: DiffPart[] } | { kind: 'gap' };

/**
 * A long text's diff shortened to its changed paragraphs (separated by a blank line) with
 * `context` unchanged paragraphs around each, the rest as gaps: a translator reads what changed,
 * not the whole body again.
 */
export function changedParagraphs(diff: DiffPart[], context = 1): DiffParagraph[] {
	if (!wordsChanged(diff)) return [];
	// Cut the parts at blank lines of unchanged text; a change spanning one stays in one paragraph.
	const paragraphs: DiffPart[][] = [[]];
	for (const part of diff) {
		if (part.kind !== 'same') {
			paragraphs.at(-1)!.push(part);
			continue;
		}
		const pieces = part.text.split(/(\n[^\S\n]*\n\s*)/);
		pieces.forEach((piece, k) => {
			if (k % 2 === 1) paragraphs.push([]);
			else if (piece !== '') paragraphs.at(-1)!.push({ kind: 'same', text: piece });
		});
	}
	const changed = paragraphs.map(wordsChanged);
	const shown = paragraphs.map((_, k) =>
		changed.slice(Math.max(0, k - context), k + context + 1).some(Boolean)
	);
	const result: DiffParagraph[] = [];
	paragraphs.forEach((parts, k) => {
		if (shown[k]) {
			if (parts.length > 0) result.push({ kind: 'paragraph', parts });
		} else if (result.at(-1)?.kind !== 'gap') result.push({ kind: 'gap' });
	});
	return result;
}
