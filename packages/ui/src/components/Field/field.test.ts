import { describe, expect, test } from 'vitest';
import { fieldWiring } from './field.ts';

describe('fieldWiring', () => {
	test('without hint or error the control is described by nothing and is valid', () => {
		expect(fieldWiring('email', {})).toEqual({
			hintId: undefined,
			errorId: undefined,
			describedBy: undefined,
			invalid: false
		});
	});

	test('lists only the messages that are shown, hint first', () => {
		expect(fieldWiring('email', { hint: 'Hint' }).describedBy).toBe('email-hint');
		expect(fieldWiring('email', { error: 'Fout' }).describedBy).toBe('email-error');
		expect(fieldWiring('email', { hint: 'Hint', error: 'Fout' })).toEqual({
			hintId: 'email-hint',
			errorId: 'email-error',
			describedBy: 'email-hint email-error',
			invalid: true
		});
	});

	test('an empty error is no error', () => {
		expect(fieldWiring('email', { error: '' }).invalid).toBe(false);
	});
});
