// The editor's Markdown edits as pure functions of the text and the selection, so that each rule
// (what Enter does in a list, what the toolbar's buttons write) is tested without a browser. The
// component applies an edit as one CodeMirror transaction: one step of undo.

/** One change of the text, in the coordinates of the text before it. */
export interface Change {
	from: number;
	to: number;
	insert: string;
}

/** What an action does: its changes (in order, not overlapping) and the selection after them. */
export interface Edit {
	changes: Change[];
	anchor: number;
	/** The other end of the selection after the edit; the same as `anchor` when left out. */
	head?: number;
}

/** The line around `pos`: where it starts and ends, and its text. */
function lineAt(doc: string, pos: number) {
	const start = doc.lastIndexOf('\n', pos - 1) + 1;
	const newline = doc.indexOf('\n', pos);
	const end = newline === -1 ? doc.length : newline;
	return { start, end, text: doc.slice(start, end) };
}

// A list item or quote at the start of a line: indentation, marker, the spaces after it. A bullet
// or number needs a space after it (else "-5 °C" or "2025." would be lists); a quote does not.
const itemPattern = /^([ \t]*)(?:([-*+]|\d{1,9}[.)])( +|$)|(>)( ?))/;
type Kind = 'bullet' | 'number' | 'quote';
const kindOf = (marker: string): Kind => (marker === '>' ? 'quote' : /\d/.test(marker) ? 'number' : 'bullet');

function itemOf(text: string) {
	const match = itemPattern.exec(text);
	if (!match) return undefined;
	const marker = match[2] ?? match[4]!;
	return {
		indent: match[1]!,
		marker,
		space: match[3] ?? match[5] ?? '',
		kind: kindOf(marker),
		/** Where the item's own text starts in the line. */
		contentStart: match[0].length
	};
}

