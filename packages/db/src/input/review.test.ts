import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
	approveReviewSchema,
	requiredReviewNoteSchema,
	reviewNoteMaxLength,
	reviewNoteSchema
} from './review.ts';

const at = new Date('2026-12-24T09:00:00Z');
const parseTime = (text: string) => (text === '2026-12-24T10:00' ? at : undefined);
const approval = approveReviewSchema(parseTime);

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

describe('approving', () => {
	test('now, or at a time read on Brussels clocks', () => {
		expect(v.parse(approval, { when: 'now', publishAt: 'whatever', note: '' })).toEqual({
			note: '',
			overrideReason: '',
			publishAt: null
		});
		expect(
			v.parse(approval, {
				when: 'later',
				publishAt: '2026-12-24T10:00',
				note: ' Top. ',
				overrideReason: ' De foto is decoratief. '
			})
		).toEqual({ note: 'Top.', overrideReason: 'De foto is decoratief.', publishAt: at });
	});

	test('a reason to publish despite the content checks has a limit', () => {
		const long = { when: 'now', publishAt: '', note: '', overrideReason: 'x'.repeat(501) };
		expect(v.safeParse(approval, long).issues?.[0]?.message).toBe('too_long:500');
	});

	test('later needs a time that is one; the choice must be ours', () => {
		const issue = (input: Record<string, string>) => v.safeParse(approval, input).issues?.[0]?.message;
		expect(issue({ when: 'later', publishAt: '', note: '' })).toBe('publish_at_required');
		expect(issue({ when: 'later', publishAt: 'morgen', note: '' })).toBe('date');
		expect(issue({ when: 'soon', publishAt: '', note: '' })).toBe('choose');
	});
});
