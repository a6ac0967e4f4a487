// Sessions as Lucia's guide teaches them (the `lucia` package itself is deprecated): a token
// `<id>.<secret>` goes to the browser; the database keeps the id and only a SHA-256 hash of
// the secret, so a leaked sessions table opens no session.
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Database } from '@solidair/db';
import { memo } from '@solidair/db/memo';
import type { Kysely } from 'kysely';
import { audit, inetOrNull } from './audit.ts';

type Db = Kysely<Database>;

export interface SessionPolicy {
	/** A session unused for this long ends. */
	inactivityTimeoutMs: number;
	/** No session lives longer than this, however busy. */
	absoluteLifetimeMs: number;
	/** `last_used_at` is written at most this often, to spare the database a write per request. */
	touchIntervalMs: number;
}

const hour = 60 * 60 * 1000;

/** Defaults for a members' portal: a working week of inactivity, a month at most. */
export const defaultSessionPolicy: SessionPolicy = {
	inactivityTimeoutMs: 5 * 24 * hour,
	absoluteLifetimeMs: 30 * 24 * hour,
	touchIntervalMs: hour
};

export interface Session {
	id: string;
	userId: string;
	createdAt: Date;
	lastUsedAt: Date;
	/** When it ends if unused: the earlier of inactivity and absolute lifetime. */
	expiresAt: Date;
	twoFactorVerified: boolean;
}

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	locale: string;
	isPlatformAdmin: boolean;
	isIntranetAdmin: boolean;
}

/** 160 random bits, base32: comfortably over the 120 bits the guide asks of each part. */
function randomPart(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

export function generateSessionToken(): string {
	return `${randomPart()}.${randomPart()}`;
}

function expiry(createdAt: Date, lastUsedAt: Date, policy: SessionPolicy): Date {
	return new Date(
		Math.min(
			createdAt.getTime() + policy.absoluteLifetimeMs,
			lastUsedAt.getTime() + policy.inactivityTimeoutMs
		)
	);
}

/** The longest User-Agent kept with a session, in characters; the rest is cut off. */
export const sessionUserAgentMaxLength = 300;

/** Where a session was opened, for the user's list of their sessions; both optional. */
export interface SessionClient {
	/** The client's address; anything that is not an IP address is stored as null. */
	ip?: string | null;
	/** The browser's User-Agent header, cut to `sessionUserAgentMaxLength` characters. */
	userAgent?: string | null;
}

function userAgentOrNull(userAgent: string | null | undefined): string | null {
	const trimmed = userAgent?.trim() ?? '';
	if (trimmed === '') return null;
	// By code points: a cut never splits a surrogate pair.
	return [...trimmed].slice(0, sessionUserAgentMaxLength).join('');
}

/** Stores a new session for the token (a fresh token at every login: no session fixation). */
export async function createSession(
	db: Db,
	token: string,
	userId: string,
	policy: SessionPolicy = defaultSessionPolicy,
	now: Date = new Date(),
	client: SessionClient = {}
): Promise<Session> {
	const [id, secret] = token.split('.');
	if (!id || !secret) throw new Error('malformed session token');
	const expiresAt = expiry(now, now, policy);
	await db
		.insertInto('sessions')
		.values({
			id,
			secret_hash: hashSecret(secret),
			user_id: userId,
			created_at: now,
			last_used_at: now,
			expires_at: expiresAt,
			ip: inetOrNull(client.ip ?? undefined),
			user_agent: userAgentOrNull(client.userAgent)
		})
		.execute();
	return { id, userId, createdAt: now, lastUsedAt: now, expiresAt, twoFactorVerified: false };
}

const tokenShape = /^[a-z2-7]{32}\.[a-z2-7]{32}$/;

/** A session's row with its user's, as `validateSessionToken` checks it. */
function readSession(db: Db, id: string) {
	return db
		.selectFrom('sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select([
			's.id',
			's.secret_hash',
			's.user_id',
			's.created_at',
			's.last_used_at',
			's.two_factor_verified',
			'u.email',
			'u.display_name',
			'u.locale',
			'u.is_platform_admin',
			'u.is_intranet_admin',
			'u.disabled_at'
		])
		.where('s.id', '=', id)
		.executeTakeFirst();
}

