import * as m from '@solidair/i18n/messages';
import { expect, test } from 'vitest';
import { failureOf, summaryOf, type EditorFailure } from './failure.ts';

const translation: EditorFailure = {
	form: 'translation',
	locale: 'fr',
	values: { title: '' },
	errors: { title: 'Required', slug: 'Bad slug' }
};

test('a failure belongs to one form, and a language’s form to one language', () => {
	expect(failureOf(translation, 'translation', 'fr')).toBe(translation);
	expect(failureOf(translation, 'translation', 'nl')).toBeUndefined();
	expect(failureOf(translation, 'details')).toBeUndefined();
	expect(failureOf({ ...translation, form: 'restore' }, 'translation', 'fr')).toBeUndefined();
	expect(failureOf(undefined, 'details')).toBeUndefined();
});

test('the summary links each message to its field, the conflict first', () => {
	expect(summaryOf(translation, 'en')).toEqual([
		{ id: 'title-fr', message: 'Required' },
		{ id: 'slug-fr', message: 'Bad slug' }
	]);
	expect(
		summaryOf({ form: 'details', values: {}, errors: { place: 'Too long' }, conflict: {} }, 'nl')
	).toEqual([
		{ id: 'details-conflict', message: m.editing_details_conflict({}, { locale: 'nl' }) },
		{ id: 'details-place', message: 'Too long' }
	]);
	expect(summaryOf({ form: 'file', locale: 'nl', values: {}, errors: { file: 'Not a PDF' } }, 'nl')).toEqual([
		{ id: 'file-nl', message: 'Not a PDF' }
	]);
	expect(summaryOf({ ...translation, errors: {}, conflict: {} }, 'fr')).toEqual([
		{ id: 'conflict-fr', message: m.editing_conflict_title({}, { locale: 'fr' }) }
	]);
	// A refused restore says so beside its revisions, not in the summary.
	expect(summaryOf({ form: 'restore', locale: 'fr', values: {}, errors: {} }, 'fr')).toEqual([]);
});
