// The one way to refuse behind a login (the portal's members' area, the intranet): ask `can()`,
// write the refused attempt to the audit log, and answer 404 exactly as for something that does not
// exist, so that guessing ids teaches nothing. `refuse` is the same answer where no permission
// question decides (the id names nothing, or something of another organisation or site).
import type { Database } from '@solidair/db';
import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { audit, type AuditAction } from './audit.ts';
import { can, type Action, type Actor, type Resource } from './permissions.ts';

/**
 * What a refusal reads of SvelteKit's request event (`locals.db` is set by `sessionHandle`). The
 * address and route are optional so that a door typed for less (the account pages' guard) may
 * refuse too: SvelteKit's own event always has both.
 */
export interface RefusalEvent {
	getClientAddress?(): string;
	route?: { id: string | null };
	locals: { db: Kysely<Database> };
}

/** What was asked for, as the audit log names it: a resource type and, when known, its id. */
export interface RefusalTarget {
	type: string;
	id?: string;
}

/** Ids come from the URL or a form: anything an attacker typed. Long enough for a slug (200). */
export const maxAuditedTargetId = 200;

// Files have their own action in the log, so the viewer can list refused downloads apart.
const fileTargets = new Set(['file', 'file-scope', 'staff-document']);

/**
 * Refused, whatever the reason: logged as `resource.access_denied` (`file.access_denied` for
 * files), with the route and the action attempted, and answered with a 404.
 */
export async function refuse(
	event: RefusalEvent,
	actor: { id: string } | null,
	action: Action,
	target: RefusalTarget
): Promise<never> {
	let ip: string | undefined;
	try {
		ip = event.getClientAddress?.();
	} catch {
		// Not every adapter knows it (prerendering, some tests): the row is written without.
		ip = undefined;
	}
	const auditAction: AuditAction = fileTargets.has(target.type)
		? 'file.access_denied'
		: 'resource.access_denied';
	await audit(event.locals.db, {
		actorId: actor?.id ?? null,
		action: auditAction,
		targetType: target.type,
		targetId: target.id?.slice(0, maxAuditedTargetId),
		ip,
		details: { route: event.route?.id ?? null, attempted: action }
	});
	error(404, 'Not found');
}

/** The id the log gives a resource when the caller names none. */
function resourceId(resource: Resource): string | undefined {
	if ('id' in resource) return resource.id;
	if ('siteId' in resource) return resource.siteId;
	if ('organisationId' in resource) return resource.organisationId;
	if ('workingGroupId' in resource) return resource.workingGroupId ?? undefined;
	return undefined;
}

/**
 * Goes on only when `can(actor, action, resource)`; otherwise `refuse`. The log names the resource
 * by its type and id unless `target` says otherwise (a file by its id, where the resource carries
 * only its scope).
 */
export async function authorize(
	event: RefusalEvent,
	actor: Actor,
	action: Action,
	resource: Resource,
	target: Partial<RefusalTarget> = {}
): Promise<void> {
	if (can(actor, action, resource)) return;
	await refuse(event, actor, action, {
		type: target.type ?? resource.type,
		id: target.id ?? resourceId(resource)
	});
}
