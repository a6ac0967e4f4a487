import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { requiredReviewNoteSchema, reviewNoteMaxLength, reviewNoteSchema } from './review.ts';

describe('review notes', () => {
	test('a note is trimmed, its newlines made plain, and may be empty', () => {
		expect(v.parse(reviewNoteSchema, { note: '  Zie alinea 2.\r\nDank je.  ' })).toEqual({
			note: 'Zie alinea 2.\nDank je.'
		});
		expect(v.parse(reviewNoteSchema, { note: '   ' })).toEqual({ note: '' });
	});

	test('a comment or a reason is required', () => {
		expect(v.safeParse(requiredReviewNoteSchema, { note: ' \n ' }).issues?.[0]?.message).toBe('required');
		expect(v.parse(requiredReviewNoteSchema, { note: 'Te lang.' })).toEqual({ note: 'Te lang.' });
	});

	test('at most the limit, CRLF counted as one', () => {
		const crlf = `${'a'.repeat(reviewNoteMaxLength - 2)}\r\nb`;
		expect(v.safeParse(reviewNoteSchema, { note: crlf }).success).toBe(true);
		const long = 'a'.repeat(reviewNoteMaxLength + 1);
		expect(v.safeParse(requiredReviewNoteSchema, { note: long }).issues?.[0]?.message).toBe(
			`too_long:${reviewNoteMaxLength}`
		);
	});
});
