// Invitations: the portal has no open sign-up, so an organisation's admins (or a platform admin)
// invite people by e-mail. The mailed link carries a random token; only its SHA-256 is stored, so a
// leaked table lets nobody in. Accepting creates the account (or reuses the one of that e-mail) and
// the membership, once.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Database } from '@solidair/db';
import { sql, type Kysely } from 'kysely';
import { audit } from './audit.ts';
import { hashPassword, passwordProblem, type PasswordProblem } from './password.ts';
import { can, type SignedInActor } from './permissions.ts';

type Db = Kysely<Database>;
type Role = 'member' | 'admin';

/** How long an invitation link works. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export interface PendingInvitation {
	id: string;
	organisationId: string;
	organisationName: string;
	email: string;
	role: Role;
	invitedBy: string | null;
	expiresAt: Date;
	createdAt: Date;
	/** An account with this e-mail exists: accepting only adds the membership (no name, no password). */
	existingAccount: boolean;
}

function hashToken(token: string): Uint8Array {
	return sha256(new TextEncoder().encode(token));
}

// 20 bytes: 160 random bits, 32 base32 characters.
const tokenShape = /^[a-z2-7]{32}$/;

// As the users table checks it, so an invitation never names an e-mail no account could have.
const emailShape = /^[^@\s]+@[^@\s]+$/;

const sameEmail = (column: 'email' | 'u.email' | 'i.email', email: string) =>
	sql<boolean>`lower(${sql.ref(column)}) = lower(${email})`;

/**
 * The actor `can` needs, for the membership rules: its flags and memberships (working groups and
 * site roles are left empty — no membership rule reads them). Null when unknown.
 */
async function membershipActor(db: Db, userId: string): Promise<SignedInActor | null> {
	const user = await db
		.selectFrom('users')
		.select(['id', 'disabled_at', 'is_platform_admin', 'is_intranet_admin'])
		.where('id', '=', userId)
		.executeTakeFirst();
	if (!user) return null;
	const memberships = await db
		.selectFrom('memberships')
		.select(['organisation_id', 'role'])
		.where('user_id', '=', userId)
		.execute();
	return {
		id: user.id,
		disabled: user.disabled_at !== null,
		platformAdmin: user.is_platform_admin,
		intranetAdmin: user.is_intranet_admin,
		memberships: memberships.map((m) => ({ organisationId: m.organisation_id, role: m.role })),
		workingGroups: [],
		coordinatorOf: [],
		editorOf: [],
		reviewerOf: []
	};
}

/** Whether `userId` may invite to, and remove members from, the organisation (`manage` on its memberships). */
async function managesMembers(db: Db, userId: string, organisationId: string): Promise<boolean> {
	return can(await membershipActor(db, userId), 'manage', { type: 'membership', organisationId });
}

/**
 * Invites an e-mail address to an organisation with a role. Returns the token for the link in the
 * mail (shown nowhere else, stored only hashed). A newer invitation of the same address to the same
 * organisation replaces the pending one, whose link stops working.
 */
export async function createInvitation(
	db: Db,
	{
		organisationId,
		email,
		role,
		invitedBy,
		now = new Date(),
		ip
	}: { organisationId: string; email: string; role: Role; invitedBy: string; now?: Date; ip?: string }
): Promise<
	| { ok: true; token: string; invitationId: string; expiresAt: Date }
	| { ok: false; reason: 'forbidden' | 'invalid_email' | 'already_member' }
