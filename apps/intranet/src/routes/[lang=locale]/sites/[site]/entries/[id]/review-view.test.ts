import { expect, test } from 'vitest';
import { goesLive, historyOf, stepLabel } from './review-view.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute));

test('a save that leaves a text published or scheduled puts it online; a draft or one in review does not', () => {
	expect(goesLive('published')).toBe(true);
	expect(goesLive('scheduled')).toBe(true);
	expect(goesLive('draft')).toBe(false);
	expect(goesLive('in_review')).toBe(false);
	expect(goesLive('archived')).toBe(false);
	expect(goesLive(undefined)).toBe(false);
});

test('revisions and review steps make one history, newest first; a step made with a revision comes above it', () => {
	// As loaded: revisions newest first, steps oldest first.
	const revisions = [
		{ id: 'r3', created_at: at(30) },
		{ id: 'r2', created_at: at(10) },
		{ id: 'r1', created_at: at(0) }
	];
	const steps = [
		{ id: 's1', at: at(10) },
		{ id: 's2', at: at(20) },
		{ id: 's3', at: at(20) },
		{ id: 's4', at: at(30) }
	];
	const history = historyOf(revisions, steps);
	expect(history.map((item) => (item.kind === 'revision' ? item.revision.id : item.step.id))).toEqual([
		's4',
		'r3',
		's3',
		's2',
		's1',
		'r2',
		'r1'
	]);
	// Each revision keeps its place among the revisions: 0 is the current one, which is not restored.
	expect(history.flatMap((item) => (item.kind === 'revision' ? [item.index] : []))).toEqual([0, 1, 2]);
	expect(historyOf(revisions, [])).toHaveLength(3);
});

test('each step is named in the editor’s language', () => {
	expect(stepLabel('sent_back', 'nl')).toBe('Teruggestuurd');
	expect(stepLabel('approved', 'fr')).toBe('Approuvé');
	expect(stepLabel('submitted', 'en')).toBe('Submitted for review');
	expect(stepLabel('withdrawn', 'es')).toBe('Retirado');
});
