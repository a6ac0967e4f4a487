// An invitation from its token to a signed-in member: looked up, accepted once, expired, and
// what an accepted invitation does to an account that already exists.
import { describe, expect, inject, test } from 'vitest';
import { auditEntries } from './audit.ts';
import { acceptInvitation, invitationByToken, pendingInvitations } from './invitations.ts';
import { authenticate } from './password.ts';
import { at, t0, invitationFixture } from './invitations-fixture.ts';

describe.each(inject('databases'))('invitations on $name', ({ adminUrl }) => {
	const f = invitationFixture(adminUrl);

	describe('the life cycle', () => {
		test('invite, look up, a weak password, accept, sign in — once', async () => {
			const token = await f.invite('Nieuw.Lid@Example.org', 'member');
			const pending = await invitationByToken(f.db, token, at(1));
			expect(pending).toEqual({
				id: expect.any(String),
				organisationId: f.acv,
				organisationName: 'ACV',
				email: 'Nieuw.Lid@Example.org',
				role: 'member',
				invitedBy: f.acvAdmin,
				expiresAt: at(7),
				createdAt: t0,
				existingAccount: false
			});
			expect((await pendingInvitations(f.db, f.acv, at(1))).find((p) => p.id === pending?.id)).toMatchObject({
				email: 'Nieuw.Lid@Example.org',
				invitedBy: f.acvAdmin,
				invitedByName: 'admin',
				expiresAt: at(7)
			});

			// Problems come back, and leave the link usable.
			expect(
				await acceptInvitation(f.db, token, { displayName: 'Nieuw Lid', password: 'wachtwoord1', now: at(1) })
			).toEqual({
				ok: false,
				problem: 'common'
			});
			expect(
				await acceptInvitation(f.db, token, { displayName: 'Nieuw Lid', password: 'nieuw.lid!', now: at(1) })
			).toEqual({
				ok: false,
				problem: 'like_account'
			});
			expect(
				await acceptInvitation(f.db, token, { displayName: '  ', password: 'k7#mQ2vx-lid', now: at(1) })
			).toEqual({
				ok: false,
				problem: 'invalid_name'
			});
			expect(await acceptInvitation(f.db, token, { displayName: 'Nieuw Lid', now: at(1) })).toEqual({
				ok: false,
				problem: 'too_short'
			});
			expect(await invitationByToken(f.db, token, at(1))).toBeDefined();

			const accepted = await acceptInvitation(f.db, token, {
				displayName: ' Nieuw Lid ',
				password: 'k7#mQ2vx-lid',
				now: at(1),
				ip: '203.0.113.2'
			});
			if (!accepted.ok) throw new Error(accepted.problem);
			expect(accepted).toEqual({
				ok: true,
				userId: expect.any(String),
				organisationId: f.acv,
				newAccount: true
			});
			const user = await f.db
				.selectFrom('users')
				.selectAll()
				.where('id', '=', accepted.userId)
				.executeTakeFirstOrThrow();
			expect(user).toMatchObject({ email: 'Nieuw.Lid@Example.org', display_name: 'Nieuw Lid' });
			expect(await f.roleIn(f.acv, accepted.userId)).toBe('member');
			expect((await authenticate(f.db, 'nieuw.lid@example.org', 'k7#mQ2vx-lid')).ok).toBe(true);
			const invitation = await f.db
				.selectFrom('invitations')
				.select('accepted_at')
				.where('id', '=', pending?.id ?? '')
				.executeTakeFirstOrThrow();
			expect(invitation.accepted_at).toEqual(at(1));
			const [entry] = await auditEntries(f.db, {
				action: 'invitation.accepted',
				targetId: pending?.id ?? '',
				limit: 1
			});
			expect(entry).toMatchObject({
				actorId: accepted.userId,
				ip: '203.0.113.2',
				details: { organisationId: f.acv, role: 'member', newAccount: true }
			});
			expect(JSON.stringify(entry)).not.toContain('k7#mQ2vx');

			// Single use: gone from the lookups, and a second accept changes nothing.
			expect(await invitationByToken(f.db, token, at(1))).toBeUndefined();
			expect((await pendingInvitations(f.db, f.acv, at(1))).some((p) => p.id === pending?.id)).toBe(false);
			expect(
				await acceptInvitation(f.db, token, {
					displayName: 'Someone Else',
					password: 'an0ther-secret',
					now: at(1)
				})
			).toEqual({ ok: false, problem: 'invalid' });
			expect((await authenticate(f.db, 'nieuw.lid@example.org', 'k7#mQ2vx-lid')).ok).toBe(true);
		});

		test('an invitation expires after seven days', async () => {
			const token = await f.invite('late@example.org');
			const justBefore = new Date(at(7).getTime() - 1);
			expect(await invitationByToken(f.db, token, justBefore)).toBeDefined();
			expect(await invitationByToken(f.db, token, at(7))).toBeUndefined();
			expect((await pendingInvitations(f.db, f.acv, at(7))).some((p) => p.email === 'late@example.org')).toBe(
				false
			);
			expect(
				await acceptInvitation(f.db, token, {
					displayName: 'Laat Persoon',
					password: 'k7#mQ2vx-zz9',
					now: at(7)
				})
			).toEqual({ ok: false, problem: 'invalid' });
			const accepted = await acceptInvitation(f.db, token, {
				displayName: 'Laat Persoon',
				password: 'k7#mQ2vx-zz9',
				now: justBefore
			});
			expect(accepted.ok).toBe(true);
		});

		test('unknown, malformed and tampered tokens find nothing', async () => {
			const token = await f.invite('tamper@example.org');
			const tampered = (token[0] === 'a' ? 'b' : 'a') + token.slice(1);
			for (const bad of [
				tampered,
				'a'.repeat(32),
				token.toUpperCase(),
				`${token}x`,
				"x'; drop table users; --"
			]) {
				expect(await invitationByToken(f.db, bad, t0)).toBeUndefined();
				expect(
					await acceptInvitation(f.db, bad, { displayName: 'X Y', password: 'k7#mQ2vx-xy', now: t0 })
				).toEqual({
					ok: false,
					problem: 'invalid'
				});
			}
		});

		test('an existing account, whatever the case of its e-mail, only gains the membership', async () => {
			const id = await f.addUser('els.peeters@acv-csc.be', { password: 'k7#mQ2vx-els' });
			await f.addMember(id, f.wsm, 'member');
			const token = await f.invite('ELS.Peeters@ACV-CSC.be', 'admin');
			expect((await invitationByToken(f.db, token, t0))?.existingAccount).toBe(true);
			// A name and password given anyway are ignored: the account keeps its own.
			const accepted = await acceptInvitation(f.db, token, {
				displayName: 'Not Els',
				password: 'hijack-Pa55',
				now: t0
			});
			expect(accepted).toEqual({ ok: true, userId: id, organisationId: f.acv, newAccount: false });
			expect(await f.roleIn(f.acv, id)).toBe('admin');
			expect(await f.roleIn(f.wsm, id)).toBe('member');
			expect((await authenticate(f.db, 'els.peeters@acv-csc.be', 'k7#mQ2vx-els')).ok).toBe(true);
			expect((await authenticate(f.db, 'els.peeters@acv-csc.be', 'hijack-Pa55')).ok).toBe(false);
			const user = await f.db
				.selectFrom('users')
				.select('display_name')
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			expect(user.display_name).toBe('els.peeters');
		});

		test('a disabled account is not brought back by an invitation', async () => {
			const id = await f.addUser('disabled@example.org', { password: 'k7#mQ2vx-dis' });
			const token = await f.invite('disabled@example.org');
			await f.db.updateTable('users').set({ disabled_at: t0 }).where('id', '=', id).execute();
			expect(await acceptInvitation(f.db, token, { now: t0 })).toEqual({
				ok: false,
				problem: 'account_disabled'
			});
			expect(await f.roleIn(f.acv, id)).toBeUndefined();
			expect(await invitationByToken(f.db, token, t0)).toBeDefined();
		});

		test('two accepts at once: one wins', async () => {
			const token = await f.invite('race@example.org');
			const results = await Promise.all(
				[1, 2].map(() =>
					acceptInvitation(f.db, token, { displayName: 'Snel Persoon', password: 'k7#mQ2vx-zz8', now: t0 })
				)
			);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, problem: 'invalid' }]);
		});
	});
});
