import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.ts';
import { defaultGroupLanguage, groupName, type GroupLanguage } from './group-names.ts';

type Db = Kysely<Database>;

/**
 * Whether a user may see a file: files of scope `platform` are for every member; `organisation`
 * only for that organisation's members; `group` only for that working group's members.
 */
export function fileVisibleTo(userId: string) {
	return sql<SqlBool>`(
		f.scope = 'platform'
		or (f.scope = 'organisation' and exists (
			select 1 from memberships m where m.organisation_id = f.organisation_id and m.user_id = ${userId}))
		or (f.scope = 'group' and exists (
			select 1 from working_group_members g where g.group_id = f.group_id and g.user_id = ${userId}))
	)`;
}

/** Whether a user is invited to a meeting: a platform-wide one (no group) or one of their groups'. */
export function meetingVisibleTo(userId: string) {
	return sql<SqlBool>`(
		(e.group_id is null and exists (select 1 from memberships m where m.user_id = ${userId}))
		or exists (select 1 from working_group_members g where g.group_id = e.group_id and g.user_id = ${userId})
	)`;
}

/** The files a user may see, newest first, with their current version. */
export async function visibleFiles(db: Db, userId: string, options: { groupId?: string } = {}) {
	let query = db
		.selectFrom('files as f')
		.innerJoin('file_versions as v', (join) =>
			join.onRef('v.file_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version')
		)
		.select([
			'f.id',
			'f.title',
			'f.scope',
			'f.current_version',
			'v.filename',
			'v.mime_type',
			'v.byte_size',
			'v.created_at'
		])
		.where(fileVisibleTo(userId));
	if (options.groupId) query = query.where('f.group_id', '=', options.groupId);
	return query.orderBy('v.created_at', 'desc').execute();
}

/**
 * One file for a user, or undefined whether it does not exist or is not theirs to see: the two
 * must look the same from outside (a 404 either way).
 */
export async function fileForUser(db: Db, userId: string, fileId: string) {
	if (!/^[0-9a-f-]{36}$/i.test(fileId)) return undefined;
	return db
		.selectFrom('files as f')
		.select(['f.id', 'f.title', 'f.scope', 'f.current_version', 'f.organisation_id', 'f.group_id'])
		.where('f.id', '=', fileId)
		.where(fileVisibleTo(userId))
		.executeTakeFirst();
}

/** The working groups a user belongs to, named in `language`. */
export async function groupsOf(db: Db, userId: string, language: GroupLanguage = defaultGroupLanguage) {
	return db
		.selectFrom('working_groups as w')
		.innerJoin('working_group_members as m', 'm.group_id', 'w.id')
		.select(['w.id', 'w.slug', 'w.kind', groupName(language).as('name'), 'm.role'])
		.where('m.user_id', '=', userId)
		.orderBy('name')
		.execute();
}

/** The organisations a user belongs to, with their role in each. */
export async function organisationsOf(db: Db, userId: string) {
	return db
		.selectFrom('organisations as o')
		.innerJoin('memberships as m', 'm.organisation_id', 'o.id')
		.select(['o.id', 'o.slug', 'o.name', 'm.role'])
		.where('m.user_id', '=', userId)
		.orderBy('o.name')
		.execute();
}
