import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { auditEntries } from './audit.ts';
import {
	authenticate,
	changePassword,
	createPasswordReset,
	hashPassword,
	passwordResetValid,
	resetPassword,
	verifyPassword
} from './password.ts';
import {
	createSession,
	defaultSessionPolicy,
	generateSessionToken,
	validateSessionToken
} from './session.ts';

const minute = 60_000;
const t0 = new Date('2026-11-23T09:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);

describe.each(inject('databases'))('passwords on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let els: string;
	let jan: string;

	async function addUser(email: string, name: string, password: string | null): Promise<string> {
		const { id } = await t.db
			.insertInto('users')
			.values({
				email,
				display_name: name,
				password_hash: password === null ? null : await hashPassword(password)
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		return id;
	}

	async function passwordHashOf(userId: string): Promise<string> {
		const { password_hash } = await t.db
			.selectFrom('users')
			.select('password_hash')
			.where('id', '=', userId)
			.executeTakeFirstOrThrow();
		return password_hash ?? '';
	}

	async function sessionsOf(userId: string): Promise<string[]> {
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const token of tokens) await createSession(t.db, token, userId, defaultSessionPolicy, t0);
		return tokens;
	}

	async function stillValid(tokens: string[]): Promise<boolean[]> {
		return Promise.all(
			tokens.map(
				async (token) => (await validateSessionToken(t.db, token, defaultSessionPolicy, at(1))) !== null
			)
		);
	}

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		els = await addUser('els.peeters@acv-csc.be', 'Els Peeters', 'k7#mQ2vx-els');
		jan = await addUser('jan.desmet@wsm.be', 'Jan De Smet', 'k7#mQ2vx-jan');
	});
	afterAll(() => t?.drop());

	describe('authenticate', () => {
		test('the right password gives the user, whatever the case of the e-mail', async () => {
			const result = await authenticate(t.db, 'Els.Peeters@ACV-CSC.be', 'k7#mQ2vx-els');
			expect(result).toEqual({
				ok: true,
				user: {
					id: els,
					email: 'els.peeters@acv-csc.be',
					displayName: 'Els Peeters',
					locale: 'nl',
					isPlatformAdmin: false,
					isIntranetAdmin: false
				}
			});
		});

		test('a wrong password, an unknown e-mail and another account’s password all fail alike', async () => {
			expect(await authenticate(t.db, 'els.peeters@acv-csc.be', 'k7#mQ2vx-jan')).toEqual({ ok: false });
			expect(await authenticate(t.db, 'nobody@acv-csc.be', 'k7#mQ2vx-els')).toEqual({ ok: false });
			expect(await authenticate(t.db, 'els.peeters@acv-csc.be', '')).toEqual({ ok: false });
		});

		test('an account without a password cannot log in, not even with the dummy’s password', async () => {
			await addUser('invited@wsm.be', 'Invited Person', null);
			expect(await authenticate(t.db, 'invited@wsm.be', '')).toEqual({ ok: false });
			expect(await authenticate(t.db, 'invited@wsm.be', 'no account has this password')).toEqual({
				ok: false
			});
			expect(await authenticate(t.db, 'nobody@wsm.be', 'no account has this password')).toEqual({
				ok: false
			});
		});

		test('a disabled account fails even with the right password', async () => {
			const id = await addUser('gone@wsm.be', 'Gone Person', 'k7#mQ2vx-gone');
			expect((await authenticate(t.db, 'gone@wsm.be', 'k7#mQ2vx-gone')).ok).toBe(true);
			await t.db.updateTable('users').set({ disabled_at: t0 }).where('id', '=', id).execute();
			expect(await authenticate(t.db, 'gone@wsm.be', 'k7#mQ2vx-gone')).toEqual({ ok: false });
		});
	});

	describe('password reset', () => {
		test('no token for an unknown or disabled account', async () => {
			expect(await createPasswordReset(t.db, 'nobody@wsm.be', { now: t0 })).toBeUndefined();
			const id = await addUser('left@wsm.be', 'Left Person', 'k7#mQ2vx-left');
			await t.db.updateTable('users').set({ disabled_at: t0 }).where('id', '=', id).execute();
			expect(await createPasswordReset(t.db, 'left@wsm.be', { now: t0 })).toBeUndefined();
		});

		test('only a hash of the token is stored, for an hour', async () => {
			const reset = await createPasswordReset(t.db, 'ELS.PEETERS@acv-csc.be', { now: t0 });
			expect(reset?.token).toMatch(/^[a-z2-7]{32}$/);
			const rows = await t.db.selectFrom('password_resets').selectAll().where('user_id', '=', els).execute();
			const row = rows.at(-1);
			expect(row?.token_hash).toHaveLength(32);
			expect(row?.expires_at).toEqual(at(60));
			// Not in any column, in any form PostgreSQL prints it.
			const { n } = await sql<{ n: number }>`
				select count(*)::int as n from password_resets r
				where r::text ilike ${'%' + (reset?.token ?? '-') + '%'}
					or encode(r.token_hash, 'escape') ilike ${'%' + (reset?.token ?? '-') + '%'}
			`
				.execute(t.db)
				.then((result) => result.rows[0] ?? { n: -1 });
			expect(n).toBe(0);
		});

		test('a token works once, ends every session of its user and no one else’s', async () => {
			const elsSessions = await sessionsOf(els);
			const janSessions = await sessionsOf(jan);
			const reset = await createPasswordReset(t.db, 'els.peeters@acv-csc.be', { now: t0 });
			const token = reset?.token ?? '';

			// A weak password is refused and leaves the token usable.
			expect(await resetPassword(t.db, token, 'wachtwoord', { now: at(10) })).toBe('common');
			expect(await resetPassword(t.db, token, 'Peeters-2026', { now: at(10) })).toBe('like_account');
			expect(await resetPassword(t.db, token, 'short', { now: at(10) })).toBe('too_short');
			expect(await stillValid(elsSessions)).toEqual([true, true]);

			expect(await resetPassword(t.db, token, 'n3w-and-l0ng-enough', { now: at(10) })).toBe('ok');
			expect(await verifyPassword(await passwordHashOf(els), 'n3w-and-l0ng-enough')).toBe(true);
			expect(await stillValid(elsSessions)).toEqual([false, false]);
			expect(await stillValid(janSessions)).toEqual([true, true]);

			expect(await resetPassword(t.db, token, 'an0ther-new-0ne', { now: at(11) })).toBe('invalid');
			expect(await verifyPassword(await passwordHashOf(els), 'n3w-and-l0ng-enough')).toBe(true);
		});

		test('a token expires after an hour', async () => {
			const reset = await createPasswordReset(t.db, 'jan.desmet@wsm.be', { now: t0 });
			const token = reset?.token ?? '';
			expect(await resetPassword(t.db, token, 'too-late-by-now', { now: at(60) })).toBe('invalid');
			expect(await resetPassword(t.db, token, 'just-in-time-ok', { now: at(59) })).toBe('ok');
		});

		test('a new password voids the other links still in the mail', async () => {
			const first = await createPasswordReset(t.db, 'jan.desmet@wsm.be', { now: t0 });
			const second = await createPasswordReset(t.db, 'jan.desmet@wsm.be', { now: t0 });
			expect(await resetPassword(t.db, second?.token ?? '', 'sec0nd-link-used', { now: at(5) })).toBe('ok');
			expect(await resetPassword(t.db, first?.token ?? '', 'f1rst-link-used', { now: at(6) })).toBe(
				'invalid'
			);
		});

		test('unknown and malformed tokens are invalid', async () => {
			expect(await resetPassword(t.db, 'a'.repeat(32), 'n3w-and-l0ng-enough', { now: t0 })).toBe('invalid');
			expect(await resetPassword(t.db, "x'; drop table users; --", 'n3w-and-l0ng-enough', { now: t0 })).toBe(
				'invalid'
			);
		});
		test('the page behind a link can ask whether it works, without using it up', async () => {
			const reset = await createPasswordReset(t.db, 'jan.desmet@wsm.be', { now: t0 });
			const token = reset?.token ?? '';
			expect(await passwordResetValid(t.db, token, at(1))).toBe(true);
			expect(await passwordResetValid(t.db, token, at(1))).toBe(true);
			expect(await passwordResetValid(t.db, token, at(60))).toBe(false);
			expect(await passwordResetValid(t.db, 'a'.repeat(32), at(1))).toBe(false);
			expect(await passwordResetValid(t.db, 'not a token', at(1))).toBe(false);
			expect(await resetPassword(t.db, token, 'ask3d-then-used', { now: at(2) })).toBe('ok');
			expect(await passwordResetValid(t.db, token, at(3))).toBe(false);
		});
	});

	describe('changePassword', () => {
		test('needs the current password and a good new one', async () => {
			const id = await addUser('marie.dubois@solidaris.be', 'Marie Dubois', 'k7#mQ2vx-marie');
			expect(await changePassword(t.db, id, 'wrong-password', 'brand-n3w-secret', { now: t0 })).toBe(
				'wrong_password'
			);
			expect(await changePassword(t.db, id, 'k7#mQ2vx-marie', 'motdepasse1', { now: t0 })).toBe('common');
			expect(await changePassword(t.db, id, 'k7#mQ2vx-marie', 'Marie.Dubois!', { now: t0 })).toBe(
				'like_account'
			);
			expect(await verifyPassword(await passwordHashOf(id), 'k7#mQ2vx-marie')).toBe(true);
		});

		test('wrong current passwords are throttled per account and audited, the password untouched', async () => {
			const id = await addUser('wim.claes@acv-csc.be', 'Wim Claes', 'k7#mQ2vx-wim');
			const ip = '192.0.2.17';
			const when = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
			// Four free guesses, the fifth locks for 2 s: then even the right password waits.
			for (let i = 0; i < 5; i++) {
				expect(await changePassword(t.db, id, `guess-${i}`, 'brand-n3w-secret', { now: when(0), ip })).toBe(
					'wrong_password'
				);
			}
			expect(
				await changePassword(t.db, id, 'k7#mQ2vx-wim', 'brand-n3w-secret', { now: when(1), ip })
			).toEqual({ reason: 'throttled', retryAfterSeconds: 1 });
			// Another address does not escape the account's lock.
			expect(
				await changePassword(t.db, id, 'k7#mQ2vx-wim', 'brand-n3w-secret', { now: when(1), ip: '192.0.2.18' })
			).toMatchObject({ reason: 'throttled' });
			expect(await verifyPassword(await passwordHashOf(id), 'k7#mQ2vx-wim')).toBe(true);
			const failures = await auditEntries(t.db, {
				actorId: id,
				action: 'password.change_failure',
				limit: 10
			});
			expect(failures.map((entry) => entry.details)).toEqual([
				{ reason: 'throttled' },
				{ reason: 'throttled' },
				...Array.from({ length: 5 }, () => ({ reason: 'wrong_password' }))
			]);
			expect(failures[6]).toMatchObject({ ip, targetId: id });
			// Once the lock is over, the right password goes through.
			expect(await changePassword(t.db, id, 'k7#mQ2vx-wim', 'brand-n3w-secret', { now: when(3), ip })).toBe(
				'ok'
			);
		});

		test('ends every session of the user and no one else’s', async () => {
			const id = await addUser('luc.janssens@cm-mc.be', 'Luc Janssens', 'k7#mQ2vx-luc');
			const lucSessions = await sessionsOf(id);
			const janSessions = await sessionsOf(jan);
			expect(await changePassword(t.db, id, 'k7#mQ2vx-luc', 'brand-n3w-secret', { now: t0 })).toBe('ok');
			expect(await stillValid(lucSessions)).toEqual([false, false]);
			expect(await stillValid(janSessions)).toEqual([true, true]);
			expect((await authenticate(t.db, 'luc.janssens@cm-mc.be', 'brand-n3w-secret')).ok).toBe(true);
			expect((await authenticate(t.db, 'luc.janssens@cm-mc.be', 'k7#mQ2vx-luc')).ok).toBe(false);
		});
	});

	describe('audit', () => {
		// Every audit row as text: no password may appear in any of them, in any column.
		async function auditMentions(text: string): Promise<number> {
			const { rows } = await sql<{ n: number }>`
				select count(*)::int as n from audit_log a where a::text ilike ${'%' + text + '%'}
			`.execute(t.db);
			return rows[0]?.n ?? -1;
		}

		test('logins are logged: success and failure with the account, a stranger without one', async () => {
			const id = await addUser('sofie.claes@acv-csc.be', 'Sofie Claes', 'k7#mQ2vx-sofie');
			const ip = '203.0.113.9';
			expect(
				(await authenticate(t.db, 'sofie.claes@acv-csc.be', 'k7#mQ2vx-sofie', { ip, now: at(1) })).ok
			).toBe(true);
			expect(await authenticate(t.db, 'SOFIE.claes@acv-csc.be', 'guessed-Pa55', { ip, now: at(2) })).toEqual({
				ok: false
			});
			expect(
				await authenticate(t.db, 'k7#mQ2vx-stranger', 'k7#mQ2vx-typo', { ip: '198.51.100.3', now: at(3) })
			).toEqual({
				ok: false
			});

			const mine = await auditEntries(t.db, { actorId: id, since: at(0), limit: 10 });
			expect(mine.map((e) => [e.action, e.targetType, e.targetId, e.ip, e.details])).toEqual([
				['login.failure', 'user', id, ip, { reason: 'wrong_password' }],
				['login.success', 'user', id, ip, {}]
			]);
			const stranger = (await auditEntries(t.db, { action: 'login.failure', since: at(3), limit: 100 })).find(
				(e) => e.ip === '198.51.100.3'
			);
			expect(stranger).toMatchObject({
				actorId: null,
				targetId: null,
				ip: '198.51.100.3',
				details: { reason: 'unknown_account' }
			});
			// Neither the passwords nor the e-mail typed for no account are kept.
			for (const text of ['k7#mQ2vx', 'guessed-Pa55', 'stranger']) expect(await auditMentions(text)).toBe(0);
		});

		test('a disabled account’s and a password-less account’s failures say why, to the log only', async () => {
			const gone = await addUser('weg@wsm.be', 'Weg Persoon', 'k7#mQ2vx-weg');
			await t.db.updateTable('users').set({ disabled_at: t0 }).where('id', '=', gone).execute();
			const none = await addUser('zonder@wsm.be', 'Zonder Wachtwoord', null);
			expect(await authenticate(t.db, 'weg@wsm.be', 'k7#mQ2vx-weg', { now: at(5) })).toEqual({ ok: false });
			expect(await authenticate(t.db, 'zonder@wsm.be', 'anything-at-all', { now: at(5) })).toEqual({
				ok: false
			});
			const [disabled] = await auditEntries(t.db, { actorId: gone, limit: 1 });
			const [passwordless] = await auditEntries(t.db, { actorId: none, limit: 1 });
			expect(disabled?.details).toEqual({ reason: 'disabled' });
			expect(passwordless?.details).toEqual({ reason: 'no_password' });
		});

		test('reset requests, resets and changes are logged with the address, without the token', async () => {
			const id = await addUser('an.maes@cm-mc.be', 'An Maes', 'k7#mQ2vx-an');
			const ip = '2001:db8::5';
			expect(await createPasswordReset(t.db, 'nobody-here@cm-mc.be', { now: at(1), ip })).toBeUndefined();
			const reset = await createPasswordReset(t.db, 'an.maes@cm-mc.be', { now: at(1), ip });
			expect(await resetPassword(t.db, reset?.token ?? '', 'weak', { now: at(2), ip })).toBe('too_short');
			expect(await resetPassword(t.db, reset?.token ?? '', 'r3set-and-l0ng', { now: at(2), ip })).toBe('ok');
			expect(await changePassword(t.db, id, 'wrong-one', 'ch4nged-and-l0ng', { now: at(3), ip })).toBe(
				'wrong_password'
			);
			expect(await changePassword(t.db, id, 'r3set-and-l0ng', 'ch4nged-and-l0ng', { now: at(3), ip })).toBe(
				'ok'
			);

			const entries = await auditEntries(t.db, { actorId: id, limit: 10 });
			expect(entries.map((e) => [e.action, e.at, e.ip, e.targetId])).toEqual([
				['password.changed', at(3), ip, id],
				['password.change_failure', at(3), ip, id],
				['password.reset', at(2), ip, id],
				['password.reset_requested', at(1), ip, id]
			]);
			for (const text of [reset?.token ?? '-', 'r3set-and-l0ng', 'ch4nged-and-l0ng', 'nobody-here']) {
				expect(await auditMentions(text)).toBe(0);
			}
		});
	});
});
