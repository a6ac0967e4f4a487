// Passwords: argon2id hashes, a policy after NIST SP 800-63B (length and a blocklist, no
// composition rules), login without user enumeration, single-use reset tokens and changes that
// end every session.
import { hash, verify, type Options } from '@node-rs/argon2';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Database } from '@solidair/db';
import type { Kysely } from 'kysely';
import { audit } from './audit.ts';
import { commonPasswords } from './common-passwords.ts';
import type { SessionUser } from './session.ts';
import { checkThrottle, recordFailure, recordSuccess, throttleKeys } from './throttle.ts';

type Db = Kysely<Database>;

/**
 * OWASP's argon2id parameters (m = 19456 KiB, t = 2, p = 1). packages/db/src/seed/accounts.ts hashes
 * the demo accounts with the same values: change both together.
 */
const argon2Options: Options = {
	// Algorithm.Argon2id: the package's const enum cannot be imported under type stripping.
	algorithm: 2,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1
};

export const minPasswordLength = 8;
export const maxPasswordLength = 255;
/** How long a password reset link works. */
export const passwordResetLifetimeMs = 60 * 60 * 1000;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'like_account';

// The same characters typed on another keyboard or system give the same password.
function normalise(password: string): string {
	return password.normalize('NFKC');
}

/** An argon2id hash (PHC string) of the password, for `users.password_hash`. */
export async function hashPassword(password: string): Promise<string> {
	return hash(normalise(password), argon2Options);
}

/** Whether the password matches the hash; false for a malformed hash rather than an error. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, normalise(password));
	} catch {
		return false;
	}
}

// Account words shorter than this would reject unrelated passwords ("els" in "welsh").
const minAccountWordLength = 4;

function accountWords(context: { email?: string; name?: string }): string[] {
	const words: string[] = [];
	for (const source of [context.email?.split('@')[0], context.name]) {
		if (!source) continue;
		const lower = normalise(source).toLowerCase();
		// The whole, the whole without separators (elspeeters) and each part (peeters).
		words.push(lower, lower.replace(/[^\p{L}\p{N}]+/gu, ''), ...lower.split(/[^\p{L}\p{N}]+/u));
	}
	return words.filter((word) => [...word].length >= minAccountWordLength);
}

/** What is wrong with a new password, or undefined when it may be used. */
export function passwordProblem(
	password: string,
	context: { email?: string; name?: string } = {}
): PasswordProblem | undefined {
	// Code points, not UTF-16 units: an emoji is one character to the person typing it.
	const length = [...password].length;
	if (length < minPasswordLength) return 'too_short';
	if (length > maxPasswordLength) return 'too_long';
	const lower = normalise(password).toLowerCase();
	// A listed word followed only by digits and symbols is as guessable as the word itself.
	const stem = lower.replace(/[\p{N}\p{P}\p{S}\s]+$/u, '');
	if (commonPasswords.has(lower) || (stem !== '' && commonPasswords.has(stem))) return 'common';
	if (accountWords(context).some((word) => lower.includes(word))) return 'like_account';
	return undefined;
}

// Verified against when there is no real hash, so an unknown e-mail costs the same argon2 work
// as a known one. Started at load, so the first such login is not slower than the rest.
const dummyHash: Promise<string> = hash('no account has this password', argon2Options);

/**
 * Checks a login; about as slow for unknown and disabled accounts, which fail alike. Every attempt
 * is audited: the reason of a failure goes to the log (for the admins), never to the caller.
 */
export async function authenticate(
	db: Db,
	email: string,
	password: string,
	options: { ip?: string; now?: Date } = {}
): Promise<{ ok: true; user: SessionUser } | { ok: false }> {
	const row = await db
		.selectFrom('users')
		.select([
			'id',
			'email',
			'display_name',
			'locale',
			'is_platform_admin',
			'is_intranet_admin',
			'password_hash',
			'disabled_at'
		])
		// lower(email) on both sides: the unique index is on lower(email).
		.where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(email)])))
		.executeTakeFirst();
	const matches = await verifyPassword(row?.password_hash ?? (await dummyHash), password);
	let failure: 'unknown_account' | 'no_password' | 'disabled' | 'wrong_password' | undefined;
	if (!row) failure = 'unknown_account';
	else if (!row.password_hash) failure = 'no_password';
	else if (row.disabled_at) failure = 'disabled';
	else if (!matches) failure = 'wrong_password';
	// Both outcomes write one row, so the log costs known and unknown e-mails the same time. The
	// typed e-mail of an unknown account is not kept: it is sometimes a password in the wrong field.
	await audit(db, {
		actorId: row?.id ?? null,
		action: failure ? 'login.failure' : 'login.success',
		targetType: row ? 'user' : undefined,
		targetId: row?.id,
		ip: options.ip,
		at: options.now,
		details: failure ? { reason: failure } : undefined
	});
	if (!row || failure) return { ok: false };
	return {
		ok: true,
		user: {
			id: row.id,
			email: row.email,
			displayName: row.display_name,
			locale: row.locale,
			isPlatformAdmin: row.is_platform_admin,
			isIntranetAdmin: row.is_intranet_admin
		}
	};
}

function hashToken(token: string): Uint8Array {
	return sha256(new TextEncoder().encode(token));
}

const resetTokenShape = /^[a-z2-7]{32}$/;

/**
 * A reset token for an active account's e-mail, to send by mail; undefined when there is none,
 * and the caller must then answer exactly as when there is.
 */
