// Who the signed-in user is for `can()`: their roles, read in one round trip per table. Loaded
// once per request by the routes that ask permission questions.
import type { Database } from '@solidair/db';
import type { Kysely } from 'kysely';
import type { SignedInActor, SiteId } from './permissions.ts';

const isSiteId = (id: string): id is SiteId => id === 'wsm' || id === 'fos';

export async function loadActor(db: Kysely<Database>, userId: string): Promise<SignedInActor | null> {
	const [user, memberships, groups, sites, reviewed] = await Promise.all([
		db
			.selectFrom('users')
			.select(['id', 'disabled_at', 'is_platform_admin', 'is_intranet_admin'])
			.where('id', '=', userId)
			.executeTakeFirst(),
		db.selectFrom('memberships').select(['organisation_id', 'role']).where('user_id', '=', userId).execute(),
		db
			.selectFrom('working_group_members')
			.select(['group_id', 'role'])
			.where('user_id', '=', userId)
			.execute(),
		db.selectFrom('site_editors').select('site_id').where('user_id', '=', userId).execute(),
		db.selectFrom('site_reviewers').select('site_id').where('user_id', '=', userId).execute()
	]);
	if (!user) return null;
	return {
		id: user.id,
		disabled: user.disabled_at !== null,
		platformAdmin: user.is_platform_admin,
		intranetAdmin: user.is_intranet_admin,
		memberships: memberships.map((m) => ({ organisationId: m.organisation_id, role: m.role })),
		workingGroups: groups.map((g) => g.group_id),
		coordinatorOf: groups.filter((g) => g.role === 'coordinator').map((g) => g.group_id),
		editorOf: sites.map((s) => s.site_id).filter(isSiteId),
		reviewerOf: reviewed.map((s) => s.site_id).filter(isSiteId)
	};
}
