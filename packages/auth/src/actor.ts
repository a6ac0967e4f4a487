// Who the signed-in user is for `can()`: their roles, read in one round trip. Loaded once per
// request by the routes that ask permission questions. One statement rather than one per table:
// on the portal's busiest pages each round trip cost more (a write to the socket, a wake-up of
// the server) than the lookups themselves.
import type { Database } from '@solidair/db';
import { sql, type Kysely } from 'kysely';
import type { SignedInActor, SiteId } from './permissions.ts';

const isSiteId = (id: string): id is SiteId => id === 'wsm' || id === 'fos';

interface ActorRow {
	id: string;
	disabled: boolean;
	platformAdmin: boolean;
	intranetAdmin: boolean;
	memberships: Array<{ organisationId: string; role: 'member' | 'admin' }>;
	groups: Array<{ id: string; role: string }>;
	editorOf: string[];
	reviewerOf: string[];
	totp: boolean;
	lastSeenAt: Date | null;
	previousVisitAt: Date | null;
}

/** What `loadActorAndTotp` reads of a user. */
export interface LoadedActor {
	actor: SignedInActor;
	/** Whether they have 2FA switched on. */
	totp: boolean;
	/** `users.last_seen_at` and `previous_visit_at`, for the portal's "since your last visit". */
	seen: { lastSeenAt: Date | null; previousVisitAt: Date | null };
}

/** The actor, whether they have 2FA switched on and when they were seen, in one query; null for an unknown user. */
export async function loadActorAndTotp(db: Kysely<Database>, userId: string): Promise<LoadedActor | null> {
	const { rows } = await sql<ActorRow>`
		select
			u.id,
			u.disabled_at is not null as disabled,
			u.is_platform_admin as "platformAdmin",
			u.is_intranet_admin as "intranetAdmin",
			coalesce((select json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
				from memberships m where m.user_id = u.id), '[]') as memberships,
			coalesce((select json_agg(json_build_object('id', g.group_id, 'role', g.role))
				from working_group_members g where g.user_id = u.id), '[]') as groups,
			array(select e.site_id from site_editors e where e.user_id = u.id) as "editorOf",
			array(select r.site_id from site_reviewers r where r.user_id = u.id) as "reviewerOf",
			exists (select 1 from totp_credentials t where t.user_id = u.id and t.enabled_at is not null) as totp,
			u.last_seen_at as "lastSeenAt",
			u.previous_visit_at as "previousVisitAt"
		from users u
		where u.id = ${userId}
	`.execute(db);
	const row = rows[0];
	if (!row) return null;
	return {
		actor: {
			id: row.id,
			disabled: row.disabled,
			platformAdmin: row.platformAdmin,
			intranetAdmin: row.intranetAdmin,
			memberships: row.memberships,
			workingGroups: row.groups.map((g) => g.id),
			coordinatorOf: row.groups.filter((g) => g.role === 'coordinator').map((g) => g.id),
			editorOf: row.editorOf.filter(isSiteId),
			reviewerOf: row.reviewerOf.filter(isSiteId)
		},
		totp: row.totp,
		seen: { lastSeenAt: row.lastSeenAt, previousVisitAt: row.previousVisitAt }
	};
}

export async function loadActor(db: Kysely<Database>, userId: string): Promise<SignedInActor | null> {
	return (await loadActorAndTotp(db, userId))?.actor ?? null;
}
