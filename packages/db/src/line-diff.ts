// A line-based diff (longest common subsequence), enough to show an editor what changed between
// two revisions of a Markdown text. No dependency: the texts are pages, not source trees.

export interface DiffLine {
	/** `same` in both texts, `removed` only in the old one, `added` only in the new one. */
	kind: 'same' | 'removed' | 'added';
	text: string;
}

const maxTableCells = 1_000_000;

function lines(text: string): string[] {
	return text === '' ? [] : text.replace(/\r\n?/g, '\n').split('\n');
}

/** The lines of `after` against those of `before`, in order; removals come before additions. */
export function lineDiff(before: string, after: string): DiffLine[] {
	const a = lines(before);
	const b = lines(after);
	// Skip the common head and tail: most edits touch a few lines of a long body.
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail)) tail++;
	const oldMiddle = a.slice(head, a.length - tail);
	const newMiddle = b.slice(head, b.length - tail);

	const n = oldMiddle.length;
	const m = newMiddle.length;
	// The table below takes n × m cells: past a million (two texts of a thousand changed lines),
	// the old middle is shown removed and the new one added, which is true, only not the smallest.
	if (n * m > maxTableCells) {
		return [
			...a.slice(0, head).map((text): DiffLine => ({ kind: 'same', text })),
			...oldMiddle.map((text): DiffLine => ({ kind: 'removed', text })),
			...newMiddle.map((text): DiffLine => ({ kind: 'added', text })),
			...a.slice(a.length - tail).map((text): DiffLine => ({ kind: 'same', text }))
		];
	}
	// lcs[i][j]: length of the longest common subsequence of oldMiddle[i..] and newMiddle[j..].
	const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		const row = lcs[i]!;
		const below = lcs[i + 1]!;
		for (let j = m - 1; j >= 0; j--) {
			row[j] = oldMiddle[i] === newMiddle[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
		}
	}

	const result: DiffLine[] = a.slice(0, head).map((text) => ({ kind: 'same', text }));
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && oldMiddle[i] === newMiddle[j]) {
			result.push({ kind: 'same', text: oldMiddle[i]! });
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
	for (const text of a.slice(a.length - tail)) result.push({ kind: 'same', text });
	return result;
}

/** Whether a diff shows any change. */
export function hasChanges(diff: DiffLine[]): boolean {
	return diff.some((line) => line.kind !== 'same');
}
