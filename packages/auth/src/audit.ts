// The audit log: who did what security-relevant thing, when and from where. Append-only: rows are
// written here and read by the intranet's viewer, never changed (permissions.ts grants no update).
import type { Database } from '@solidair/db';
import { sql, type Kysely } from 'kysely';

type Db = Kysely<Database>;

/** Every action the log knows; a closed list, so the viewer can name and filter each one. */
export const auditActions = [
	'login.success',
	'login.failure',
	'logout',
	'password.reset_requested',
	'password.reset',
	'password.changed',
	'password.change_failure',
	'2fa.enabled',
	'2fa.disabled',
	'2fa.failure',
	'2fa.recovery_code_used',
	'session.revoked',
	'invitation.created',
	'invitation.accepted',
	'invitation.revoked',
	'membership.removed',
	'group.join_requested',
	'group.join_approved',
	'group.join_declined',
	'role.changed',
	'file.access_denied',
	'resource.access_denied',
	'request.refused',
	'contact.assigned',
	'contact.handled',
	'subscribers.exported',
	'subscriber.erased',
	'user.disabled',
	'user.enabled',
	'role.granted',
	'role.revoked',
	'review.submitted',
	'review.commented',
	'review.sent_back',
	'review.approved',
	'review.withdrawn',
	'site.settings_changed',
	// A site's home page composed anew in one language (its blocks, their order, the lead).
	'site.home_changed',
	// A menu of a public site saved (its kind and language in the details).
	'site.menu_changed',
	// A text published (or scheduled) despite errors of the editor's content checks, with the reason.
	'checks.overridden'
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * Extra facts about an event, flat and primitive so the viewer can show any of them as text.
 * NEVER a password, token, secret, TOTP or recovery code, not even a wrong one (a wrong password
 * is often the right one with a typo, or another site's): the log is read by more people, and
 * kept longer, than the secrets it would leak. `audit` refuses keys that look like one.
 */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEvent {
	/** Who acted: the signed-in user, or the account a login attempt was for; null when unknown. */
	actorId: string | null;
	action: AuditAction;
	/** What was acted on: a resource type (`user`, `invitation`, `membership`, `file`…) and its id. */
	targetType?: string;
	targetId?: string;
	/** The client's address; anything that is not an IP address is left out rather than fail the event. */
	ip?: string;
	details?: AuditDetails;
	/** When it happened; the database's clock by default. */
	at?: Date;
}

export interface AuditEntry {
	id: string;
	at: Date;
	actorId: string | null;
	action: AuditAction;
	targetType: string | null;
	targetId: string | null;
	ip: string | null;
	details: Record<string, string | number | boolean | null>;
}

// A safety net against the mistake the comment on AuditDetails warns of; it fails loudly, so the
// first test of the careless caller finds it. A harmless key that matches must be renamed.
const secretLikeKey = /pass|token|secret|otp|code|hash/i;

const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * The address as PostgreSQL's inet takes it, or null. Without node:net, so that `@solidair/auth`
 * stays importable in the browser: IPv6 is checked by the URL parser, zone ids (`%eth0`) dropped.
 */
export function inetOrNull(ip: string | undefined): string | null {
	const address = ip?.trim() ?? '';
	if (ipv4.test(address)) return address;
	if (!address.includes(':')) return null;
	try {
		const host = new URL(`http://[${address.replace(/%.*$/, '')}]/`).hostname;
		return host.slice(1, -1);
	} catch {
		return null;
	}
}

/** Appends an event to the audit log. */
export async function audit(db: Db, event: AuditEvent): Promise<void> {
	const details = event.details ?? {};
	const secretKey = Object.keys(details).find((key) => secretLikeKey.test(key));
	if (secretKey) throw new Error(`audit details must not hold secrets (key "${secretKey}")`);
	await db
		.insertInto('audit_log')
		.values({
			...(event.at ? { at: event.at } : {}),
			actor_id: event.actorId,
			action: event.action,
			target_type: event.targetType ?? null,
			target_id: event.targetId ?? null,
			ip: inetOrNull(event.ip),
			details: { ...details }
		})
		.execute();
}

/** Which entries to read; every filter is optional. */
export interface AuditFilter {
	actorId?: string;
	/** Entries by the actor of this e-mail address (in any case). */
	actorEmail?: string;
	action?: AuditAction;
	targetType?: string;
	targetId?: string;
	/** Only entries at or after this moment. */
	since?: Date;
	/** Only entries before this moment. */
	until?: Date;
}

/** An entry as the viewer shows it: with the actor's e-mail address, null when unknown or deleted. */
export interface AuditLogEntry extends AuditEntry {
	actorEmail: string | null;
}

function filtered(db: Db, filter: AuditFilter) {
	let query = db.selectFrom('audit_log as a').leftJoin('users as u', 'u.id', 'a.actor_id');
	if (filter.actorId !== undefined) query = query.where('a.actor_id', '=', filter.actorId);
	if (filter.actorEmail !== undefined)
		query = query.where(sql`lower(u.email)`, '=', filter.actorEmail.trim().toLowerCase());
	if (filter.action !== undefined) query = query.where('a.action', '=', filter.action);
	if (filter.targetType !== undefined) query = query.where('a.target_type', '=', filter.targetType);
	if (filter.targetId !== undefined) query = query.where('a.target_id', '=', filter.targetId);
	if (filter.since !== undefined) query = query.where('a.at', '>=', filter.since);
	if (filter.until !== undefined) query = query.where('a.at', '<', filter.until);
	return query;
}

/** At most this many, and never more than 1000. */
const clampLimit = (limit: number) => Math.max(0, Math.min(Math.floor(limit), 1000));

async function entries(db: Db, filter: AuditFilter, limit: number, offset = 0): Promise<AuditLogEntry[]> {
	const rows = await filtered(db, filter)
		.select([
			'a.id',
			'a.at',
			'a.actor_id',
			'a.action',
			'a.target_type',
			'a.target_id',
			'a.ip',
			'a.details',
			'u.email as actor_email'
		])
		// The id breaks ties: events of one transaction share their `at`.
		.orderBy('a.at', 'desc')
		.orderBy('a.id', 'desc')
		.limit(clampLimit(limit))
		.offset(Math.max(0, Math.floor(offset)))
		.execute();
	return rows.map((row) => ({
		id: String(row.id),
		at: row.at,
		actorId: row.actor_id,
		// Written only through `audit`, whose type admits nothing else.
		action: row.action as AuditAction,
		targetType: row.target_type,
		targetId: row.target_id,
		ip: row.ip,
		details: row.details as AuditEntry['details'],
		actorEmail: row.actor_email
	}));
}

/** Audit entries, newest first; the caller checks `can(actor, 'view', { type: 'audit-log' })`. */
export async function auditEntries(
	db: Db,
	filter: AuditFilter & {
		/** At most this many, and never more than 1000. */
		limit: number;
	}
): Promise<AuditEntry[]> {
	return (await entries(db, filter, filter.limit)).map(({ actorEmail: _, ...entry }) => entry);
}

/** A page of the viewer: the entries that match, newest first, and how many match in all. */
export async function auditLogPage(
	db: Db,
	filter: AuditFilter,
	paging: { limit: number; offset?: number }
): Promise<{ total: number; entries: AuditLogEntry[] }> {
	const [count, page] = await Promise.all([
		filtered(db, filter)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		entries(db, filter, paging.limit, paging.offset)
	]);
	return { total: Number(count.count), entries: page };
}
