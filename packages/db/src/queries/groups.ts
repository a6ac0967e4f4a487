// The members' area: working groups, their members and join requests, their threads and posts.
// Files (files.ts) and meetings (meetings.ts) are the other parts of it. Visibility is decided
// here in SQL as well as by `can` in the routes: a query never hands out a row its caller may not
// see, so a forgotten check still shows nothing.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { isUuid } from '../uuid.ts';
import {
	defaultGroupLanguage,
	groupDescription,
	groupDescriptionLanguage,
	groupName,
	groupNameLanguage,
	type GroupLanguage
} from './group-names.ts';

export type { GroupLanguage } from './group-names.ts';

type Db = Kysely<Database>;

// ── Working groups ──────────────────────────────────────────────────────────────────────────

/** Whether the user waits for a coordinator's answer to join the group. */
const requested = (userId: string) =>
	sql<boolean>`exists (select 1 from working_group_requests r where r.group_id = w.id and r.user_id = ${userId})`;

/**
 * Every working group with its number of members, whether it is open or closed, the user's role in
 * it (null: not a member) and whether they asked to join; named in `language` (see group-names.ts).
 */
export async function listGroups(db: Db, userId: string, language: GroupLanguage = defaultGroupLanguage) {
	return db
		.selectFrom('working_groups as w')
		.leftJoin('working_group_members as mine', (join) =>
			join.onRef('mine.group_id', '=', 'w.id').on('mine.user_id', '=', userId)
		)
		.select((eb) => [
			'w.id',
			'w.slug',
			'w.kind',
			'w.country_code as countryCode',
			groupName(language).as('name'),
			groupNameLanguage(language).as('nameLanguage'),
			groupDescription(language).as('description'),
			groupDescriptionLanguage(language).as('descriptionLanguage'),
			'w.access',
			'mine.role as myRole',
			requested(userId).as('requested'),
			eb
				.selectFrom('working_group_members as c')
				.whereRef('c.group_id', '=', 'w.id')
				.select(sql<number>`count(*)::int`.as('n'))
				.as('memberCount')
		])
		.orderBy('w.kind')
		.orderBy('name')
		.execute();
}

/** One working group by slug, with the user's role in it and whether they asked to join, or undefined. */
export async function groupBySlug(
	db: Db,
	slug: string,
	userId: string,
	language: GroupLanguage = defaultGroupLanguage
) {
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return undefined;
	return db
		.selectFrom('working_groups as w')
		.leftJoin('working_group_members as mine', (join) =>
			join.onRef('mine.group_id', '=', 'w.id').on('mine.user_id', '=', userId)
		)
		.select([
			'w.id',
			'w.slug',
			'w.kind',
			'w.country_code as countryCode',
			groupName(language).as('name'),
			groupNameLanguage(language).as('nameLanguage'),
			groupDescription(language).as('description'),
			groupDescriptionLanguage(language).as('descriptionLanguage'),
			'w.access',
			'mine.role as myRole',
			requested(userId).as('requested')
		])
		.where('w.slug', '=', slug)
		.executeTakeFirst();
}

/**
 * Joins an open group at once; for a closed one, asks to join (a coordinator decides). Twice
 * changes nothing; a member asks nothing.
 */