/** The session and user of a token, or null when it is malformed, unknown, tampered or expired. */
export async function validateSessionToken(
	db: Db,
	token: string,
	policy: SessionPolicy = defaultSessionPolicy,
	now: Date = new Date(),
	{ remembered = false }: { remembered?: boolean } = {}
): Promise<{ session: Session; user: SessionUser } | null> {
	if (!tokenShape.test(token)) return null;
	const [id = '', secret = ''] = token.split('.');
	// `remembered` (a page being read, not a write): the row may come from the memo, where the app
	// listens for changes; a session's row changes only by a write, which its user's tag announces.
	// An unknown id is never kept. Every check below runs on each request all the same.
	const row = remembered
		? await memo.get(
				`session:${id}`,
				() => readSession(db, id),
				(found) => (found ? [`user:${found.user_id}`] : undefined)
			)
		: await readSession(db, id);
	if (!row || !constantTimeEqual(hashSecret(secret), row.secret_hash)) return null;

	const expiresAt = expiry(row.created_at, row.last_used_at, policy);
	if (now >= expiresAt || row.disabled_at) {
		await invalidateSession(db, id);
		return null;
	}
	let lastUsedAt = row.last_used_at;
	if (now.getTime() - lastUsedAt.getTime() >= policy.touchIntervalMs) {
		lastUsedAt = now;
		await db
			.updateTable('sessions')
			.set({ last_used_at: now, expires_at: expiry(row.created_at, now, policy) })
			.where('id', '=', id)
			.execute();
	}
	return {
		session: {
			id,
			userId: row.user_id,
			createdAt: row.created_at,
			lastUsedAt,
			expiresAt: expiry(row.created_at, lastUsedAt, policy),
			twoFactorVerified: row.two_factor_verified
		},
		user: {
			id: row.user_id,
			email: row.email,
			displayName: row.display_name,
			locale: row.locale,
			isPlatformAdmin: row.is_platform_admin,
			isIntranetAdmin: row.is_intranet_admin
		}
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, e.g. after a password change. */
export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** One of a user's sessions, as their account page lists it (never the secret or its hash). */
export interface UserSession {
	id: string;
	createdAt: Date;
	lastUsedAt: Date;
	expiresAt: Date;
	ip: string | null;
	userAgent: string | null;
	twoFactorVerified: boolean;
}

/** The user's sessions still running at `now`, most recently used first, for their account page. */
export async function userSessions(
	db: Db,
	userId: string,
	policy: SessionPolicy = defaultSessionPolicy,
	now: Date = new Date()
): Promise<UserSession[]> {
	const rows = await db
		.selectFrom('sessions')
		.select(['id', 'created_at', 'last_used_at', 'ip', 'user_agent', 'two_factor_verified'])
		.where('user_id', '=', userId)
		.orderBy('last_used_at', 'desc')
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
	return rows
		.map((row) => ({
			id: row.id,
			createdAt: row.created_at,
			lastUsedAt: row.last_used_at,
			expiresAt: expiry(row.created_at, row.last_used_at, policy),
			ip: row.ip,
			userAgent: row.user_agent,
			twoFactorVerified: row.two_factor_verified
		}))
		.filter((session) => session.expiresAt > now);
}

/**
 * Ends one of the user's own sessions (e.g. a lost phone's), audited as `session.revoked`. Only a
 * session of `userId` is touched: another user's session id gives `false`, exactly like an unknown one.
 */
export async function revokeSession(
	db: Db,
	userId: string,
	sessionId: string,
	{ ip, now }: { ip?: string; now?: Date } = {}
): Promise<boolean> {
	return db.transaction().execute(async (tx) => {
		const removed = await tx
			.deleteFrom('sessions')
			.where('id', '=', sessionId)
			.where('user_id', '=', userId)
			.returning('id')
			.executeTakeFirst();
		if (!removed) return false;
		// The session id is half of its token, but useless without the secret: safe in the log.
		await audit(tx, {
			actorId: userId,
			action: 'session.revoked',
			targetType: 'session',
			targetId: sessionId,
			ip,
			at: now
		});
		return true;
	});
}
