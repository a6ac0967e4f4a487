import { expect, test } from 'vitest';
import { applyOp, postedOp, postedRows } from './menu-form.ts';

const rows = [
	{ target: 'section:news', label: '' },
	{ target: 'section:contact', label: 'Schrijf ons' },
	{ target: 'path:/nl/zoeken', label: '' }
];

test('the posted rows are read in order, up to the first missing one', () => {
	const data = new FormData();
	data.set('target.0', 'section:news');
	data.set('label.0', '');
	data.set('target.1', 'section:contact');
	data.set('label.1', 'Schrijf ons');
	data.set('target.3', 'section:ignored');
	expect(postedRows(data)).toEqual(rows.slice(0, 2));
});

test('a row moves up and down, not past either end, and is removed', () => {
	expect(applyOp(rows, { kind: 'up', index: 1 }).map((row) => row.target)).toEqual([
		'section:contact',
		'section:news',
		'path:/nl/zoeken'
	]);
	expect(applyOp(rows, { kind: 'down', index: 1 }).map((row) => row.target)).toEqual([
		'section:news',
		'path:/nl/zoeken',
		'section:contact'
	]);
	expect(applyOp(rows, { kind: 'up', index: 0 })).toEqual(rows);
	expect(applyOp(rows, { kind: 'down', index: 2 })).toEqual(rows);
	expect(applyOp(rows, { kind: 'remove', index: 1 })).toEqual([rows[0], rows[2]]);
	expect(applyOp(rows, { kind: 'remove', index: 9 })).toEqual(rows);
});

test('only the buttons of the form are read as operations', () => {
	expect(postedOp('save')).toEqual({ kind: 'save' });
	expect(postedOp('add')).toEqual({ kind: 'add' });
	expect(postedOp('up:3')).toEqual({ kind: 'up', index: 3 });
	expect(postedOp('remove:0')).toEqual({ kind: 'remove', index: 0 });
	for (const value of ['delete', 'up:-1', 'up:100', 'up:', null]) expect(postedOp(value)).toBeUndefined();
});
