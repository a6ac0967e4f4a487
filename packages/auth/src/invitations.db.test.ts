import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { auditEntries } from './audit.ts';
import {
	acceptInvitation,
	createInvitation,
	invitationByToken,
	invitationLifetimeMs,
	pendingInvitations,
	removeMember,
	revokeInvitation
} from './invitations.ts';
import { authenticate, hashPassword } from './password.ts';
import {
	createSession,
	defaultSessionPolicy,
	generateSessionToken,
	validateSessionToken
} from './session.ts';

const day = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-11-23T09:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * day);

describe.each(inject('databases'))('invitations on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let acv: string;
	let wsm: string;
	let platformAdmin: string;
	let acvAdmin: string;
	let acvMember: string;
	let wsmAdmin: string;

	async function addOrganisation(slug: string): Promise<string> {
		const { id } = await t.db
			.insertInto('organisations')
			.values({ slug, name: slug.toUpperCase(), kind: 'union' })
			.returning('id')
			.executeTakeFirstOrThrow();
		return id;
	}

	async function addUser(
		email: string,
		{ password = null, platform = false }: { password?: string | null; platform?: boolean } = {}
	): Promise<string> {
		const { id } = await t.db
			.insertInto('users')
			.values({
				email,
				display_name: email.split('@')[0] ?? email,
				password_hash: password === null ? null : await hashPassword(password),
				is_platform_admin: platform
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		return id;
	}

	async function addMember(userId: string, organisationId: string, role: 'member' | 'admin'): Promise<void> {
		await t.db
			.insertInto('memberships')
			.values({ user_id: userId, organisation_id: organisationId, role })
			.execute();
	}

	async function roleIn(organisationId: string, userId: string): Promise<string | undefined> {
		const row = await t.db
			.selectFrom('memberships')
			.select('role')
			.where('organisation_id', '=', organisationId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		return row?.role;
	}

	async function invite(email: string, role: 'member' | 'admin' = 'member', now = t0): Promise<string> {
		const result = await createInvitation(t.db, {
			organisationId: acv,
			email,
			role,
			invitedBy: acvAdmin,
			now
		});
		if (!result.ok) throw new Error(`invitation refused: ${result.reason}`);
		return result.token;
	}

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		acv = await addOrganisation('acv');
		wsm = await addOrganisation('wsm');
		platformAdmin = await addUser('platform@solidair.be', { platform: true });
		acvAdmin = await addUser('admin@acv-csc.be');
		acvMember = await addUser('member@acv-csc.be');
		wsmAdmin = await addUser('admin@wsm.be');
		await addMember(acvAdmin, acv, 'admin');
		await addMember(acvMember, acv, 'member');
		await addMember(wsmAdmin, wsm, 'admin');
	});
	afterAll(() => t?.drop());

	describe('createInvitation', () => {
		test('a 160-bit token, only its hash stored, for seven days; audited', async () => {
			const result = await createInvitation(t.db, {
				organisationId: acv,
				email: ' new.person@example.org ',
				role: 'member',
				invitedBy: acvAdmin,
				now: t0,
				ip: '203.0.113.1'
			});
			if (!result.ok) throw new Error(result.reason);
			expect(result.token).toMatch(/^[a-z2-7]{32}$/);
			expect(result.expiresAt).toEqual(new Date(t0.getTime() + invitationLifetimeMs));
			expect(invitationLifetimeMs).toBe(7 * day);
			const row = await t.db
				.selectFrom('invitations')
				.selectAll()
				.where('id', '=', result.invitationId)
				.executeTakeFirstOrThrow();
			expect(row).toMatchObject({
				organisation_id: acv,
				email: 'new.person@example.org',
				role: 'member',
				invited_by: acvAdmin,
				expires_at: at(7),
				accepted_at: null
			});
			expect(row.token_hash).toHaveLength(32);
			const { rows } = await sql<{ n: number }>`
				select count(*)::int as n from invitations i
				where i::text ilike ${'%' + result.token + '%'} or encode(i.token_hash, 'escape') ilike ${'%' + result.token + '%'}
			`.execute(t.db);
			expect(rows[0]?.n).toBe(0);
			const [entry] = await auditEntries(t.db, {
				action: 'invitation.created',
				targetId: result.invitationId,
				limit: 1
			});
			expect(entry).toMatchObject({
				actorId: acvAdmin,
				ip: '203.0.113.1',
				details: { organisationId: acv, email: 'new.person@example.org', role: 'member' }
			});
			expect(JSON.stringify(await auditEntries(t.db, { limit: 100 }))).not.toContain(result.token);
		});

		test('only the organisation’s own admins and platform admins invite', async () => {
			const attempt = (invitedBy: string, organisationId = acv) =>
				createInvitation(t.db, {
					organisationId,
					email: 'someone@example.org',
					role: 'member',
					invitedBy,
					now: t0
				});
			expect(await attempt(acvMember)).toEqual({ ok: false, reason: 'forbidden' });
			expect(await attempt(wsmAdmin)).toEqual({ ok: false, reason: 'forbidden' });
			expect(await attempt(acvAdmin, wsm)).toEqual({ ok: false, reason: 'forbidden' });
			expect((await attempt(platformAdmin)).ok).toBe(true);
			expect((await attempt(wsmAdmin, wsm)).ok).toBe(true);
			// Unknown inviters and organisations.
			expect(await attempt('00000000-0000-4000-8000-000000000000')).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			expect(await attempt(platformAdmin, '00000000-0000-4000-8000-000000000000')).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			// A disabled admin invites nobody.
			const gone = await addUser('gone.admin@acv-csc.be');
			await addMember(gone, acv, 'admin');
			await t.db.updateTable('users').set({ disabled_at: t0 }).where('id', '=', gone).execute();
			expect(await attempt(gone)).toEqual({ ok: false, reason: 'forbidden' });
		});

		test('malformed addresses and current members are refused', async () => {
			for (const email of ['', 'no-at-sign', 'two@@signs', 'a b@example.org', `${'x'.repeat(250)}@x.be`]) {
				expect(
					await createInvitation(t.db, { organisationId: acv, email, role: 'member', invitedBy: acvAdmin })
				).toEqual({
					ok: false,
					reason: 'invalid_email'
				});
			}
			expect(
				await createInvitation(t.db, {
					organisationId: acv,
					email: 'MEMBER@acv-csc.be',
					role: 'admin',
					invitedBy: acvAdmin
				})
			).toEqual({ ok: false, reason: 'already_member' });
		});

		test('a new invitation of the same address, in any case, replaces the pending one', async () => {
			const first = await invite('twice@example.org', 'member');
			const second = await invite('Twice@Example.ORG', 'admin', at(1));
			expect(await invitationByToken(t.db, first, at(1))).toBeUndefined();
			expect(await invitationByToken(t.db, second, at(1))).toMatchObject({
				role: 'admin',
				email: 'Twice@Example.ORG'
			});
			const pending = await pendingInvitations(t.db, acv, at(1));
			expect(pending.filter((p) => p.email.toLowerCase() === 'twice@example.org')).toHaveLength(1);
			// The first is kept, revoked when the second was made.
			const rows = await t.db
				.selectFrom('invitations')
				.select(['role', 'revoked_at'])
				.where('organisation_id', '=', acv)
				.where(sql<boolean>`lower(email) = 'twice@example.org'`)
				.orderBy('created_at')
				.execute();
			expect(rows).toEqual([
				{ role: 'member', revoked_at: at(1) },
				{ role: 'admin', revoked_at: null }
			]);
			// Another organisation's invitation of the same address is another matter.
			const other = await createInvitation(t.db, {
				organisationId: wsm,
				email: 'twice@example.org',
				role: 'member',
				invitedBy: wsmAdmin,
				now: at(1)
			});
			expect(other.ok).toBe(true);
			expect(await invitationByToken(t.db, second, at(1))).toBeDefined();
		});

		test('two invitations of one address at once: both made, one left pending', async () => {
			const results = await Promise.all(
				['race@example.org', 'RACE@example.org'].map((email) =>
					createInvitation(t.db, { organisationId: acv, email, role: 'member', invitedBy: acvAdmin, now: t0 })
				)
			);
			expect(results.map((r) => r.ok)).toEqual([true, true]);
			const pending = await pendingInvitations(t.db, acv, t0);
			expect(pending.filter((p) => p.email.toLowerCase() === 'race@example.org')).toHaveLength(1);
		});

		test('the database holds at most one pending invitation per organisation and address', async () => {
			await invite('unique@example.org');
			const row = {
				organisation_id: acv,
				email: 'Unique@Example.org',
				role: 'member' as const,
				invited_by: acvAdmin,
				expires_at: at(7)
			};
			await expect(
				t.db
					.insertInto('invitations')
					.values({ ...row, token_hash: new Uint8Array(32).fill(1) })
					.execute()
			).rejects.toThrow();
			// Revoked or accepted ones do not count.
			await t.db
				.insertInto('invitations')
				.values({ ...row, token_hash: new Uint8Array(32).fill(2), revoked_at: t0 })
				.execute();
			await t.db
				.insertInto('invitations')
				.values({ ...row, token_hash: new Uint8Array(32).fill(3), accepted_at: t0 })
				.execute();
		});
	});

	describe('the life cycle', () => {
		test('invite, look up, a weak password, accept, sign in — once', async () => {
			const token = await invite('Nieuw.Lid@Example.org', 'member');
			const pending = await invitationByToken(t.db, token, at(1));
			expect(pending).toEqual({
				id: expect.any(String),
				organisationId: acv,
				organisationName: 'ACV',
				email: 'Nieuw.Lid@Example.org',
				role: 'member',
				invitedBy: acvAdmin,
				expiresAt: at(7),
				createdAt: t0,
				existingAccount: false
			});
			expect((await pendingInvitations(t.db, acv, at(1))).find((p) => p.id === pending?.id)).toMatchObject({
				email: 'Nieuw.Lid@Example.org',
				invitedBy: acvAdmin,
				invitedByName: 'admin',
				expiresAt: at(7)
			});

			// Problems come back, and leave the link usable.
			expect(
				await acceptInvitation(t.db, token, { displayName: 'Nieuw Lid', password: 'wachtwoord1', now: at(1) })
			).toEqual({
				ok: false,
				problem: 'common'
			});
			expect(
				await acceptInvitation(t.db, token, { displayName: 'Nieuw Lid', password: 'nieuw.lid!', now: at(1) })
			).toEqual({
				ok: false,
				problem: 'like_account'
			});
			expect(
				await acceptInvitation(t.db, token, { displayName: '  ', password: 'k7#mQ2vx-lid', now: at(1) })
			).toEqual({
				ok: false,
				problem: 'invalid_name'
			});
			expect(await acceptInvitation(t.db, token, { displayName: 'Nieuw Lid', now: at(1) })).toEqual({
				ok: false,
				problem: 'too_short'
			});
			expect(await invitationByToken(t.db, token, at(1))).toBeDefined();

			const accepted = await acceptInvitation(t.db, token, {
				displayName: ' Nieuw Lid ',
				password: 'k7#mQ2vx-lid',
				now: at(1),
				ip: '203.0.113.2'
			});
			if (!accepted.ok) throw new Error(accepted.problem);
			expect(accepted).toEqual({
				ok: true,
				userId: expect.any(String),
				organisationId: acv,
				newAccount: true
			});
			const user = await t.db
				.selectFrom('users')
				.selectAll()
				.where('id', '=', accepted.userId)
				.executeTakeFirstOrThrow();
			expect(user).toMatchObject({ email: 'Nieuw.Lid@Example.org', display_name: 'Nieuw Lid' });
			expect(await roleIn(acv, accepted.userId)).toBe('member');
			expect((await authenticate(t.db, 'nieuw.lid@example.org', 'k7#mQ2vx-lid')).ok).toBe(true);
			const invitation = await t.db
				.selectFrom('invitations')
				.select('accepted_at')
				.where('id', '=', pending?.id ?? '')
				.executeTakeFirstOrThrow();
			expect(invitation.accepted_at).toEqual(at(1));
			const [entry] = await auditEntries(t.db, {
				action: 'invitation.accepted',
				targetId: pending?.id ?? '',
				limit: 1
			});
			expect(entry).toMatchObject({
				actorId: accepted.userId,
				ip: '203.0.113.2',
				details: { organisationId: acv, role: 'member', newAccount: true }
			});
			expect(JSON.stringify(entry)).not.toContain('k7#mQ2vx');

			// Single use: gone from the lookups, and a second accept changes nothing.
			expect(await invitationByToken(t.db, token, at(1))).toBeUndefined();
			expect((await pendingInvitations(t.db, acv, at(1))).some((p) => p.id === pending?.id)).toBe(false);
			expect(
				await acceptInvitation(t.db, token, {
					displayName: 'Someone Else',
					password: 'an0ther-secret',
					now: at(1)
				})
			).toEqual({ ok: false, problem: 'invalid' });
			expect((await authenticate(t.db, 'nieuw.lid@example.org', 'k7#mQ2vx-lid')).ok).toBe(true);
		});

		test('an invitation expires after seven days', async () => {
			const token = await invite('late@example.org');
			const justBefore = new Date(at(7).getTime() - 1);
			expect(await invitationByToken(t.db, token, justBefore)).toBeDefined();
			expect(await invitationByToken(t.db, token, at(7))).toBeUndefined();
			expect((await pendingInvitations(t.db, acv, at(7))).some((p) => p.email === 'late@example.org')).toBe(
				false
			);
			expect(
				await acceptInvitation(t.db, token, {
					displayName: 'Laat Persoon',
					password: 'k7#mQ2vx-zz9',
					now: at(7)
				})
			).toEqual({ ok: false, problem: 'invalid' });
			const accepted = await acceptInvitation(t.db, token, {
				displayName: 'Laat Persoon',
				password: 'k7#mQ2vx-zz9',
				now: justBefore
			});
			expect(accepted.ok).toBe(true);
		});

		test('unknown, malformed and tampered tokens find nothing', async () => {
			const token = await invite('tamper@example.org');
			const tampered = (token[0] === 'a' ? 'b' : 'a') + token.slice(1);
			for (const bad of [
				tampered,
				'a'.repeat(32),
				token.toUpperCase(),
				`${token}x`,
				"x'; drop table users; --"
			]) {
				expect(await invitationByToken(t.db, bad, t0)).toBeUndefined();
				expect(
					await acceptInvitation(t.db, bad, { displayName: 'X Y', password: 'k7#mQ2vx-xy', now: t0 })
				).toEqual({
					ok: false,
					problem: 'invalid'
				});
			}
		});

		test('an existing account, whatever the case of its e-mail, only gains the membership', async () => {
			const id = await addUser('els.peeters@acv-csc.be', { password: 'k7#mQ2vx-els' });
			await addMember(id, wsm, 'member');
			const token = await invite('ELS.Peeters@ACV-CSC.be', 'admin');
			expect((await invitationByToken(t.db, token, t0))?.existingAccount).toBe(true);
			// A name and password given anyway are ignored: the account keeps its own.
			const accepted = await acceptInvitation(t.db, token, {
				displayName: 'Not Els',
				password: 'hijack-Pa55',
				now: t0
			});
			expect(accepted).toEqual({ ok: true, userId: id, organisationId: acv, newAccount: false });
			expect(await roleIn(acv, id)).toBe('admin');
			expect(await roleIn(wsm, id)).toBe('member');
			expect((await authenticate(t.db, 'els.peeters@acv-csc.be', 'k7#mQ2vx-els')).ok).toBe(true);
			expect((await authenticate(t.db, 'els.peeters@acv-csc.be', 'hijack-Pa55')).ok).toBe(false);
			const user = await t.db
				.selectFrom('users')
				.select('display_name')
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			expect(user.display_name).toBe('els.peeters');
		});

		test('a disabled account is not brought back by an invitation', async () => {
			const id = await addUser('disabled@example.org', { password: 'k7#mQ2vx-dis' });
			const token = await invite('disabled@example.org');
			await t.db.updateTable('users').set({ disabled_at: t0 }).where('id', '=', id).execute();
			expect(await acceptInvitation(t.db, token, { now: t0 })).toEqual({
				ok: false,
				problem: 'account_disabled'
			});
			expect(await roleIn(acv, id)).toBeUndefined();
			expect(await invitationByToken(t.db, token, t0)).toBeDefined();
		});

		test('two accepts at once: one wins', async () => {
			const token = await invite('race@example.org');
			const results = await Promise.all(
				[1, 2].map(() =>
					acceptInvitation(t.db, token, { displayName: 'Snel Persoon', password: 'k7#mQ2vx-zz8', now: t0 })
				)
			);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, problem: 'invalid' }]);
		});
	});

	describe('revokeInvitation', () => {
		test('by the organisation’s admins only; the link stops working; audited', async () => {
			const token = await invite('revoked@example.org');
			const id = (await invitationByToken(t.db, token, t0))?.id ?? '';
			expect(await revokeInvitation(t.db, { invitationId: id, by: wsmAdmin })).toBe('forbidden');
			expect(await revokeInvitation(t.db, { invitationId: id, by: acvMember })).toBe('forbidden');
			expect(
				await revokeInvitation(t.db, { invitationId: id, by: acvAdmin, now: t0, ip: '203.0.113.3' })
			).toBe('ok');
			expect(await invitationByToken(t.db, token, t0)).toBeUndefined();
			expect(
				await acceptInvitation(t.db, token, { displayName: 'R P', password: 'k7#mQ2vx-rev', now: t0 })
			).toEqual({
				ok: false,
				problem: 'invalid'
			});
			expect(await revokeInvitation(t.db, { invitationId: id, by: acvAdmin })).toBe('not_found');
			// Kept, marked revoked, and no longer pending.
			const row = await t.db
				.selectFrom('invitations')
				.select(['revoked_at', 'accepted_at'])
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			expect(row).toEqual({ revoked_at: t0, accepted_at: null });
			expect((await pendingInvitations(t.db, acv, t0)).map((p) => p.id)).not.toContain(id);
			// The address may be invited again.
			const again = await invite('revoked@example.org', 'member', at(1));
			expect(await invitationByToken(t.db, again, at(1))).toMatchObject({ email: 'revoked@example.org' });
			const [entry] = await auditEntries(t.db, { action: 'invitation.revoked', targetId: id, limit: 1 });
			expect(entry).toMatchObject({
				actorId: acvAdmin,
				ip: '203.0.113.3',
				details: { email: 'revoked@example.org' }
			});
		});

		test('an accepted invitation cannot be revoked', async () => {
			const token = await invite('accepted-first@example.org');
			const id = (await invitationByToken(t.db, token, t0))?.id ?? '';
			expect(
				(await acceptInvitation(t.db, token, { displayName: 'A F', password: 'k7#mQ2vx-acc', now: t0 })).ok
			).toBe(true);
			expect(await revokeInvitation(t.db, { invitationId: id, by: acvAdmin })).toBe('not_found');
		});
	});

	describe('removeMember', () => {
		async function sessionsOf(userId: string): Promise<string[]> {
			const tokens = [generateSessionToken(), generateSessionToken()];
			for (const token of tokens) await createSession(t.db, token, userId, defaultSessionPolicy, t0);
			return tokens;
		}
		const valid = async (tokens: string[]) =>
			Promise.all(
				tokens.map(
					async (token) => (await validateSessionToken(t.db, token, defaultSessionPolicy, t0)) !== null
				)
			);

		test('admins remove their own organisation’s members only', async () => {
			const id = await addUser('removable@acv-csc.be');
			await addMember(id, acv, 'member');
			expect(await removeMember(t.db, { organisationId: acv, userId: id, by: wsmAdmin })).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			expect(await removeMember(t.db, { organisationId: acv, userId: id, by: acvMember })).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			// An admin of WSM cannot remove from ACV by naming WSM either: there is no such membership.
			expect(await removeMember(t.db, { organisationId: wsm, userId: id, by: wsmAdmin })).toEqual({
				ok: false,
				reason: 'not_found'
			});
			expect(await roleIn(acv, id)).toBe('member');
		});

		test('a user left with no role loses their sessions; audited', async () => {
			const id = await addUser('leaving@acv-csc.be');
			await addMember(id, acv, 'member');
			const tokens = await sessionsOf(id);
			const others = await sessionsOf(acvMember);
			expect(
				await removeMember(t.db, {
					organisationId: acv,
					userId: id,
					by: acvAdmin,
					now: t0,
					ip: '203.0.113.5'
				})
			).toEqual({ ok: true, sessionsEnded: true });
			expect(await roleIn(acv, id)).toBeUndefined();
			expect(await valid(tokens)).toEqual([false, false]);
			expect(await valid(others)).toEqual([true, true]);
			const [entry] = await auditEntries(t.db, { action: 'membership.removed', targetId: id, limit: 1 });
			expect(entry).toMatchObject({
				actorId: acvAdmin,
				targetType: 'user',
				ip: '203.0.113.5',
				details: { organisationId: acv, role: 'member', sessionsEnded: true }
			});
			expect(await removeMember(t.db, { organisationId: acv, userId: id, by: acvAdmin })).toEqual({
				ok: false,
				reason: 'not_found'
			});
		});

		test('a user with another membership keeps their sessions; a platform admin may remove anyone', async () => {
			const id = await addUser('two.hats@acv-csc.be');
			await addMember(id, acv, 'admin');
			await addMember(id, wsm, 'member');
			const tokens = await sessionsOf(id);
			expect(await removeMember(t.db, { organisationId: acv, userId: id, by: platformAdmin })).toEqual({
				ok: true,
				sessionsEnded: false
			});
			expect(await valid(tokens)).toEqual([true, true]);
			expect(await roleIn(wsm, id)).toBe('member');
		});
	});
});
