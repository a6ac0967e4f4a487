// Two-factor authentication with TOTP (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits — what
// every authenticator app speaks), plus single-use recovery codes for a lost phone. Secrets stay
// in the database as they must (the server computes the same codes); recovery codes only hashed.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32NoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, verifyHOTP } from '@oslojs/otp';
import type { Database } from '@solidair/db';
import type { Kysely } from 'kysely';
import { audit } from './audit.ts';
import { checkThrottle, recordFailure, recordSuccess, throttleKeys } from './throttle.ts';

type Db = Kysely<Database>;

/** The name authenticator apps show above the code. */
export const totpIssuer = 'Waardig Werk';
export const totpPeriodSeconds = 30;
export const totpDigits = 6;
/** Steps accepted either side of the current one: a phone's clock a little off still works. */
export const totpDriftSteps = 1;
export const recoveryCodeCount = 10;
export const recoveryCodeLength = 10;

// ---- Policy -------------------------------------------------------------------------------

/** The roles the policy speaks of; a user has every one that applies. */
export type TwoFactorRole = 'platformAdmin' | 'intranetAdmin' | 'organisationAdmin' | 'organisationMember';

/** Which roles must use 2FA; change it here to enforce it for more of them (or pass another). */
export const twoFactorPolicy: Readonly<Record<TwoFactorRole, boolean>> = {
	platformAdmin: true,
	intranetAdmin: true,
	organisationAdmin: true,
	organisationMember: false
};

/**
 * Whether the user must have 2FA (and pass it at login) before using anything: pure, so a
 * hook or loader decides from what it has read. `roles` are the user's membership roles.
 */
export function twoFactorRequired(
	user: { isPlatformAdmin: boolean; isIntranetAdmin: boolean },
	roles: ReadonlyArray<'member' | 'admin'>,
	policy: Readonly<Record<TwoFactorRole, boolean>> = twoFactorPolicy
): boolean {
	const has: Record<TwoFactorRole, boolean> = {
		platformAdmin: user.isPlatformAdmin,
		intranetAdmin: user.isIntranetAdmin,
		organisationAdmin: roles.includes('admin'),
		organisationMember: roles.includes('member')
	};
	return (Object.keys(has) as TwoFactorRole[]).some((role) => has[role] && policy[role] === true);
}

// ---- TOTP ---------------------------------------------------------------------------------

function stepAt(now: Date): bigint {
	return BigInt(Math.floor(now.getTime() / (totpPeriodSeconds * 1000)));
}

/**
 * The time step the code is the secret's for, among the step of `now` and one either side (the
 * latest when several match), or undefined (not `verifyTOTP`: it reads the clock itself).
 */
function totpMatchingStep(secret: Uint8Array, code: string, now: Date): bigint | undefined {
	const current = stepAt(now);
	let matched: bigint | undefined;
	// Every step is computed, a match or not: no timing tells which step matched.
	for (let drift = -totpDriftSteps; drift <= totpDriftSteps; drift++) {
		const step = current + BigInt(drift);
		if (verifyHOTP(secret, step, totpDigits, code)) matched = step;
	}
	return matched;
}

/** Whether the user has 2FA switched on. */
export async function hasTotp(db: Db, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom('totp_credentials')
		.select('user_id')
		.where('user_id', '=', userId)
		.where('enabled_at', 'is not', null)
		.executeTakeFirst();
	return row !== undefined;
}

/**
 * Starts (or starts again) setting up 2FA: a fresh 160-bit secret, not yet in force. Returns it in
 * base32 (for typing into the app) and as an otpauth:// URI (for the QR code); undefined when 2FA
 * is already on — it must be disabled first, so a stolen session cannot swap the phone — or the
 * user is unknown or disabled.
 */
export async function beginTotpEnrolment(
	db: Db,
	userId: string
): Promise<{ secret: string; keyUri: string } | undefined> {
	const user = await db
		.selectFrom('users')
		.select('email')
		.where('id', '=', userId)
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
	if (!user) return undefined;
	const secret = new Uint8Array(20);
	crypto.getRandomValues(secret);
	// One statement: a pending credential is replaced, an enabled one left alone.
	const stored = await db
		.insertInto('totp_credentials')
		.values({ user_id: userId, secret, enabled_at: null })
		.onConflict((oc) =>
			oc
				.column('user_id')
				.doUpdateSet((eb) => ({ secret: eb.ref('excluded.secret') }))
				.where('totp_credentials.enabled_at', 'is', null)
		)
		.returning('user_id')
		.executeTakeFirst();
	if (!stored) return undefined;
	return {
		secret: encodeBase32NoPadding(secret),
		keyUri: createTOTPKeyURI(totpIssuer, user.email, secret, totpPeriodSeconds, totpDigits)
	};
}

