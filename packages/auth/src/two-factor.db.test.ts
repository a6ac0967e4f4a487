import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { auditEntries } from './audit.ts';
import {
	createSession,
	defaultSessionPolicy,
	generateSessionToken,
	validateSessionToken
} from './session.ts';
import {
	beginTotpEnrolment,
	confirmTotpEnrolment,
	disableTotp,
	hasTotp,
	markSessionTwoFactorVerified,
	pendingTotpEnrolment,
	verifyTwoFactor
} from './two-factor.ts';

// On a step boundary: t0 + 10 s is 10 s into its step, so ±30 s is exactly one step either side.
const t0 = new Date('2026-11-23T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const now = at(10);
/** When `enrolled` users confirmed their set-up: steps before any code the tests log in with. */
const enrolledAt = at(-110);

/** The code an authenticator app shows at `when` (generateTOTP reads the clock: set it, briefly). */
function codeAt(secret: Uint8Array, when: Date): string {
	vi.useFakeTimers({ toFake: ['Date'] });
	try {
		vi.setSystemTime(when);
		return generateTOTP(secret, 30, 6);
	} finally {
		vi.useRealTimers();
	}
}

describe.each(inject('databases'))('two-factor authentication on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let counter = 0;
	// A fresh address per test, so the address throttle of one test does not lock the next.
	const address = () => `198.51.100.${++counter}`;

	async function addUser(email: string): Promise<string> {
		const { id } = await t.db
			.insertInto('users')
			.values({ email, display_name: email.split('@')[0] ?? email })
			.returning('id')
			.executeTakeFirstOrThrow();
		return id;
	}

	/** A user with 2FA on: its secret and recovery codes. */
	async function enrolled(
		email: string
	): Promise<{ id: string; secret: Uint8Array; recoveryCodes: string[] }> {
		const id = await addUser(email);
		const begun = await beginTotpEnrolment(t.db, id);
		const secret = decodeBase32IgnorePadding(begun?.secret ?? '');
		const confirmed = await confirmTotpEnrolment(t.db, id, codeAt(secret, enrolledAt), { now: enrolledAt });
		if (!confirmed.ok) throw new Error('enrolment failed');
		return { id, secret, recoveryCodes: confirmed.recoveryCodes };
	}

	async function failuresOf(key: string): Promise<number | undefined> {
		const row = await t.db
			.selectFrom('throttles')
			.select('failures')
			.where('key', '=', key)
			.executeTakeFirst();
		return row?.failures;
	}

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
	});
	afterAll(() => t?.drop());

	describe('enrolment', () => {
		test('a fresh 160-bit secret, pending, with the otpauth URI authenticator apps read', async () => {
			const id = await addUser('els.peeters@acv-csc.be');
			const begun = await beginTotpEnrolment(t.db, id);
			expect(begun?.secret).toMatch(/^[A-Z2-7]{32}$/);
			const url = new URL(begun?.keyUri ?? '');
			expect(url.protocol).toBe('otpauth:');
			expect(url.host).toBe('totp');
			expect(decodeURIComponent(url.pathname)).toBe('/Waardig Werk:els.peeters@acv-csc.be');
			expect(Object.fromEntries(url.searchParams)).toEqual({
				issuer: 'Waardig Werk',
				algorithm: 'SHA1',
				secret: begun?.secret,
				period: '30',
				digits: '6'
			});
			const row = await t.db
				.selectFrom('totp_credentials')
				.selectAll()
				.where('user_id', '=', id)
				.executeTakeFirstOrThrow();
			expect(new Uint8Array(row.secret)).toEqual(decodeBase32IgnorePadding(begun?.secret ?? ''));
			expect(row.enabled_at).toBeNull();
			expect(await hasTotp(t.db, id)).toBe(false);
		});

		test('beginning again replaces the pending secret; the old one no longer confirms', async () => {
			const id = await addUser('jan.desmet@wsm.be');
			const first = decodeBase32IgnorePadding((await beginTotpEnrolment(t.db, id))?.secret ?? '');
			const second = decodeBase32IgnorePadding((await beginTotpEnrolment(t.db, id))?.secret ?? '');
			expect(second).not.toEqual(first);
			expect(await confirmTotpEnrolment(t.db, id, codeAt(first, now), { now })).toEqual({
				ok: false,
				reason: 'invalid_code'
			});
			expect(await confirmTotpEnrolment(t.db, id, '000000', { now })).toEqual({
				ok: false,
				reason: 'invalid_code'
			});
			expect(await hasTotp(t.db, id)).toBe(false);
			const confirmed = await confirmTotpEnrolment(t.db, id, codeAt(second, now), { now, ip: '203.0.113.4' });
			expect(confirmed.ok).toBe(true);
			expect(await hasTotp(t.db, id)).toBe(true);
			const [entry] = await auditEntries(t.db, { actorId: id, action: '2fa.enabled', limit: 1 });
			expect(entry).toMatchObject({ at: now, ip: '203.0.113.4', targetId: id });
		});

		test('a setup begun can be shown again as it was, until it is confirmed', async () => {
			const id = await addUser('pending.setup@wsm.be');
			expect(await pendingTotpEnrolment(t.db, id)).toBeUndefined();
			const begun = await beginTotpEnrolment(t.db, id);
			expect(await pendingTotpEnrolment(t.db, id)).toEqual(begun);
			const secret = decodeBase32IgnorePadding(begun?.secret ?? '');
			expect((await confirmTotpEnrolment(t.db, id, codeAt(secret, now), { now })).ok).toBe(true);
			// On: nothing pending any more, and the secret is not shown again.
			expect(await pendingTotpEnrolment(t.db, id)).toBeUndefined();
		});

		test('the code that confirmed the set-up is used up: it does not pass a login afterwards', async () => {
			const id = await addUser('enrolment.code@wsm.be');
			const begun = await beginTotpEnrolment(t.db, id);
			const secret = decodeBase32IgnorePadding(begun?.secret ?? '');
			const code = codeAt(secret, now);
			expect((await confirmTotpEnrolment(t.db, id, code, { now })).ok).toBe(true);
			const ip = address();
			for (const when of [now, at(25), at(40)]) {
				expect(await verifyTwoFactor(t.db, id, code, { ip, now: when })).toEqual({
					ok: false,
					reason: 'invalid'
				});
			}
			expect(await verifyTwoFactor(t.db, id, codeAt(secret, at(40)), { ip, now: at(40) })).toEqual({
				ok: true,
				method: 'totp'
			});
		});

		test('once on, it is not replaced nor confirmed again: disable it first', async () => {
			const { id, secret } = await enrolled('marie.dubois@solidaris.be');
			expect(await beginTotpEnrolment(t.db, id)).toBeUndefined();
			expect(await confirmTotpEnrolment(t.db, id, codeAt(secret, now), { now })).toEqual({
				ok: false,
				reason: 'no_enrolment'
			});
			const row = await t.db
				.selectFrom('totp_credentials')
				.select('secret')
				.where('user_id', '=', id)
				.executeTakeFirst();
			expect(new Uint8Array(row?.secret ?? [])).toEqual(secret);
		});

		test('nothing to confirm without a beginning; no enrolment for a disabled account', async () => {
			const id = await addUser('luc.janssens@cm-mc.be');
			expect(await confirmTotpEnrolment(t.db, id, '123456', { now })).toEqual({
				ok: false,
				reason: 'no_enrolment'
			});
			await t.db.updateTable('users').set({ disabled_at: t0 }).where('id', '=', id).execute();
			expect(await beginTotpEnrolment(t.db, id)).toBeUndefined();
		});

		test('ten recovery codes, shown once, stored only as hashes', async () => {
			const { id, recoveryCodes } = await enrolled('sofie.claes@acv-csc.be');
			expect(recoveryCodes).toHaveLength(10);
			expect(new Set(recoveryCodes).size).toBe(10);
			for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{10}$/);
			const rows = await t.db.selectFrom('recovery_codes').selectAll().where('user_id', '=', id).execute();
			expect(rows).toHaveLength(10);
			for (const row of rows) {
				expect(row.code_hash).toHaveLength(32);
				expect(row.used_at).toBeNull();
			}
			// No code in any column, in any form PostgreSQL prints it.
			for (const code of recoveryCodes) {
				const { rows: found } = await sql<{ n: number }>`
					select count(*)::int as n from recovery_codes r
					where r::text ilike ${'%' + code + '%'} or encode(r.code_hash, 'escape') ilike ${'%' + code + '%'}
				`.execute(t.db);
				expect(found[0]?.n).toBe(0);
			}
		});
	});

	describe('verifyTwoFactor', () => {
		test('the current code, and one step of clock drift either way; two steps are refused', async () => {
			const { id, secret } = await enrolled('ann.wouters@acv-csc.be');
			const ip = address();
			// Oldest first: a code is accepted only after the step of the last one accepted.
			for (const drift of [-30, 0, 30]) {
				expect(await verifyTwoFactor(t.db, id, codeAt(secret, at(10 + drift)), { ip, now })).toEqual({
					ok: true,
					method: 'totp'
				});
			}
			for (const drift of [-60, 60, -90, 90]) {
				expect(await verifyTwoFactor(t.db, id, codeAt(secret, at(10 + drift)), { ip, now })).toEqual({
					ok: false,
					reason: 'invalid'
				});
			}
			// Spaces as some apps show them (123 456) do not matter.
			const later = at(100);
			const spaced = codeAt(secret, later).replace(/^(\d{3})/, '$1 ');
			expect(await verifyTwoFactor(t.db, id, spaced, { ip, now: later })).toEqual({
				ok: true,
				method: 'totp'
			});
		});

		test('a code is accepted once: the same code again is refused, audited as a replay', async () => {
			const { id, secret } = await enrolled('replay.once@wsm.be');
			const ip = address();
			const code = codeAt(secret, now);
			expect(await verifyTwoFactor(t.db, id, code, { ip, now })).toEqual({ ok: true, method: 'totp' });
			// Still within its window (and with drift), yet refused: a code seen over a shoulder or
			// phished cannot be used after its owner.
			for (const when of [now, at(25), at(40)]) {
				expect(await verifyTwoFactor(t.db, id, code, { ip, now: when })).toEqual({
					ok: false,
					reason: 'invalid'
				});
			}
			const credential = await t.db
				.selectFrom('totp_credentials')
				.select('last_used_step')
				.where('user_id', '=', id)
				.executeTakeFirstOrThrow();
			expect(credential.last_used_step).toBe(String(Math.floor(now.getTime() / 30_000)));
			const failures = await auditEntries(t.db, { actorId: id, action: '2fa.failure', limit: 10 });
			expect(failures).toHaveLength(3);
			expect(failures[0]).toMatchObject({ details: { replay: true } });
			// The next step's code works.
			expect(await verifyTwoFactor(t.db, id, codeAt(secret, at(40)), { ip, now: at(40) })).toEqual({
				ok: true,
				method: 'totp'
			});
		});

		test('an older code, still within the drift window, is refused after a newer one', async () => {
			const { id, secret } = await enrolled('replay.older@wsm.be');
			const ip = address();
			const newer = codeAt(secret, at(40));
			const older = codeAt(secret, now);
			expect(await verifyTwoFactor(t.db, id, newer, { ip, now })).toEqual({ ok: true, method: 'totp' });
			expect(await verifyTwoFactor(t.db, id, older, { ip, now })).toEqual({ ok: false, reason: 'invalid' });
		});

		test('two logins with one code at the same moment: exactly one passes', async () => {
			const { id, secret } = await enrolled('replay.race@wsm.be');
			const code = codeAt(secret, now);
			const results = await Promise.all([
				verifyTwoFactor(t.db, id, code, { ip: address(), now }),
				verifyTwoFactor(t.db, id, code, { ip: address(), now })
			]);
			expect(results.filter((r) => r.ok)).toEqual([{ ok: true, method: 'totp' }]);
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'invalid' }]);
		});

		test('another user’s code and malformed input are refused', async () => {
			const a = await enrolled('a.user@wsm.be');
			const b = await enrolled('b.user@wsm.be');
			const ip = address();
			const refused = { ok: false, reason: 'invalid' };
			expect(await verifyTwoFactor(t.db, a.id, codeAt(b.secret, now), { ip, now })).toEqual(refused);
			// Three more: four failures in all, still free, so each is refused for itself.
			for (const junk of ['', '1234567', "1' or '1'='1"]) {
				expect(await verifyTwoFactor(t.db, a.id, junk, { ip, now })).toEqual(refused);
			}
		});

		test('wrong codes are counted per user and address, audited, and lock after four', async () => {
			const { id, secret } = await enrolled('piet.pauwels@wsm.be');
			const ip = address();
			for (let i = 1; i <= 4; i++) {
				expect(await verifyTwoFactor(t.db, id, '000000', { ip, now })).toEqual({
					ok: false,
					reason: 'invalid'
				});
				expect(await failuresOf(`2fa:account:${id}`)).toBe(i);
				expect(await failuresOf(`2fa:address:${ip}`)).toBe(i);
			}
			// The fifth failure locks for 2 s: then even the right code waits.
			expect((await verifyTwoFactor(t.db, id, '000000', { ip, now })).ok).toBe(false);
			expect(await verifyTwoFactor(t.db, id, codeAt(secret, now), { ip: address(), now })).toEqual({
				ok: false,
				reason: 'throttled',
				retryAfterSeconds: 2
			});
			const failures = await auditEntries(t.db, { actorId: id, action: '2fa.failure', limit: 10 });
			expect(failures).toHaveLength(5);
			expect(failures[0]).toMatchObject({ ip, targetId: id, details: {} });

			// Once the lock is over, the right code works and clears the account's count.
			const later = at(13);
			expect(await verifyTwoFactor(t.db, id, codeAt(secret, later), { ip, now: later })).toEqual({
				ok: true,
				method: 'totp'
			});
			expect(await failuresOf(`2fa:account:${id}`)).toBeUndefined();
			expect(await failuresOf(`2fa:address:${ip}`)).toBe(5);
		});

		test('a recovery code works once, in any case and with a dash, and is audited', async () => {
			const { id, recoveryCodes } = await enrolled('karin.peeters@acv-csc.be');
			const [code = '', other = ''] = recoveryCodes;
			const ip = address();
			const typed = `${code.slice(0, 5).toUpperCase()}-${code.slice(5)}`;
			expect(await verifyTwoFactor(t.db, id, typed, { ip, now })).toEqual({
				ok: true,
				method: 'recovery_code'
			});
			expect(await verifyTwoFactor(t.db, id, code, { ip, now })).toEqual({ ok: false, reason: 'invalid' });
			const [used] = await auditEntries(t.db, { actorId: id, action: '2fa.recovery_code_used', limit: 10 });
			expect(used).toMatchObject({ ip, details: { remaining: 9 } });
			const usedRows = await t.db
				.selectFrom('recovery_codes')
				.select('used_at')
				.where('user_id', '=', id)
				.where('used_at', 'is not', null)
				.execute();
			expect(usedRows).toEqual([{ used_at: now }]);
			// The others still work, and only for their own user.
			const stranger = await enrolled('stranger@wsm.be');
			expect((await verifyTwoFactor(t.db, stranger.id, other, { ip, now })).ok).toBe(false);
			expect(await verifyTwoFactor(t.db, id, other, { ip, now })).toEqual({
				ok: true,
				method: 'recovery_code'
			});
		});

		test('without 2FA, nothing passes: not a pending secret’s code', async () => {
			const id = await addUser('pending@wsm.be');
			const secret = decodeBase32IgnorePadding((await beginTotpEnrolment(t.db, id))?.secret ?? '');
			expect(await verifyTwoFactor(t.db, id, codeAt(secret, now), { ip: address(), now })).toEqual({
				ok: false,
				reason: 'invalid'
			});
		});
	});

	test('a session is marked as having passed the second factor', async () => {
		const id = await addUser('session.user@wsm.be');
		const token = generateSessionToken();
		const session = await createSession(t.db, token, id, defaultSessionPolicy, t0);
		expect(session.twoFactorVerified).toBe(false);
		await markSessionTwoFactorVerified(t.db, session.id);
		const validated = await validateSessionToken(t.db, token, defaultSessionPolicy, at(60));
		expect(validated?.session.twoFactorVerified).toBe(true);
	});

	test('disabling removes the secret and every recovery code, and is audited', async () => {
		const { id, secret, recoveryCodes } = await enrolled('dirk.smet@cm-mc.be');
		const keep = await enrolled('keep.mine@cm-mc.be');
		expect(await disableTotp(t.db, id, { ip: '203.0.113.8', now })).toBe(true);
		expect(await hasTotp(t.db, id)).toBe(false);
		expect(await t.db.selectFrom('totp_credentials').selectAll().where('user_id', '=', id).execute()).toEqual(
			[]
		);
		expect(await t.db.selectFrom('recovery_codes').selectAll().where('user_id', '=', id).execute()).toEqual(
			[]
		);
		const ip = address();
		expect((await verifyTwoFactor(t.db, id, codeAt(secret, now), { ip, now })).ok).toBe(false);
		expect((await verifyTwoFactor(t.db, id, recoveryCodes[0] ?? '', { ip, now })).ok).toBe(false);
		const [entry] = await auditEntries(t.db, { action: '2fa.disabled', targetId: id, limit: 1 });
		expect(entry).toMatchObject({ actorId: id, ip: '203.0.113.8' });
		// Nothing left to remove; others keep theirs.
		expect(await disableTotp(t.db, id, { now })).toBe(false);
		expect(await hasTotp(t.db, keep.id)).toBe(true);
		expect(
			await t.db.selectFrom('recovery_codes').select('id').where('user_id', '=', keep.id).execute()
		).toHaveLength(10);
	});

	test('an admin disabling a user’s 2FA is the actor of the entry', async () => {
		const { id } = await enrolled('lost.phone@wsm.be');
		const admin = await addUser('admin@wsm.be');
		expect(await disableTotp(t.db, id, { actorId: admin, now })).toBe(true);
		const [entry] = await auditEntries(t.db, { action: '2fa.disabled', targetId: id, limit: 1 });
		expect(entry?.actorId).toBe(admin);
	});
});