> {
	const address = email.trim();
	if (!emailShape.test(address) || address.length > 254) return { ok: false, reason: 'invalid_email' };
	if (!(await managesMembers(db, invitedBy, organisationId))) return { ok: false, reason: 'forbidden' };

	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	const token = encodeBase32LowerCaseNoPadding(bytes);
	const expiresAt = new Date(now.getTime() + invitationLifetimeMs);

	return db.transaction().execute(async (tx) => {
		// Invitations to one organisation take turns, so of two at once to the same address the
		// second revokes the first rather than run into the unique index on pending invitations
		// (organisation, lower(email)). Not `for update`: members may still be added.
		const organisation = await tx
			.selectFrom('organisations')
			.select('id')
			.where('id', '=', organisationId)
			.forNoKeyUpdate()
			.executeTakeFirst();
		// Only a platform admin gets here with an unknown organisation; nothing to invite to.
		if (!organisation) return { ok: false, reason: 'forbidden' } as const;
		const member = await tx
			.selectFrom('memberships as m')
			.innerJoin('users as u', 'u.id', 'm.user_id')
			.select('m.user_id')
			.where('m.organisation_id', '=', organisationId)
			.where(sameEmail('u.email', address))
			.executeTakeFirst();
		if (member) return { ok: false, reason: 'already_member' } as const;
		// The pending one (expired or not) is replaced: revoked, its link stops working.
		await tx
			.updateTable('invitations')
			.set({ revoked_at: now })
			.where('organisation_id', '=', organisationId)
			.where(sameEmail('email', address))
			.where('accepted_at', 'is', null)
			.where('revoked_at', 'is', null)
			.execute();
		const { id } = await tx
			.insertInto('invitations')
			.values({
				organisation_id: organisationId,
				email: address,
				role,
				token_hash: hashToken(token),
				invited_by: invitedBy,
				expires_at: expiresAt,
				created_at: now
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await audit(tx, {
			actorId: invitedBy,
			action: 'invitation.created',
			targetType: 'invitation',
			targetId: id,
			ip,
			at: now,
			details: { organisationId, email: address, role }
		});
		return { ok: true, token, invitationId: id, expiresAt } as const;
	});
}

/**
 * The pending invitation of a token (not expired, not accepted, not replaced or revoked), for the
 * page behind the link; undefined otherwise. Looked up by the token's hash: a database index
 * compares hashes, never the secret itself, so its timing tells nothing about the token.
 */
export async function invitationByToken(
	db: Db,
	token: string,
	now: Date = new Date()
): Promise<PendingInvitation | undefined> {
	if (!tokenShape.test(token)) return undefined;
	const row = await db
		.selectFrom('invitations as i')
		.innerJoin('organisations as o', 'o.id', 'i.organisation_id')
		.select((eb) => [
			'i.id',
			'i.organisation_id',
			'o.name',
			'i.email',
			'i.role',
			'i.invited_by',
			'i.expires_at',
			'i.created_at',
			eb
				.exists(
					eb
						.selectFrom('users as u')
						.select('u.id')
						.where(sql<boolean>`lower(u.email) = lower(i.email)`)
				)
				.as('existing_account')
		])
		.where('i.token_hash', '=', hashToken(token))
		.where('i.accepted_at', 'is', null)
		.where('i.revoked_at', 'is', null)
		.where('i.expires_at', '>', now)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		id: row.id,
		organisationId: row.organisation_id,
		organisationName: row.name,
		email: row.email,
		role: row.role,
		invitedBy: row.invited_by,
		expiresAt: row.expires_at,
		createdAt: row.created_at,
		existingAccount: Boolean(row.existing_account)
	};
}

export type AcceptProblem = 'invalid' | 'account_disabled' | 'invalid_name' | PasswordProblem;

/**
 * Accepts an invitation, once: creates the account with the name and password given (checked as
 * `passwordProblem` checks any new password) or, when the e-mail already has one, only adds the
 * membership and ignores both. A problem is returned, not thrown, and leaves the link usable. The
 * caller then signs the person in (a new session) or sends them to the login page.
 */
export async function acceptInvitation(
	db: Db,
	token: string,
	{
		displayName,
		password,
		now = new Date(),
		ip
	}: { displayName?: string; password?: string; now?: Date; ip?: string } = {}
): Promise<
	| { ok: true; userId: string; organisationId: string; newAccount: boolean }
	| { ok: false; problem: AcceptProblem }
> {
	const invitation = await invitationByToken(db, token, now);
	if (!invitation) return { ok: false, problem: 'invalid' };
	let passwordHash: string | undefined;
	const name = displayName?.trim() ?? '';
	if (!invitation.existingAccount) {
		// As users.display_name checks it (length() counts characters, as the spread does).
		const length = [...name].length;
		if (length < 1 || length > 120) return { ok: false, problem: 'invalid_name' };
		const problem = passwordProblem(password ?? '', { email: invitation.email, name });
		if (problem) return { ok: false, problem };
		// Hashed outside the transaction: argon2 is slow on purpose.
		passwordHash = await hashPassword(password ?? '');
	}

	return db.transaction().execute(async (tx) => {
		let user = await tx
			.selectFrom('users')
			.select(['id', 'disabled_at'])
			.where(sameEmail('email', invitation.email))
			.executeTakeFirst();
		// A disabled account stays disabled, whoever invites it back.
		if (user?.disabled_at) return { ok: false, problem: 'account_disabled' } as const;
		// The account the page saw has gone since: ask again, for a name and password this time.
		if (!user && passwordHash === undefined) return { ok: false, problem: 'invalid' } as const;
		// Of two accepts at once, the second waits for the first here and then finds nothing.
		const claimed = await tx
			.updateTable('invitations')
			.set({ accepted_at: now })
			.where('id', '=', invitation.id)
			.where('accepted_at', 'is', null)
			// Revoked (or replaced) since the page was shown: the link no longer works.
			.where('revoked_at', 'is', null)
			.where('expires_at', '>', now)
			.returning(['organisation_id', 'email', 'role'])
			.executeTakeFirst();
		if (!claimed) return { ok: false, problem: 'invalid' } as const;
		let newAccount = false;
		if (!user) {
			const created = await tx
				.insertInto('users')
				.values({ email: claimed.email, display_name: name, password_hash: passwordHash })
				// Another invitation of this e-mail accepted at the same moment: join its account.
				.onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
				.returning('id')
				.executeTakeFirst();
			newAccount = created !== undefined;
			user = created
				? { id: created.id, disabled_at: null }
				: await tx
						.selectFrom('users')
						.select(['id', 'disabled_at'])
						.where(sameEmail('email', claimed.email))
						.executeTakeFirstOrThrow();
		}
		// Already a member (added since the invitation): the role they have stays.
		await tx
			.insertInto('memberships')
			.values({ user_id: user.id, organisation_id: claimed.organisation_id, role: claimed.role })
			.onConflict((oc) => oc.columns(['user_id', 'organisation_id']).doNothing())
			.execute();
		await audit(tx, {
			actorId: user.id,
			action: 'invitation.accepted',
			targetType: 'invitation',
			targetId: invitation.id,
			ip,
			at: now,
			details: { organisationId: claimed.organisation_id, role: claimed.role, newAccount }
		});
		return { ok: true, userId: user.id, organisationId: claimed.organisation_id, newAccount } as const;
	});
}

/** Withdraws a pending invitation (kept, marked revoked); its link stops working. */
export async function revokeInvitation(
	db: Db,
	{ invitationId, by, now = new Date(), ip }: { invitationId: string; by: string; now?: Date; ip?: string }
): Promise<'ok' | 'not_found' | 'forbidden'> {
	const invitation = await db
		.selectFrom('invitations')
		.select(['organisation_id', 'email', 'role'])
		.where('id', '=', invitationId)
		.where('accepted_at', 'is', null)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	if (!invitation) return 'not_found';
	if (!(await managesMembers(db, by, invitation.organisation_id))) return 'forbidden';
	return db.transaction().execute(async (tx) => {
		// Kept, marked revoked: the members page and the audit log can still tell what happened.
		const revoked = await tx
			.updateTable('invitations')
			.set({ revoked_at: now })
			.where('id', '=', invitationId)
			.where('accepted_at', 'is', null)
			.where('revoked_at', 'is', null)
			.returning('id')
			.executeTakeFirst();
		// Accepted (or revoked) in the meantime: too late to revoke; remove the member instead.
		if (!revoked) return 'not_found';
		await audit(tx, {
			actorId: by,
			action: 'invitation.revoked',
			targetType: 'invitation',
			targetId: invitationId,
			ip,
			at: now,
			details: { organisationId: invitation.organisation_id, email: invitation.email, role: invitation.role }
		});
		return 'ok';
	});
}

/**
 * Removes a user from an organisation, by one of its admins (or a platform admin). Loaders read
 * roles on every request, so the removal holds at once; when the user is left with no role at all
 * (no membership, no admin flag, no site to edit), their sessions end too.
 */
export async function removeMember(
	db: Db,
	{
		organisationId,
		userId,
		by,
		now = new Date(),
		ip
	}: { organisationId: string; userId: string; by: string; now?: Date; ip?: string }
): Promise<{ ok: true; sessionsEnded: boolean } | { ok: false; reason: 'forbidden' | 'not_found' }> {
	if (!(await managesMembers(db, by, organisationId))) return { ok: false, reason: 'forbidden' };
	return db.transaction().execute(async (tx) => {
		const removed = await tx
			.deleteFrom('memberships')
			.where('organisation_id', '=', organisationId)
			.where('user_id', '=', userId)
			.returning('role')
			.executeTakeFirst();
		if (!removed) return { ok: false, reason: 'not_found' } as const;
		const { has_role } = await tx
			.selectFrom('users as u')
			.select((eb) =>
				eb
					.or([
						eb('u.is_platform_admin', '=', true),
						eb('u.is_intranet_admin', '=', true),
						eb.exists(
							eb.selectFrom('memberships as m').select('m.user_id').whereRef('m.user_id', '=', 'u.id')
						),
						eb.exists(
							eb.selectFrom('site_editors as e').select('e.user_id').whereRef('e.user_id', '=', 'u.id')
						)
					])
					.as('has_role')
			)
			.where('u.id', '=', userId)
			.executeTakeFirstOrThrow();
		if (!has_role) await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
		await audit(tx, {
			actorId: by,
			action: 'membership.removed',
			targetType: 'user',
			targetId: userId,
			ip,
			at: now,
			details: { organisationId, role: removed.role, sessionsEnded: !has_role }
		});
		return { ok: true, sessionsEnded: !has_role } as const;
	});
}

/**
 * The organisation's invitations still waiting, newest first, for its members page; the caller
 * checks `can(actor, 'view', { type: 'membership', organisationId })`.
 */
export async function pendingInvitations(
	db: Db,
	organisationId: string,
	now: Date = new Date()
): Promise<
	Array<{
		id: string;
		email: string;
		role: Role;
		invitedBy: string | null;
		invitedByName: string | null;
		expiresAt: Date;
		createdAt: Date;
	}>
> {
	const rows = await db
		.selectFrom('invitations as i')
		.leftJoin('users as u', 'u.id', 'i.invited_by')
		.select(['i.id', 'i.email', 'i.role', 'i.invited_by', 'u.display_name', 'i.expires_at', 'i.created_at'])
		.where('i.organisation_id', '=', organisationId)
		.where('i.accepted_at', 'is', null)
		.where('i.revoked_at', 'is', null)
		.where('i.expires_at', '>', now)
		.orderBy('i.created_at', 'desc')
		.orderBy('i.id')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		email: row.email,
		role: row.role,
		invitedBy: row.invited_by,
		invitedByName: row.display_name,
		expiresAt: row.expires_at,
		createdAt: row.created_at
	}));
}