/**
 * The setup begun and not yet confirmed, as `beginTotpEnrolment` returned it, or undefined. The
 * enrolment page shows it again (after a mistyped code, say) rather than replace the secret the
 * person has just scanned.
 */
export async function pendingTotpEnrolment(
	db: Db,
	userId: string
): Promise<{ secret: string; keyUri: string } | undefined> {
	const row = await db
		.selectFrom('totp_credentials as t')
		.innerJoin('users as u', 'u.id', 't.user_id')
		.select(['t.secret', 'u.email'])
		.where('t.user_id', '=', userId)
		.where('t.enabled_at', 'is', null)
		.where('u.disabled_at', 'is', null)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		secret: encodeBase32NoPadding(row.secret),
		keyUri: createTOTPKeyURI(totpIssuer, row.email, row.secret, totpPeriodSeconds, totpDigits)
	};
}

// ---- Recovery codes -----------------------------------------------------------------------

const base32Alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

/** 10 base32 characters, 50 random bits (each byte's low 5 bits: 256 is a multiple of 32, so uniform). */
function newRecoveryCode(): string {
	const bytes = new Uint8Array(recoveryCodeLength);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (byte) => base32Alphabet[byte & 31]).join('');
}

/** As typed: case, spaces and dashes do not matter (an app may show `abcde-fghij`). */
function normaliseCode(code: string): string {
	return code.toLowerCase().replace(/[\s-]+/g, '');
}

// Salted with the user id: one precomputed table cannot crack every user's codes at once.
function hashRecoveryCode(userId: string, code: string): Uint8Array {
	return sha256(new TextEncoder().encode(`${userId}:${normaliseCode(code)}`));
}

const recoveryCodeShape = new RegExp(`^[a-z2-7]{${recoveryCodeLength}}$`);

/**
 * Finishes setting up 2FA: the code from the app proves it holds the pending secret. Switches 2FA
 * on and returns 10 new recovery codes, to show once (only their hashes are kept; older ones are
 * void). `no_enrolment` when there is nothing pending (never begun, or already on).
 */
export async function confirmTotpEnrolment(
	db: Db,
	userId: string,
	code: string,
	{ now = new Date(), ip }: { now?: Date; ip?: string } = {}
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; reason: 'no_enrolment' | 'invalid_code' }> {
	return db.transaction().execute(async (tx) => {
		// Locked: of two confirmations at once, the second finds 2FA already on.
		const pending = await tx
			.selectFrom('totp_credentials')
			.select('secret')
			.where('user_id', '=', userId)
			.where('enabled_at', 'is', null)
			.forUpdate()
			.executeTakeFirst();
		if (!pending) return { ok: false, reason: 'no_enrolment' } as const;
		const step = totpMatchingStep(pending.secret, code.replace(/\s+/g, ''), now);
		if (step === undefined) return { ok: false, reason: 'invalid_code' } as const;
		// The code that confirmed is used up, as one at login is: seen over a shoulder during the
		// set-up, it must not pass a login afterwards (RFC 6238 §5.2).
		await tx
			.updateTable('totp_credentials')
			.set({ enabled_at: now, last_used_step: step.toString() })
			.where('user_id', '=', userId)
			.execute();
		const recoveryCodes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
		await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
		await tx
			.insertInto('recovery_codes')
			.values(recoveryCodes.map((c) => ({ user_id: userId, code_hash: hashRecoveryCode(userId, c) })))
			.execute();
		await audit(tx, {
			actorId: userId,
			action: '2fa.enabled',
			targetType: 'user',
			targetId: userId,
			ip,
			at: now
		});
		return { ok: true, recoveryCodes } as const;
	});
}

// ---- Login --------------------------------------------------------------------------------

export type TwoFactorResult =
	| { ok: true; method: 'totp' | 'recovery_code' }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/**
 * Checks the second factor at login: a current TOTP code, or one of the unused recovery codes
 * (then used up). Failures are throttled per user and per address and audited. On success the
 * caller marks the session with `markSessionTwoFactorVerified`.
 *
 * A TOTP code is accepted once (RFC 6238 §5.2): its time step must be later than that of the last
 * code accepted, so neither the same code again nor an older one still within the drift window
 * passes — not even two logins with it at the same moment.
 */