export async function createPasswordReset(
	db: Db,
	email: string,
	{ now = new Date(), ip }: { now?: Date; ip?: string } = {}
): Promise<{ token: string } | undefined> {
	const user = await db
		.selectFrom('users')
		.select('id')
		.where((eb) => eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(email)])))
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
	if (!user) return undefined;
	// 160 random bits; only their SHA-256 is stored, so a leaked table resets nobody's password.
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	const token = encodeBase32LowerCaseNoPadding(bytes);
	await db
		.insertInto('password_resets')
		.values({
			token_hash: hashToken(token),
			user_id: user.id,
			expires_at: new Date(now.getTime() + passwordResetLifetimeMs),
			created_at: now
		})
		.execute();
	await audit(db, {
		actorId: user.id,
		action: 'password.reset_requested',
		targetType: 'user',
		targetId: user.id,
		ip,
		at: now
	});
	return { token };
}

/**
 * Whether a reset token still works (known, unused, not expired, its account active), without
 * using it: for the page behind the link, which shows the form or says the link is spent.
 */
export async function passwordResetValid(db: Db, token: string, now: Date = new Date()): Promise<boolean> {
	if (!resetTokenShape.test(token)) return false;
	const row = await db
		.selectFrom('password_resets as r')
		.innerJoin('users as u', 'u.id', 'r.user_id')
		.select('r.user_id')
		.where('r.token_hash', '=', hashToken(token))
		.where('r.used_at', 'is', null)
		.where('r.expires_at', '>', now)
		.where('u.disabled_at', 'is', null)
		.executeTakeFirst();
	return row !== undefined;
}

// After a password change: other reset links stop working and every session ends.
async function replacePassword(db: Db, userId: string, passwordHash: string, now: Date): Promise<void> {
	await db
		.updateTable('users')
		.set({ password_hash: passwordHash, updated_at: now })
		.where('id', '=', userId)
		.execute();
	await db
		.updateTable('password_resets')
		.set({ used_at: now })
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.execute();
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Sets a new password with a reset token, once; ends all the account's sessions. */
export async function resetPassword(
	db: Db,
	token: string,
	newPassword: string,
	{ now = new Date(), ip }: { now?: Date; ip?: string } = {}
): Promise<'ok' | 'invalid' | PasswordProblem> {
	if (!resetTokenShape.test(token)) return 'invalid';
	const tokenHash = hashToken(token);
	const row = await db
		.selectFrom('password_resets as r')
		.innerJoin('users as u', 'u.id', 'r.user_id')
		.select(['u.id', 'u.email', 'u.display_name'])
		.where('r.token_hash', '=', tokenHash)
		.where('r.used_at', 'is', null)
		.where('r.expires_at', '>', now)
		.where('u.disabled_at', 'is', null)
		.executeTakeFirst();
	if (!row) return 'invalid';
	// A weak password leaves the token unused, so the person can try another.
	const problem = passwordProblem(newPassword, { email: row.email, name: row.display_name });
	if (problem) return problem;
	// Hashed outside the transaction: argon2 is slow on purpose.
	const passwordHash = await hashPassword(newPassword);
	return db.transaction().execute(async (tx) => {
		// The guard again, in the transaction: of two concurrent uses only one claims the token.
		const claimed = await tx
			.updateTable('password_resets')
			.set({ used_at: now })
			.where('token_hash', '=', tokenHash)
			.where('used_at', 'is', null)
			.where('expires_at', '>', now)
			.returning('user_id')
			.executeTakeFirst();
		if (!claimed) return 'invalid';
		await replacePassword(tx, claimed.user_id, passwordHash, now);
		await audit(tx, {
			actorId: claimed.user_id,
			action: 'password.reset',
			targetType: 'user',
			targetId: claimed.user_id,
			ip,
			at: now
		});
		return 'ok';
	});
}

/** Changes a signed-in user's password; ends all their sessions, so the caller starts a new one. */
export async function changePassword(
	db: Db,
	userId: string,
	current: string,
	next: string,
	{ now = new Date(), ip }: { now?: Date; ip?: string } = {}
): Promise<'ok' | 'wrong_password' | PasswordProblem | { reason: 'throttled'; retryAfterSeconds: number }> {
	// Guessing the current password from a session someone left open is throttled and audited as
	// logging in is: per account and per address, each wrong guess written to the log.
	const keys = ip
		? throttleKeys('password', { account: userId, address: ip })
		: [`password:account:${userId}`];
	const auditFailure = (reason: 'throttled' | 'wrong_password') =>
		audit(db, {
			actorId: userId,
			action: 'password.change_failure',
			targetType: 'user',
			targetId: userId,
			ip,
			at: now,
			details: { reason }
		});
	const throttle = await checkThrottle(db, keys, now);
	if (!throttle.allowed) {
		await auditFailure('throttled');
		return { reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
	}
	const user = await db
		.selectFrom('users')
		.select(['email', 'display_name', 'password_hash'])
		.where('id', '=', userId)
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
	if (!user?.password_hash || !(await verifyPassword(user.password_hash, current))) {
		await recordFailure(db, keys, now);
		await auditFailure('wrong_password');
		return 'wrong_password';
	}
	await recordSuccess(db, keys);
	const problem = passwordProblem(next, { email: user.email, name: user.display_name });
	if (problem) return problem;
	const passwordHash = await hashPassword(next);
	await db.transaction().execute(async (tx) => {
		await replacePassword(tx, userId, passwordHash, now);
		await audit(tx, {
			actorId: userId,
			action: 'password.changed',
			targetType: 'user',
			targetId: userId,
			ip,
			at: now
		});
	});
	return 'ok';
}
