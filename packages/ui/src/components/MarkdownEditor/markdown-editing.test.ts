import { describe, expect, test } from 'vitest';
import {
	applyEdit,
	collapseDoubledMarker,
	continueList,
	insertBlock,
	insertLink,
	toggleLines,
	toggleWrap,
	type Edit
} from './markdown-editing.ts';

/**
 * A text with the cursor (`|`) or a selection (`[…]`) written in it, the edit applied, and the
 * result written the same way, so a case reads as before → after.
 */
function run(marked: string, action: (doc: string, from: number, to: number) => Edit | undefined) {
	const cursor = marked.indexOf('|');
	const from = cursor >= 0 ? cursor : marked.indexOf('[');
	const doc = cursor >= 0 ? marked.replace('|', '') : marked.replace('[', '').replace(']', '');
	const to = cursor >= 0 ? cursor : marked.indexOf(']') - 1;
	const edit = action(doc, from, to);
	if (!edit) return undefined;
	const text = applyEdit(doc, edit);
	const head = edit.head ?? edit.anchor;
	if (head === edit.anchor) return `${text.slice(0, head)}|${text.slice(head)}`;
	const [start, end] = [Math.min(edit.anchor, head), Math.max(edit.anchor, head)];
	return `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;
}
const enter = (marked: string) => run(marked, (doc, pos) => continueList(doc, pos));

describe('Enter in a list', () => {
	test('continues a bulleted list with the same bullet', () => {
		expect(enter('- brood|')).toBe('- brood\n- |');
		expect(enter('* brood|')).toBe('* brood\n* |');
		expect(enter('  - genest|')).toBe('  - genest\n  - |');
	});

	test('continues a numbered list with the next number, and renumbers the items after it', () => {
		expect(enter('1. een|')).toBe('1. een\n2. |');
		expect(enter('9) negen|')).toBe('9) negen\n10) |');
		expect(enter('1. een|\n2. twee\n3. drie\n\nAlinea 4.')).toBe(
			'1. een\n2. |\n3. twee\n4. drie\n\nAlinea 4.'
		);
	});

	test('continues a quote', () => {
		expect(enter('> Make change happen!|')).toBe('> Make change happen!\n> |');
	});

	test('splits an item at the cursor: the text after it goes to the new item', () => {
		expect(enter('- brood en |rozen')).toBe('- brood en\n- |rozen');
	});

	test('on an empty item ends the list: the marker goes and a blank line closes the list', () => {
		expect(enter('- brood\n- |')).toBe('- brood\n\n|');
		expect(enter('1. een\n2. |')).toBe('1. een\n\n|');
		expect(enter('> citaat\n> |')).toBe('> citaat\n\n|');
		// An empty item alone (or after a blank line) needs no second blank line.
		expect(enter('- |')).toBe('|');
		expect(enter('Tekst\n\n- |')).toBe('Tekst\n\n|');
	});

	test('is a plain Enter outside lists, before the marker and in code', () => {
		expect(enter('Gewone tekst|')).toBeUndefined();
		expect(enter('-5 °C in Brussel|')).toBeUndefined();
		expect(enter('|- brood')).toBeUndefined();
		expect(enter('```\n- code|')).toBeUndefined();
		expect(enter('```\ncode\n```\n- brood|')).toBe('```\ncode\n```\n- brood\n- |');
	});
});

describe('typing a marker on a continued line', () => {
	const space = (marked: string) => run(marked, (doc, pos) => collapseDoubledMarker(doc, pos));

	test('keeps one marker: "- " after an automatic "- " is not "- - "', () => {
		expect(space('- brood\n- -|')).toBe('- brood\n- |');
		expect(space('1. een\n2. 2.|')).toBe('1. een\n2. |');
		expect(space('1. een\n2. 1.|')).toBe('1. een\n2. |');
		expect(space('> een\n> >|')).toBe('> een\n> |');
	});

	test('leaves other texts alone', () => {
		expect(space('- -|x')).toBeUndefined();
		expect(space('- 1.|')).toBeUndefined();
		expect(space('Tekst -|')).toBeUndefined();
		expect(space('- |')).toBeUndefined();
	});
});

