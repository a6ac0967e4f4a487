// Cutting a text into the segments the translation memory matches: the title and the summary are
// one segment each; a Markdown body is cut into blocks (at blank lines), a block into its list
// items and headings, and those into sentences. Simple rules, no language model: a sentence ends
// at ., !, ? or … followed by a space and something that starts a sentence (an uppercase letter,
// an opening quote or mark, a digit), unless the word before the point is a known abbreviation.

/** Words that end in a point without ending a sentence ("bv.", "p. ex.", "e.g.", "Dr."), lowercased, without their last point. */
const abbreviations = new Set([
	// nl
	'bv',
	'bijv',
	'bijvoorbeeld',
	'enz',
	'o.a',
	'd.w.z',
	'm.a.w',
	'i.p.v',
	'dhr',
	'mevr',
	'nr',
	'ca',
	'zgn',
	// fr
	'p',
	'ex',
	'cf',
	'env',
	'mme',
	'mlle',
	'm',
	// en
	'e.g',
	'i.e',
	'dr',
	'mr',
	'mrs',
	'ms',
	'prof',
	'st',
	'vs',
	'no',
	// es
	'p.ej',
	'ej',
	'sr',
	'sra',
	'srta',
	'dra',
	'ud',
	'uds',
	'núm',
	'art'
]);

// An end mark, closing quotes or brackets, then whitespace, then the start of a new sentence.
// (French sets a space before its closing quote: "compte. » Et".)
const boundary = /([.!?…]+(?:\s?["'”’»)\]])*)(\s+)(?=[\p{Lu}\p{N}"'“‘«¿¡(])/gu;

/** Whether the text before an end mark ends in an abbreviation or an initial ("J."), not a sentence. */
function endsInAbbreviation(before: string, mark: string): boolean {
	if (mark !== '.') return false;
	// A numbered list item's marker ("1. Stap een"), not a sentence of its own.
	if (/^\s*\d{1,9}$/.test(before)) return true;
	const word = /(?:^|[\s(])([\p{L}.]+)$/u.exec(before)?.[1];
	if (!word) return false;
	return abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** The sentences of one stretch of text, each trimmed, none empty. */
export function sentencesOf(text: string): string[] {
	const result: string[] = [];
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const end = match.index + match[1]!.length;
		if (endsInAbbreviation(text.slice(start, match.index), match[1]!)) continue;
		result.push(text.slice(start, end));
		start = end + match[2]!.length;
	}
	result.push(text.slice(start));
	return result.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

// A line that starts a unit of its own inside a block: a list item, a heading or a quote.
const unitStart = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|>)/;

/** A Markdown body's blocks (separated by blank lines), each as its sentences in order. */
export function bodySentences(body: string): string[][] {
	return body
		.replace(/\r\n?/g, '\n')
		.split(/\n[^\S\n]*\n/)
		.filter((block) => block.trim() !== '')
		.map((block) => {
			const units: string[] = [];
			for (const line of block.split('\n')) {
				if (units.length === 0 || unitStart.test(line)) units.push(line);
				else units[units.length - 1] += `\n${line}`;
			}
			return units.flatMap(sentencesOf);
		});
}

/**
 * A segment as the memory compares it: trimmed, whitespace collapsed, and without the Markdown
 * list, heading or quote marker in front. Empty when nothing is left to match.
 */
export function normalizeSegment(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:\s+|$))?/, '')
		.trim();
}

/** The text a translator works on. */
export interface SegmentedText {
	title: string;
	summary: string;
	body: string;
}

/** The segments of a text, in order: its title, its summary, then its body's sentences. */
export function segmentsOf(text: SegmentedText): string[] {
	return [text.title, text.summary, ...bodySentences(text.body).flat()].filter(
		(segment) => normalizeSegment(segment) !== ''
	);
}
