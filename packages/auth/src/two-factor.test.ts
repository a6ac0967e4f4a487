import { expect, test } from 'vitest';
import { twoFactorPolicy, twoFactorRequired } from './two-factor.ts';

const nobody = { isPlatformAdmin: false, isIntranetAdmin: false };

test.each([
	['a platform admin', { ...nobody, isPlatformAdmin: true }, [], true],
	['an intranet admin', { ...nobody, isIntranetAdmin: true }, [], true],
	['an organisation admin', nobody, ['admin'], true],
	['an admin of one organisation and member of another', nobody, ['member', 'admin'], true],
	['a member', nobody, ['member'], false],
	['a member of two organisations', nobody, ['member', 'member'], false],
	['a user with no role', nobody, [], false]
] as const)('by default, 2FA for %s: %s', (_, user, roles, required) => {
	expect(twoFactorRequired(user, roles)).toBe(required);
});

test('the policy is per role: members can be made to use it, admins let off', () => {
	const everyone = { ...twoFactorPolicy, organisationMember: true };
	expect(twoFactorRequired(nobody, ['member'], everyone)).toBe(true);
	expect(twoFactorRequired(nobody, [], everyone)).toBe(false);
	const relaxed = { ...twoFactorPolicy, organisationAdmin: false };
	expect(twoFactorRequired(nobody, ['admin'], relaxed)).toBe(false);
	expect(twoFactorRequired({ ...nobody, isPlatformAdmin: true }, ['admin'], relaxed)).toBe(true);
});

test('the default policy is the one the tracker asks for', () => {
	expect(twoFactorPolicy).toEqual({
		platformAdmin: true,
		intranetAdmin: true,
		organisationAdmin: true,
		organisationMember: false
	});
});