export async function joinGroup(db: Db, groupId: string, userId: string): Promise<'joined' | 'requested'> {
	return db.transaction().execute(async (tx) => {
		const group = await tx
			.selectFrom('working_groups')
			.select('access')
			.where('id', '=', groupId)
			.executeTakeFirstOrThrow();
		const member = await tx
			.selectFrom('working_group_members')
			.select('role')
			.where('group_id', '=', groupId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		if (member) return 'joined';
		if (group.access === 'open') {
			await tx
				.insertInto('working_group_members')
				.values({ group_id: groupId, user_id: userId })
				.onConflict((oc) => oc.doNothing())
				.execute();
			return 'joined';
		}
		await tx
			.insertInto('working_group_requests')
			.values({ group_id: groupId, user_id: userId })
			.onConflict((oc) => oc.doNothing())
			.execute();
		return 'requested';
	});
}

/** Leaves a group, or takes back a request to join it; true when there was either. */
export async function leaveGroup(db: Db, groupId: string, userId: string): Promise<boolean> {
	const [left, withdrawn] = await Promise.all([
		db
			.deleteFrom('working_group_members')
			.where('group_id', '=', groupId)
			.where('user_id', '=', userId)
			.executeTakeFirst(),
		db
			.deleteFrom('working_group_requests')
			.where('group_id', '=', groupId)
			.where('user_id', '=', userId)
			.executeTakeFirst()
	]);
	return left.numDeletedRows + withdrawn.numDeletedRows > 0n;
}

/** The requests to join a group, oldest first: who asked (name, address, organisations) and when. */
export async function joinRequests(db: Db, groupId: string) {
	return db
		.selectFrom('working_group_requests as r')
		.innerJoin('users as u', 'u.id', 'r.user_id')
		.select((eb) => [
			'u.id as userId',
			'u.display_name as name',
			'u.email',
			'r.requested_at as requestedAt',
			eb
				.selectFrom('memberships as m')
				.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
				.whereRef('m.user_id', '=', 'u.id')
				.select(sql<string>`string_agg(o.name, ', ' order by o.name)`.as('names'))
				.as('organisations')
		])
		.where('r.group_id', '=', groupId)
		.where('u.disabled_at', 'is', null)
		.orderBy('r.requested_at')
		.orderBy('u.display_name')
		.execute();
}

/**
 * A coordinator's answer to a request (the caller checked `manage` on the group): approved, the
 * user becomes a member; declined, the request is gone. False when there was no such request.
 */
export async function decideJoinRequest(
	db: Db,
	groupId: string,
	userId: string,
	approve: boolean
): Promise<boolean> {
	if (!isUuid(userId)) return false;
	return db.transaction().execute(async (tx) => {
		const removed = await tx
			.deleteFrom('working_group_requests')
			.where('group_id', '=', groupId)
			.where('user_id', '=', userId)
			.executeTakeFirst();
		if (removed.numDeletedRows === 0n) return false;
		if (approve) {
			await tx
				.insertInto('working_group_members')
				.values({ group_id: groupId, user_id: userId })
				.onConflict((oc) => oc.doNothing())
				.execute();
		}
		return true;
	});
}

/** The members of a group: name, role and organisations, coordinators first. */
export async function groupMembers(db: Db, groupId: string) {
	return db
		.selectFrom('working_group_members as g')
		.innerJoin('users as u', 'u.id', 'g.user_id')
		.select((eb) => [
			'u.id',
			'u.display_name as name',
			'g.role',
			eb
				.selectFrom('memberships as m')
				.innerJoin('organisations as o', 'o.id', 'm.organisation_id')
				.whereRef('m.user_id', '=', 'u.id')
				.select(sql<string>`coalesce(string_agg(o.name, ', ' order by o.name), '')`.as('o'))
				.as('organisations')
		])
		.where('g.group_id', '=', groupId)
		.where('u.disabled_at', 'is', null)
		.orderBy(sql`g.role = 'coordinator'`, 'desc')
		.orderBy('u.display_name')
		.execute();
}

// ── Threads and posts ───────────────────────────────────────────────────────────────────────

/** The threads of a group, newest activity first, with their author and number of posts. */
export async function groupThreads(db: Db, groupId: string) {
	return db
		.selectFrom('threads as t')
		.leftJoin('users as u', 'u.id', 't.created_by')
		.select((eb) => [
			't.id',
			't.title',
			't.created_at as createdAt',
			't.last_post_at as lastPostAt',
			'u.display_name as authorName',
			eb
				.selectFrom('posts as p')
				.whereRef('p.thread_id', '=', 't.id')
				.select(sql<number>`count(*)::int`.as('n'))
				.as('postCount')
		])
		.where('t.group_id', '=', groupId)
		.orderBy('t.last_post_at', 'desc')
		.orderBy('t.id')
		.execute();
}

/** A thread with its group and its posts (oldest first, with their authors), or undefined. */
export async function threadWithPosts(
	db: Db,
	threadId: string,
	language: GroupLanguage = defaultGroupLanguage
) {
	if (!isUuid(threadId)) return undefined;
	const thread = await db
		.selectFrom('threads as t')
		.innerJoin('working_groups as w', 'w.id', 't.group_id')
		.select([
			't.id',
			't.title',
			't.group_id as groupId',
			't.created_by as createdBy',
			't.created_at as createdAt',
			'w.slug as groupSlug',
			groupName(language).as('groupName')
		])
		.where('t.id', '=', threadId)
		.executeTakeFirst();
	if (!thread) return undefined;
	const posts = await db
		.selectFrom('posts as p')
		.leftJoin('users as u', 'u.id', 'p.author_id')
		.select([
			'p.id',
			'p.body',
			'p.author_id as authorId',
			'u.display_name as authorName',
			'p.created_at as createdAt',
			'p.edited_at as editedAt'
		])
		.where('p.thread_id', '=', threadId)
		.orderBy('p.created_at')
		.orderBy('p.id')
		.execute();
	return { ...thread, posts };
}

/** Starts a thread with its first post, both or neither. */
export async function createThread(
	db: Db,
	input: { groupId: string; authorId: string; title: string; body: string }
): Promise<string> {
	return db.transaction().execute(async (tx) => {
		const { id } = await tx
			.insertInto('threads')
			.values({ group_id: input.groupId, title: input.title, created_by: input.authorId })
			.returning('id')
			.executeTakeFirstOrThrow();
		await tx
			.insertInto('posts')
			.values({ thread_id: id, author_id: input.authorId, body: input.body })
			.execute();
		return id;
	});
}

/** Adds a post to a thread and moves the thread up in its group's list. */
export async function replyToThread(
	db: Db,
	input: { threadId: string; authorId: string; body: string }
): Promise<string> {
	return db.transaction().execute(async (tx) => {
		const { id, created_at } = await tx
			.insertInto('posts')
			.values({ thread_id: input.threadId, author_id: input.authorId, body: input.body })
			.returning(['id', 'created_at'])
			.executeTakeFirstOrThrow();
		await tx
			.updateTable('threads')
			.set({ last_post_at: sql`greatest(last_post_at, ${created_at})` })
			.where('id', '=', input.threadId)
			.execute();
		return id;
	});
}
