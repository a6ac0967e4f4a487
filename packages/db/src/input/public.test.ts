import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { emailMaxLength } from './fields.ts';
import {
	contactMessageMaxLength,
	contactNameMaxLength,
	contactSchema,
	contactSubjectMaxLength,
	subscribeSchema
} from './public.ts';
import { address, problems, x } from './test-helpers.ts';

describe('the contact form', () => {
	const message = { name: ' Ada ', email: ' ada@example.org ', subject: '', message: 'Hallo' };

	test('a message is read trimmed; the subject may stay empty', () => {
		expect(v.parse(contactSchema, message)).toEqual({
			name: 'Ada',
			email: 'ada@example.org',
			subject: '',
			message: 'Hallo'
		});
	});

	test('each text is accepted at its limit and refused one over it, with the limit', () => {
		const atLimit = {
			name: x(contactNameMaxLength),
			email: address(emailMaxLength),
			subject: x(contactSubjectMaxLength),
			message: x(contactMessageMaxLength)
		};
		expect(problems(contactSchema, atLimit)).toEqual({});
		const over = {
			name: x(contactNameMaxLength + 1),
			email: address(emailMaxLength + 1),
			subject: x(contactSubjectMaxLength + 1),
			message: x(contactMessageMaxLength + 1)
		};
		expect(problems(contactSchema, over)).toEqual({
			name: `too_long:${contactNameMaxLength}`,
			email: `too_long:${emailMaxLength}`,
			subject: `too_long:${contactSubjectMaxLength}`,
			message: `too_long:${contactMessageMaxLength}`
		});
	});

	test('a missing name, address or message is required; a wrong address is refused', () => {
		expect(problems(contactSchema, { name: ' ', email: '', subject: '', message: '' })).toEqual({
			name: 'required',
			email: 'required',
			message: 'required'
		});
		expect(problems(contactSchema, { ...message, email: 'ada@' })).toEqual({ email: 'email' });
	});
});

describe('the newsletter sign-up', () => {
	test('an address with the consent box ticked', () => {
		expect(v.parse(subscribeSchema, { email: 'ada@example.org ', consent: 'yes' })).toEqual({
			email: 'ada@example.org',
			consent: 'yes'
		});
	});

	test('the address at its limit, one over it, missing; the consent not given', () => {
		expect(problems(subscribeSchema, { email: address(emailMaxLength), consent: 'yes' })).toEqual({});
		expect(problems(subscribeSchema, { email: address(emailMaxLength + 1), consent: 'yes' })).toEqual({
			email: `too_long:${emailMaxLength}`
		});
		expect(problems(subscribeSchema, { email: '', consent: '' })).toEqual({
			email: 'required',
			consent: 'consent'
		});
	});
});
