// User administration for the intranet's admins: find accounts, disable and enable them, grant and
// revoke the staff roles (site editor, site reviewer, intranet admin). Accounts are of two kinds, which the caller
// checks separately with `can`: staff (of an organisation that owns a public site — WSM, FOS — or
// an editor of such a site, or an intranet admin) and platform users (partner organisations'
// members, platform admins, and accounts with no role left). An account can be both.
import { sql, type Kysely, type SqlBool } from 'kysely';
import { pageWindow, type Paging } from '../paging.ts';
import type { Database } from '../schema.ts';
import { containsPattern } from './like.ts';

type Db = Kysely<Database>;

// The organisations whose people are staff: those with a public site of their own.
const staffOrganisations = sql`(select organisation_id from sites where organisation_id is not null)`;

const isStaff = sql<boolean>`(u.is_intranet_admin
	or exists (select 1 from site_editors e join sites s on s.id = e.site_id
		where e.user_id = u.id and s.organisation_id is not null)
	or exists (select 1 from site_reviewers r join sites s on s.id = r.site_id
		where r.user_id = u.id and s.organisation_id is not null)
	or exists (select 1 from memberships m where m.user_id = u.id and m.organisation_id in ${staffOrganisations}))`;

const isPlatformUser = sql<boolean>`(u.is_platform_admin or not ${isStaff}
	or exists (select 1 from memberships m where m.user_id = u.id and m.organisation_id not in ${staffOrganisations}))`;

/** Which kinds of account the caller may see; an account of both kinds needs both. */
export interface AccountScope {
	staff: boolean;
	platform: boolean;
}

export interface AdminUser {
	id: string;
	email: string;
	displayName: string;
	disabled: boolean;
	isIntranetAdmin: boolean;
	isPlatformAdmin: boolean;
	/** The sites the user edits. */
	editorOf: string[];
	/** The sites whose texts the user reviews before they are published. */
	reviewerOf: string[];
	staff: boolean;
	platformUser: boolean;
}

export interface AdminUserDetail extends AdminUser {
	disabledAt: Date | null;
	createdAt: Date;
	lastSeenAt: Date | null;
	organisations: Array<{ name: string; role: 'member' | 'admin' }>;
}

function usersQuery(db: Db, filter: { search?: string; scope: AccountScope }) {
	let query = db
		.selectFrom('users as u')
		.where(sql<SqlBool>`(not ${isStaff} or ${filter.scope.staff})`)
		.where(sql<SqlBool>`(not ${isPlatformUser} or ${filter.scope.platform})`);
	const search = filter.search?.trim();
	if (search) {
		const pattern = containsPattern(search);
		query = query.where((eb) =>
			eb.or([eb('u.display_name', 'ilike', pattern), eb('u.email', 'ilike', pattern)])
		);
	}
	return query;
}

function userRows(db: Db, filter: { search?: string; scope: AccountScope }) {
	return usersQuery(db, filter).select([
		'u.id',
		'u.email',
		'u.display_name',
		'u.disabled_at',
		'u.is_intranet_admin',
		'u.is_platform_admin',
		'u.created_at',
		'u.last_seen_at',
		sql<string[]>`array(select site_id from site_editors where user_id = u.id order by site_id)`.as(
			'editor_of'
		),
		sql<string[]>`array(select site_id from site_reviewers where user_id = u.id order by site_id)`.as(
			'reviewer_of'
		),
		isStaff.as('staff'),
		isPlatformUser.as('platform_user')
	]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof userRows>['executeTakeFirstOrThrow']>>;

const toAdminUser = (row: UserRow): AdminUser => ({
	id: row.id,
	email: row.email,
	displayName: row.display_name,
	disabled: row.disabled_at !== null,
	isIntranetAdmin: row.is_intranet_admin,
	isPlatformAdmin: row.is_platform_admin,
	editorOf: row.editor_of,
	reviewerOf: row.reviewer_of,
	staff: row.staff,
	platformUser: row.platform_user
});

/** The accounts in the caller's scope whose name or e-mail contains `search`, by name. */
export async function adminUsers(
	db: Db,
	filter: { search?: string; scope: AccountScope },
	paging: Paging
): Promise<{ total: number; users: AdminUser[] }> {
	const page = pageWindow(paging);
	const [count, rows] = await Promise.all([
		usersQuery(db, filter)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		userRows(db, filter)
			.orderBy('u.display_name')
			.orderBy('u.id')
			.limit(page.limit)
			.offset(page.offset)
			.execute()
	]);
	return { total: Number(count.count), users: rows.map(toAdminUser) };
}

/** One account with its organisations, whatever its kind (the caller checks `staff`/`platformUser`). */
export async function adminUser(db: Db, userId: string): Promise<AdminUserDetail | undefined> {
	const row = await userRows(db, { scope: { staff: true, platform: true } })
		.where('u.id', '=', userId)
		.executeTakeFirst();
	if (!row) return undefined;
	const organisations = await db
		.selectFrom('memberships as m')
		.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
		.select(['o.name', 'm.role'])
		.where('m.user_id', '=', userId)
		.orderBy('o.name')
		.execute();
	return {
		...toAdminUser(row),
		disabledAt: row.disabled_at,
		createdAt: row.created_at,
		lastSeenAt: row.last_seen_at,
		organisations
	};
}

/**
 * Disables or enables an account; false when nothing changed (already so, or unknown). Ending the
 * account's sessions is the caller's part (`invalidateUserSessions`, in the same transaction).
 */
export async function setUserDisabled(
	db: Db,
	userId: string,
	disabled: boolean,
	now: Date = new Date()
): Promise<boolean> {
	const result = await db
		.updateTable('users')
		.set({ disabled_at: disabled ? now : null, updated_at: now })
		.where('id', '=', userId)
		.where('disabled_at', disabled ? 'is' : 'is not', null)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/** Grants or revokes a per-site role (a row of `table`); false when nothing changed. */
async function setSiteRole(
	db: Db,
	table: 'site_editors' | 'site_reviewers',
	userId: string,
	siteId: string,
	granted: boolean
): Promise<boolean> {
	if (granted) {
		const added = await db
			.insertInto(table)
			.values({ user_id: userId, site_id: siteId })
			.onConflict((oc) => oc.doNothing())
			.returning('user_id')
			.executeTakeFirst();
		return added !== undefined;
	}
	const removed = await db
		.deleteFrom(table)
		.where('user_id', '=', userId)
		.where('site_id', '=', siteId)
		.executeTakeFirst();
	return removed.numDeletedRows > 0n;
}

/** Makes the user an editor of the site, or no longer; false when nothing changed. */
export function setSiteEditor(db: Db, userId: string, siteId: string, editor: boolean): Promise<boolean> {
	return setSiteRole(db, 'site_editors', userId, siteId, editor);
}

/**
 * Makes the user a reviewer of the site (who approves its texts before they go online), or no
 * longer; false when nothing changed. Reviewing does not include editing: that is its own role.
 */
export function setSiteReviewer(db: Db, userId: string, siteId: string, reviewer: boolean): Promise<boolean> {
	return setSiteRole(db, 'site_reviewers', userId, siteId, reviewer);
}

/** Makes the user an intranet admin, or no longer; false when nothing changed. */
export async function setIntranetAdmin(db: Db, userId: string, admin: boolean): Promise<boolean> {
	const result = await db
		.updateTable('users')
		.set({ is_intranet_admin: admin, updated_at: new Date() })
		.where('id', '=', userId)
		.where('is_intranet_admin', '=', !admin)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
