import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { emailMaxLength } from './fields.ts';
import {
	bioMaxLength,
	fileScopeMaxLength,
	fileTitleMaxLength,
	inviteSchema,
	languagesMaxLength,
	postBodyMaxLength,
	profileSchema,
	replySchema,
	threadSchema,
	threadTitleMaxLength,
	uploadSchema
} from './members.ts';
import { address, problems, x } from './test-helpers.ts';

describe('the profile', () => {
	test('both texts are trimmed and may stay empty', () => {
		expect(v.parse(profileSchema, { bio: ' Hallo ', languages: '' })).toEqual({
			bio: 'Hallo',
			languages: ''
		});
	});

	test('at the limits and one over them (empty is nothing to say)', () => {
		expect(problems(profileSchema, { bio: x(bioMaxLength), languages: x(languagesMaxLength) })).toEqual({});
		expect(
			problems(profileSchema, { bio: x(bioMaxLength + 1), languages: x(languagesMaxLength + 1) })
		).toEqual({
			bio: `too_long:${bioMaxLength}`,
			languages: `too_long:${languagesMaxLength}`
		});
	});
});

describe('an invitation', () => {
	test('an address and a role', () => {
		expect(v.parse(inviteSchema, { email: ' ada@example.org ', role: 'admin' })).toEqual({
			email: 'ada@example.org',
			role: 'admin'
		});
	});

	test('the address at its limit, one over it; missing or unknown values', () => {
		expect(problems(inviteSchema, { email: address(emailMaxLength), role: 'member' })).toEqual({});
		expect(problems(inviteSchema, { email: address(emailMaxLength + 1), role: 'member' })).toEqual({
			email: `too_long:${emailMaxLength}`
		});
		expect(problems(inviteSchema, { email: '', role: '' })).toEqual({ email: 'required', role: 'required' });
		expect(problems(inviteSchema, { email: 'ada', role: 'owner' })).toEqual({
			email: 'email',
			role: 'required'
		});
	});
});

describe('a file in the library', () => {
	test('a title and a scope: valid, at their limits, one over, missing', () => {
		expect(v.parse(uploadSchema, { title: ' Verslag ', scope: 'me' })).toEqual({
			title: 'Verslag',
			scope: 'me'
		});
		expect(problems(uploadSchema, { title: x(fileTitleMaxLength), scope: x(fileScopeMaxLength) })).toEqual(
			{}
		);
		expect(
			problems(uploadSchema, { title: x(fileTitleMaxLength + 1), scope: x(fileScopeMaxLength + 1) })
		).toEqual({ title: `too_long:${fileTitleMaxLength}`, scope: `too_long:${fileScopeMaxLength}` });
		expect(problems(uploadSchema, { title: ' ', scope: '' })).toEqual({
			title: 'required',
			scope: 'required'
		});
	});
});

describe('a thread and a reply', () => {
	test('valid, at their limits, one over, missing', () => {
		expect(v.parse(threadSchema, { title: ' Vraag ', body: 'Wie?' })).toEqual({
			title: 'Vraag',
			body: 'Wie?'
		});
		expect(problems(threadSchema, { title: x(threadTitleMaxLength), body: x(postBodyMaxLength) })).toEqual(
			{}
		);
		expect(
			problems(threadSchema, { title: x(threadTitleMaxLength + 1), body: x(postBodyMaxLength + 1) })
		).toEqual({ title: `too_long:${threadTitleMaxLength}`, body: `too_long:${postBodyMaxLength}` });
		expect(problems(threadSchema, { title: '', body: '' })).toEqual({ title: 'required', body: 'required' });

		expect(v.parse(replySchema, { body: ' Ik. ' })).toEqual({ body: 'Ik.' });
		expect(problems(replySchema, { body: x(postBodyMaxLength) })).toEqual({});
		expect(problems(replySchema, { body: x(postBodyMaxLength + 1) })).toEqual({
			body: `too_long:${postBodyMaxLength}`
		});
		expect(problems(replySchema, { body: '\n' })).toEqual({ body: 'required' });
	});
});
