// Removing a member from an organisation (removeMember): who may, what it ends, what it leaves.
import { describe, expect, inject, test } from 'vitest';
import { auditEntries } from './audit.ts';
import { removeMember } from './invitations.ts';
import {
	createSession,
	defaultSessionPolicy,
	generateSessionToken,
	validateSessionToken
} from './session.ts';
import { t0, invitationFixture } from './invitations-fixture.ts';

describe.each(inject('databases'))('invitations on $name', ({ adminUrl }) => {
	const f = invitationFixture(adminUrl);

	describe('removeMember', () => {
		async function sessionsOf(userId: string): Promise<string[]> {
			const tokens = [generateSessionToken(), generateSessionToken()];
			for (const token of tokens) await createSession(f.db, token, userId, defaultSessionPolicy, t0);
			return tokens;
		}
		const valid = async (tokens: string[]) =>
			Promise.all(
				tokens.map(
					async (token) => (await validateSessionToken(f.db, token, defaultSessionPolicy, t0)) !== null
				)
			);

		test('admins remove their own organisation’s members only', async () => {
			const id = await f.addUser('removable@acv-csc.be');
			await f.addMember(id, f.acv, 'member');
			expect(await removeMember(f.db, { organisationId: f.acv, userId: id, by: f.wsmAdmin })).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			expect(await removeMember(f.db, { organisationId: f.acv, userId: id, by: f.acvMember })).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			// An admin of WSM cannot remove from ACV by naming WSM either: there is no such membership.
			expect(await removeMember(f.db, { organisationId: f.wsm, userId: id, by: f.wsmAdmin })).toEqual({
				ok: false,
				reason: 'not_found'
			});
			expect(await f.roleIn(f.acv, id)).toBe('member');
		});

		test('a user left with no role loses their sessions; audited', async () => {
			const id = await f.addUser('leaving@acv-csc.be');
			await f.addMember(id, f.acv, 'member');
			const tokens = await sessionsOf(id);
			const others = await sessionsOf(f.acvMember);
			expect(
				await removeMember(f.db, {
					organisationId: f.acv,
					userId: id,
					by: f.acvAdmin,
					now: t0,
					ip: '203.0.113.5'
				})
			).toEqual({ ok: true, sessionsEnded: true });
			expect(await f.roleIn(f.acv, id)).toBeUndefined();
			expect(await valid(tokens)).toEqual([false, false]);
			expect(await valid(others)).toEqual([true, true]);
			const [entry] = await auditEntries(f.db, { action: 'membership.removed', targetId: id, limit: 1 });
			expect(entry).toMatchObject({
				actorId: f.acvAdmin,
				targetType: 'user',
				ip: '203.0.113.5',
				details: { organisationId: f.acv, role: 'member', sessionsEnded: true }
			});
			expect(await removeMember(f.db, { organisationId: f.acv, userId: id, by: f.acvAdmin })).toEqual({
				ok: false,
				reason: 'not_found'
			});
		});

		test('a user with another membership keeps their sessions; a platform admin may remove anyone', async () => {
			const id = await f.addUser('two.hats@acv-csc.be');
			await f.addMember(id, f.acv, 'admin');
			await f.addMember(id, f.wsm, 'member');
			const tokens = await sessionsOf(id);
			expect(await removeMember(f.db, { organisationId: f.acv, userId: id, by: f.platformAdmin })).toEqual({
				ok: true,
				sessionsEnded: false
			});
			expect(await valid(tokens)).toEqual([true, true]);
			expect(await f.roleIn(f.wsm, id)).toBe('member');
		});
	});
});