export async function verifyTwoFactor(
	db: Db,
	userId: string,
	code: string,
	{ ip, now = new Date() }: { ip: string; now?: Date }
): Promise<TwoFactorResult> {
	const keys = throttleKeys('2fa', { account: userId, address: ip });
	const throttle = await checkThrottle(db, keys, now);
	if (!throttle.allowed)
		return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };

	const typed = normaliseCode(code);
	let method: 'totp' | 'recovery_code' | undefined;
	let replayed = false;
	if (/^\d+$/.test(typed)) {
		const credential = await db
			.selectFrom('totp_credentials')
			.select('secret')
			.where('user_id', '=', userId)
			.where('enabled_at', 'is not', null)
			.executeTakeFirst();
		const step = credential ? totpMatchingStep(credential.secret, typed, now) : undefined;
		if (credential && step !== undefined) {
			// One statement checks and records the step: of two logins with one code at once, the
			// second waits for the first's row lock, then finds the step taken and updates nothing.
			const recorded = await db
				.updateTable('totp_credentials')
				.set({ last_used_step: step.toString() })
				.where('user_id', '=', userId)
				.where('enabled_at', 'is not', null)
				// Still the secret the code was checked against (not disabled and set up anew since).
				.where('secret', '=', credential.secret)
				.where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step.toString())]))
				.returning('user_id')
				.executeTakeFirst();
			if (recorded) method = 'totp';
			else replayed = true;
		}
	} else if (recoveryCodeShape.test(typed)) {
		// One statement finds and uses the code: of two logins with it at once, only one gets it.
		const used = await db
			.updateTable('recovery_codes')
			.set({ used_at: now })
			.where('user_id', '=', userId)
			.where('code_hash', '=', hashRecoveryCode(userId, typed))
			.where('used_at', 'is', null)
			// Only while 2FA is on: disabling deletes the codes, and this closes the race with it.
			.where(({ exists, selectFrom }) =>
				exists(
					selectFrom('totp_credentials')
						.select('user_id')
						.where('user_id', '=', userId)
						.where('enabled_at', 'is not', null)
				)
			)
			.returning('id')
			.executeTakeFirst();
		if (used) method = 'recovery_code';
	}

	if (!method) {
		await recordFailure(db, keys, now);
		await audit(db, {
			actorId: userId,
			action: '2fa.failure',
			targetType: 'user',
			targetId: userId,
			ip,
			at: now,
			...(replayed ? { details: { replay: true } } : {})
		});
		return { ok: false, reason: 'invalid' };
	}
	await recordSuccess(db, keys);
	if (method === 'recovery_code') {
		const { left } = await db
			.selectFrom('recovery_codes')
			.select((eb) => eb.fn.countAll<string>().as('left'))
			.where('user_id', '=', userId)
			.where('used_at', 'is', null)
			.executeTakeFirstOrThrow();
		await audit(db, {
			actorId: userId,
			action: '2fa.recovery_code_used',
			targetType: 'user',
			targetId: userId,
			ip,
			at: now,
			details: { remaining: Number(left) }
		});
	}
	return { ok: true, method };
}

/** Records on the session that its user passed the second factor. */
export async function markSessionTwoFactorVerified(db: Db, sessionId: string): Promise<void> {
	await db.updateTable('sessions').set({ two_factor_verified: true }).where('id', '=', sessionId).execute();
}

/**
 * Switches 2FA off: the secret and every recovery code go. The caller makes sure it is wanted (a
 * fresh password or code from the user, or an admin acting on a lost phone: pass `actorId`).
 * Returns whether there was anything to remove.
 */
export async function disableTotp(
	db: Db,
	userId: string,
	{ actorId = userId, ip, now = new Date() }: { actorId?: string; ip?: string; now?: Date } = {}
): Promise<boolean> {
	return db.transaction().execute(async (tx) => {
		const removed = await tx
			.deleteFrom('totp_credentials')
			.where('user_id', '=', userId)
			.returning('enabled_at')
			.executeTakeFirst();
		await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
		if (!removed) return false;
		// Abandoning a setup never begun in earnest is not worth a line in the log.
		if (removed.enabled_at) {
			await audit(tx, { actorId, action: '2fa.disabled', targetType: 'user', targetId: userId, ip, at: now });
		}
		return true;
	});
}
