// Inviting people to an organisation: who may invite whom (createInvitation), and taking an
// invitation back (revokeInvitation). The life cycle and removing members have files of their own.
import { sql } from 'kysely';
import { describe, expect, inject, test } from 'vitest';
import { auditEntries } from './audit.ts';
import {
	acceptInvitation,
	createInvitation,
	invitationByToken,
	invitationLifetimeMs,
	pendingInvitations,
	revokeInvitation
} from './invitations.ts';
import { at, day, t0, invitationFixture } from './invitations-fixture.ts';

describe.each(inject('databases'))('invitations on $name', ({ adminUrl }) => {
	const f = invitationFixture(adminUrl);

	describe('createInvitation', () => {
		test('a 160-bit token, only its hash stored, for seven days; audited', async () => {
			const result = await createInvitation(f.db, {
				organisationId: f.acv,
				email: ' new.person@example.org ',
				role: 'member',
				invitedBy: f.acvAdmin,
				now: t0,
				ip: '203.0.113.1'
			});
			if (!result.ok) throw new Error(result.reason);
			expect(result.token).toMatch(/^[a-z2-7]{32}$/);
			expect(result.expiresAt).toEqual(new Date(t0.getTime() + invitationLifetimeMs));
			expect(invitationLifetimeMs).toBe(7 * day);
			const row = await f.db
				.selectFrom('invitations')
				.selectAll()
				.where('id', '=', result.invitationId)
				.executeTakeFirstOrThrow();
			expect(row).toMatchObject({
				organisation_id: f.acv,
				email: 'new.person@example.org',
				role: 'member',
				invited_by: f.acvAdmin,
				expires_at: at(7),
				accepted_at: null
			});
			expect(row.token_hash).toHaveLength(32);
			const { rows } = await sql<{ n: number }>`
				select count(*)::int as n from invitations i
				where i::text ilike ${'%' + result.token + '%'} or encode(i.token_hash, 'escape') ilike ${'%' + result.token + '%'}
			`.execute(f.db);
			expect(rows[0]?.n).toBe(0);
			const [entry] = await auditEntries(f.db, {
				action: 'invitation.created',
				targetId: result.invitationId,
				limit: 1
			});
			expect(entry).toMatchObject({
				actorId: f.acvAdmin,
				ip: '203.0.113.1',
				details: { organisationId: f.acv, email: 'new.person@example.org', role: 'member' }
			});
			expect(JSON.stringify(await auditEntries(f.db, { limit: 100 }))).not.toContain(result.token);
		});

		test('only the organisation’s own admins and platform admins invite', async () => {
			const attempt = (invitedBy: string, organisationId = f.acv) =>
				createInvitation(f.db, {
					organisationId,
					email: 'someone@example.org',
					role: 'member',
					invitedBy,
					now: t0
				});
			expect(await attempt(f.acvMember)).toEqual({ ok: false, reason: 'forbidden' });
			expect(await attempt(f.wsmAdmin)).toEqual({ ok: false, reason: 'forbidden' });
			expect(await attempt(f.acvAdmin, f.wsm)).toEqual({ ok: false, reason: 'forbidden' });
			expect((await attempt(f.platformAdmin)).ok).toBe(true);
			expect((await attempt(f.wsmAdmin, f.wsm)).ok).toBe(true);
			// Unknown inviters and organisations.
			expect(await attempt('00000000-0000-4000-8000-000000000000')).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			expect(await attempt(f.platformAdmin, '00000000-0000-4000-8000-000000000000')).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			// A disabled admin invites nobody.
			const gone = await f.addUser('gone.admin@acv-csc.be');
			await f.addMember(gone, f.acv, 'admin');
			await f.db.updateTable('users').set({ disabled_at: t0 }).where('id', '=', gone).execute();
			expect(await attempt(gone)).toEqual({ ok: false, reason: 'forbidden' });
		});

		test('malformed addresses and current members are refused', async () => {
			for (const email of ['', 'no-at-sign', 'two@@signs', 'a b@example.org', `${'x'.repeat(250)}@x.be`]) {
				expect(
					await createInvitation(f.db, {
						organisationId: f.acv,
						email,
						role: 'member',
						invitedBy: f.acvAdmin
					})
				).toEqual({
					ok: false,
					reason: 'invalid_email'
				});
			}
			expect(
				await createInvitation(f.db, {
					organisationId: f.acv,
					email: 'MEMBER@acv-csc.be',
					role: 'admin',
					invitedBy: f.acvAdmin
				})
			).toEqual({ ok: false, reason: 'already_member' });
		});

		test('a new invitation of the same address, in any case, replaces the pending one', async () => {
			const first = await f.invite('twice@example.org', 'member');
			const second = await f.invite('Twice@Example.ORG', 'admin', at(1));
			expect(await invitationByToken(f.db, first, at(1))).toBeUndefined();
			expect(await invitationByToken(f.db, second, at(1))).toMatchObject({
				role: 'admin',
				email: 'Twice@Example.ORG'
			});
			const pending = await pendingInvitations(f.db, f.acv, at(1));
			expect(pending.filter((p) => p.email.toLowerCase() === 'twice@example.org')).toHaveLength(1);
			// The first is kept, revoked when the second was made.
			const rows = await f.db
				.selectFrom('invitations')
				.select(['role', 'revoked_at'])
				.where('organisation_id', '=', f.acv)
				.where(sql<boolean>`lower(email) = 'twice@example.org'`)
				.orderBy('created_at')
				.execute();
			expect(rows).toEqual([
				{ role: 'member', revoked_at: at(1) },
				{ role: 'admin', revoked_at: null }
			]);
			// Another organisation's invitation of the same address is another matter.
			const other = await createInvitation(f.db, {
				organisationId: f.wsm,
				email: 'twice@example.org',
				role: 'member',
				invitedBy: f.wsmAdmin,
				now: at(1)
			});
			expect(other.ok).toBe(true);
			expect(await invitationByToken(f.db, second, at(1))).toBeDefined();
		});

		test('two invitations of one address at once: both made, one left pending', async () => {
			const results = await Promise.all(
				['race@example.org', 'RACE@example.org'].map((email) =>
					createInvitation(f.db, {
						organisationId: f.acv,
						email,
						role: 'member',
						invitedBy: f.acvAdmin,
						now: t0
					})
				)
			);
			expect(results.map((r) => r.ok)).toEqual([true, true]);
			const pending = await pendingInvitations(f.db, f.acv, t0);
			expect(pending.filter((p) => p.email.toLowerCase() === 'race@example.org')).toHaveLength(1);
		});

		test('the database holds at most one pending invitation per organisation and address', async () => {
			await f.invite('unique@example.org');
			const row = {
				organisation_id: f.acv,
				email: 'Unique@Example.org',
				role: 'member' as const,
				invited_by: f.acvAdmin,
				expires_at: at(7)
			};
			await expect(
				f.db
					.insertInto('invitations')
					.values({ ...row, token_hash: new Uint8Array(32).fill(1) })
					.execute()
			).rejects.toThrow();
			// Revoked or accepted ones do not count.
			await f.db
				.insertInto('invitations')
				.values({ ...row, token_hash: new Uint8Array(32).fill(2), revoked_at: t0 })
				.execute();
			await f.db
				.insertInto('invitations')
				.values({ ...row, token_hash: new Uint8Array(32).fill(3), accepted_at: t0 })
				.execute();
		});
	});

	describe('revokeInvitation', () => {
		test('by the organisation’s admins only; the link stops working; audited', async () => {
			const token = await f.invite('revoked@example.org');
			const id = (await invitationByToken(f.db, token, t0))?.id ?? '';
			expect(await revokeInvitation(f.db, { invitationId: id, by: f.wsmAdmin })).toBe('forbidden');
			expect(await revokeInvitation(f.db, { invitationId: id, by: f.acvMember })).toBe('forbidden');
			expect(
				await revokeInvitation(f.db, { invitationId: id, by: f.acvAdmin, now: t0, ip: '203.0.113.3' })
			).toBe('ok');
			expect(await invitationByToken(f.db, token, t0)).toBeUndefined();
			expect(
				await acceptInvitation(f.db, token, { displayName: 'R P', password: 'k7#mQ2vx-rev', now: t0 })
			).toEqual({
				ok: false,
				problem: 'invalid'
			});
			expect(await revokeInvitation(f.db, { invitationId: id, by: f.acvAdmin })).toBe('not_found');
			// Kept, marked revoked, and no longer pending.
			const row = await f.db
				.selectFrom('invitations')
				.select(['revoked_at', 'accepted_at'])
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			expect(row).toEqual({ revoked_at: t0, accepted_at: null });
			expect((await pendingInvitations(f.db, f.acv, t0)).map((p) => p.id)).not.toContain(id);
			// The address may be invited again.
			const again = await f.invite('revoked@example.org', 'member', at(1));
			expect(await invitationByToken(f.db, again, at(1))).toMatchObject({ email: 'revoked@example.org' });
			const [entry] = await auditEntries(f.db, { action: 'invitation.revoked', targetId: id, limit: 1 });
			expect(entry).toMatchObject({
				actorId: f.acvAdmin,
				ip: '203.0.113.3',
				details: { email: 'revoked@example.org' }
			});
		});

		test('an accepted invitation cannot be revoked', async () => {
			const token = await f.invite('accepted-first@example.org');
			const id = (await invitationByToken(f.db, token, t0))?.id ?? '';
			expect(
				(await acceptInvitation(f.db, token, { displayName: 'A F', password: 'k7#mQ2vx-acc', now: t0 })).ok
			).toBe(true);
			expect(await revokeInvitation(f.db, { invitationId: id, by: f.acvAdmin })).toBe('not_found');
		});
	});
});