describe('bold and italic', () => {
	const bold = (marked: string) => run(marked, (doc, from, to) => toggleWrap(doc, from, to, '**'));
	const italic = (marked: string) => run(marked, (doc, from, to) => toggleWrap(doc, from, to, '_'));

	test('wrap the selection, which stays selected', () => {
		expect(bold('Waardig [werk] voor iedereen')).toBe('Waardig **[werk]** voor iedereen');
		expect(italic('Waardig [werk] voor iedereen')).toBe('Waardig _[werk]_ voor iedereen');
	});

	test('leave the spaces at the edges of the selection outside', () => {
		expect(bold('Waardig [werk ]voor')).toBe('Waardig **[werk]** voor');
	});

	test('come off again, whether the marks are around or inside the selection', () => {
		expect(bold('Waardig **[werk]** voor')).toBe('Waardig [werk] voor');
		expect(bold('Waardig [**werk**] voor')).toBe('Waardig [werk] voor');
	});

	test('with nothing selected, put the pair in with the cursor between', () => {
		expect(bold('Waardig |')).toBe('Waardig **|**');
	});
});

describe('links', () => {
	const link = (marked: string) => run(marked, (doc, from, to) => insertLink(doc, from, to));

	test('the selected text becomes the link, its address selected to type over', () => {
		expect(link('Lees [ons rapport].')).toBe('Lees [ons rapport]([https://]).');
	});

	test('a selected address becomes the target, the cursor where the text goes', () => {
		expect(link('Zie [https://wsm.be/rapport].')).toBe('Zie [|](https://wsm.be/rapport).');
	});

	test('with nothing selected, an empty link to fill in', () => {
		expect(link('Zie |')).toBe('Zie [|](https://)');
	});
});

describe('headings, lists and quotes', () => {
	const lines = (kind: Parameters<typeof toggleLines>[3]) => (marked: string) =>
		run(marked, (doc, from, to) => toggleLines(doc, from, to, kind));

	test('a heading on the cursor line, at level 2, and off again', () => {
		expect(lines('heading')('Intro\nHoe we| werken')).toBe('Intro\n## Hoe we| werken');
		expect(lines('heading')('## Hoe we| werken')).toBe('Hoe we| werken');
		expect(lines('heading')('### Hoe| we werken')).toBe('Hoe| we werken');
	});

	test('a list on every line of the selection, blank lines left alone', () => {
		expect(lines('bullet')('[brood\nrozen]')).toBe('[- brood\n- rozen]');
		expect(lines('number')('[brood\n\nrozen]')).toBe('[1. brood\n\n2. rozen]');
		expect(lines('bullet')('[- brood\n- rozen]')).toBe('[brood\nrozen]');
	});

	test('a bulleted list becomes a numbered one, not a list in a list', () => {
		expect(lines('number')('[- brood\n- rozen]')).toBe('[1. brood\n2. rozen]');
	});

	test('a quote, and off again', () => {
		expect(lines('quote')('Make change| happen!')).toBe('> Make change| happen!');
		expect(lines('quote')('[> een\n> twee]')).toBe('[een\ntwee]');
	});
});

describe('blocks', () => {
	const block = (marked: string) =>
		run(marked, (doc, from, to) => insertBlock(doc, from, to, '![Markt](/m.jpg)'));

	test('go between blank lines, the cursor on to the text after', () => {
		expect(block('Een.|\nTwee.')).toBe('Een.\n\n![Markt](/m.jpg)\n\n|Twee.');
		expect(block('Een.\n\n|')).toBe('Een.\n\n![Markt](/m.jpg)\n\n|');
		expect(block('|')).toBe('![Markt](/m.jpg)\n\n|');
	});
});
