import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { loginSchema, passwordMaxLength, resetSchema } from './account.ts';
import { emailMaxLength } from './fields.ts';
import { address, problems, x } from './test-helpers.ts';

describe('signing in', () => {
	test('the address is trimmed, the password taken as typed', () => {
		expect(v.parse(loginSchema, { email: ' ada@example.org', password: ' secret ' })).toEqual({
			email: 'ada@example.org',
			password: ' secret '
		});
	});

	test('at the limits, one over them, and missing', () => {
		const atLimit = { email: address(emailMaxLength), password: x(passwordMaxLength) };
		expect(problems(loginSchema, atLimit)).toEqual({});
		expect(
			problems(loginSchema, { email: address(emailMaxLength + 1), password: x(passwordMaxLength + 1) })
		).toEqual({ email: `too_long:${emailMaxLength}`, password: `too_long:${passwordMaxLength}` });
		expect(problems(loginSchema, { email: '', password: '' })).toEqual({
			email: 'required',
			password: 'required'
		});
		expect(problems(loginSchema, { email: 'ada', password: 'x' })).toEqual({ email: 'email' });
	});
});

describe('asking for a password reset', () => {
	test('an address: valid, at its limit, one over it, missing, wrong', () => {
		expect(v.parse(resetSchema, { email: 'ada@example.org ' })).toEqual({ email: 'ada@example.org' });
		expect(problems(resetSchema, { email: address(emailMaxLength) })).toEqual({});
		expect(problems(resetSchema, { email: address(emailMaxLength + 1) })).toEqual({
			email: `too_long:${emailMaxLength}`
		});
		expect(problems(resetSchema, { email: ' ' })).toEqual({ email: 'required' });
		expect(problems(resetSchema, { email: 'not an address' })).toEqual({ email: 'email' });
	});
});
