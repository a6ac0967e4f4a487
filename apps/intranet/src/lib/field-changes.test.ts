import { expect, test } from 'vitest';
import { fieldChanges } from './field-changes.ts';

const text = (title: string, summary: string, body: string) => ({ title, summary, body });

test('only the fields whose words changed, in their order, with the removed and added words', () => {
	const changes = fieldChanges(
		text('Vakbonden in Benin', 'Kort', 'Eerste alinea.\n\nTweede alinea.'),
		text('Sterke vakbonden in Benin', 'Kort', 'Eerste alinea.\n\nDerde alinea.')
	);
	expect(changes.map((change) => change.field)).toEqual(['title', 'body']);
	const parts = changes.flatMap((change) =>
		change.paragraphs.flatMap((paragraph) => (paragraph.kind === 'paragraph' ? paragraph.parts : []))
	);
	expect(parts).toContainEqual({ kind: 'removed', text: 'Vakbonden' });
	expect(parts).toContainEqual({ kind: 'added', text: 'Sterke vakbonden' });
	expect(parts).toContainEqual({ kind: 'removed', text: 'Tweede' });
	expect(parts).toContainEqual({ kind: 'added', text: 'Derde' });
});

test('nothing for the same text', () => {
	expect(fieldChanges(text('A', 'B', 'C'), text('A', 'B', 'C'))).toEqual([]);
});