/** Whether `pos` is inside a fenced code block (``` or ~~~), where Enter is only Enter. */
function inCodeBlock(doc: string, pos: number): boolean {
	const before = doc.slice(0, doc.lastIndexOf('\n', pos - 1) + 1);
	return (before.match(/^ {0,3}(```|~~~)/gm)?.length ?? 0) % 2 === 1;
}

/** The marker of the item after one with `marker`: the same bullet, the next number, a quote again. */
function nextMarker(marker: string): string {
	const number = /^(\d+)([.)])$/.exec(marker);
	return number ? `${Number(number[1]) + 1}${number[2]}` : marker;
}

/**
 * Enter with the cursor at `pos`: in a list item or a quote, a new item (the next number) with
 * the text after the cursor; on an empty item, the end of the list (the marker goes, and a blank
 * line ends the list as Markdown reads it). Anywhere else, nothing: Enter is a plain new line.
 */
export function continueList(doc: string, pos: number): Edit | undefined {
	const line = lineAt(doc, pos);
	const item = itemOf(line.text);
	if (!item || pos - line.start < item.contentStart || inCodeBlock(doc, pos)) return undefined;
	if (line.text.slice(item.contentStart).trim() === '') {
		const previous = line.start === 0 ? '' : lineAt(doc, line.start - 1).text;
		const insert = line.start === 0 || previous.trim() === '' ? '' : '\n';
		return { changes: [{ from: line.start, to: line.end, insert }], anchor: line.start + insert.length };
	}
	// Spaces before the cursor go, as they would be trailing spaces of the item before.
	let from = pos;
	while (from > line.start + item.contentStart && /[ \t]/.test(doc[from - 1]!)) from--;
	const marker = nextMarker(item.marker);
	const insert = `\n${item.indent}${marker}${item.kind === 'quote' ? ' ' : item.space || ' '}`;
	const changes: Change[] = [{ from, to: pos, insert }];
	if (item.kind === 'number') changes.push(...renumber(doc, line.end, item.indent, marker));
	return { changes, anchor: from + insert.length };
}

/** The numbers of the items after `end` in the same list, one up from `marker` (the new item's). */
function renumber(doc: string, end: number, indent: string, marker: string): Change[] {
	const changes: Change[] = [];
	let expected = marker;
	for (let start = end + 1; start > 0 && start <= doc.length;) {
		const line = lineAt(doc, start);
		const item = itemOf(line.text);
		if (item?.kind === 'number' && item.indent === indent) {
			expected = nextMarker(expected);
			const at = line.start + indent.length;
			if (item.marker !== expected) changes.push({ from: at, to: at + item.marker.length, insert: expected });
		} else if (!(line.text.startsWith(`${indent} `) && line.text.trim() !== '')) break;
		start = line.end + 1;
	}
	return changes;
}

/**
 * Typing a space at `pos` right after a second marker on a line that already had one (`- -`,
 * `2. 1.`, `> >`): the line keeps one marker. Writers used to plain text type "- " after Enter,
 * which has already continued the list; without this they would get "- - ".
 */
export function collapseDoubledMarker(doc: string, pos: number): Edit | undefined {
	const line = lineAt(doc, pos);
	if (line.end !== pos) return undefined;
	const match = /^[ \t]*([-*+]|\d{1,9}[.)]|>) ([-*+]|\d{1,9}[.)]|>)$/.exec(line.text);
	if (!match || kindOf(match[1]!) !== kindOf(match[2]!)) return undefined;
	const from = pos - match[2]!.length;
	return { changes: [{ from, to: pos, insert: '' }], anchor: from };
}

/**
 * Bold (`**`) or italic (`_`) around the selection, or taken off when it already has it. Spaces
 * at the selection's edges stay outside (a double-clicked word brings its space). An empty
 * selection gets the pair with the cursor between.
 */
export function toggleWrap(doc: string, from: number, to: number, mark: string): Edit {
	while (from < to && /\s/.test(doc[from]!)) from++;
	while (to > from && /\s/.test(doc[to - 1]!)) to--;
	const n = mark.length;
	if (doc.slice(from - n, from) === mark && doc.slice(to, to + n) === mark)
		return {
			changes: [
				{ from: from - n, to: from, insert: '' },
				{ from: to, to: to + n, insert: '' }
			],
			anchor: from - n,
			head: to - n
		};
	const selected = doc.slice(from, to);
	if (selected.length >= 2 * n && selected.startsWith(mark) && selected.endsWith(mark))
		return {
			changes: [{ from, to, insert: selected.slice(n, -n) }],
			anchor: from,
			head: to - 2 * n
		};
	return {
		changes: [{ from, to, insert: `${mark}${selected}${mark}` }],
		anchor: from + n,
		head: to + n
	};
}

/**
 * A link on the selection: `[text](https://)` with the address selected, to type or paste over.
 * A selected address becomes the link's target, with the cursor where its text goes, as it
 * does with nothing selected.
 */
export function insertLink(doc: string, from: number, to: number): Edit {
	const selected = doc.slice(from, to).trim();
	if (/^https?:\/\/\S+$/.test(selected))
		return { changes: [{ from, to, insert: `[](${selected})` }], anchor: from + 1 };
	const insert = `[${selected}](https://)`;
	// Nothing selected: the link's text first.
	if (selected === '') return { changes: [{ from, to, insert }], anchor: from + 1 };
	const url = from + selected.length + 3;
	return { changes: [{ from, to, insert }], anchor: url, head: url + 'https://'.length };
}

export type LineKind = 'heading' | Kind;

const prefixes: Record<LineKind, RegExp> = {
	heading: /^#{1,6} +/,
	bullet: /^[ \t]*[-*+] +/,
	number: /^[ \t]*\d{1,9}[.)] +/,
	quote: /^> ?/
};
// What a line's other kind of start is swapped for: a bullet becomes a number, not "1. - text".
const anyList = /^[ \t]*(?:[-*+]|\d{1,9}[.)]) +/;

/**
 * A heading (`## `, a section of the article: its title is the page's only `#`), a bulleted or
 * numbered list, or a quote, on every line of the selection; taken off when all of them have it.
 */
export function toggleLines(doc: string, from: number, to: number, kind: LineKind): Edit {
	const first = lineAt(doc, from);
	const last = lineAt(doc, Math.max(from, to));
	const lines = doc.slice(first.start, last.end).split('\n');
	const written = lines.filter((line) => line.trim() !== '' || lines.length === 1);
	const remove = written.length > 0 && written.every((line) => prefixes[kind].test(line));
	let number = 0;
	const changed = lines.map((line) => {
		if (remove) return line.replace(prefixes[kind], '');
		if (line.trim() === '' && lines.length > 1) return line;
		if (kind === 'quote') return prefixes.quote.test(line) ? line : `> ${line}`;
		const text = line.replace(kind === 'bullet' || kind === 'number' ? anyList : prefixes[kind], '');
		return `${kind === 'heading' ? '## ' : kind === 'bullet' ? '- ' : `${++number}. `}${text}`;
	});
	const insert = changed.join('\n');
	const change = { from: first.start, to: last.end, insert };
	if (from === to) {
		// The cursor stays in its text, moved with the line's new start.
		const shift = changed[0]!.length - lines[0]!.length;
		return { changes: [change], anchor: Math.max(first.start, from + shift) };
	}
	return { changes: [change], anchor: first.start, head: first.start + insert.length };
}

/**
 * A block of its own (an image, a video's address) in place of the selection, between blank
 * lines; the cursor goes on to the text after it, or to a new paragraph at the end.
 */
export function insertBlock(doc: string, from: number, to: number, text: string): Edit {
	const before = doc.slice(Math.max(0, from - 2), from);
	const after = doc.slice(to, to + 2);
	const lead = from === 0 || before === '\n\n' ? '' : before.endsWith('\n') ? '\n' : '\n\n';
	const skip = after === '\n\n' ? 2 : after.startsWith('\n') ? 1 : 0;
	const insert = `${lead}${text}${'\n\n'.slice(skip)}`;
	return { changes: [{ from, to, insert }], anchor: from + insert.length + skip };
}

/** Applies an edit to a text: what the editor shows after it (for tests and the preview). */
export function applyEdit(doc: string, edit: Edit): string {
	let result = '';
	let at = 0;
	for (const change of edit.changes) {
		result += doc.slice(at, change.from) + change.insert;
		at = change.to;
	}
	return result + doc.slice(at);
}
