// The members' area: working groups, their threads and posts, the file library with versions, and
// meetings with their RSVPs. Visibility is decided here in SQL as well as by `can` in the routes:
// a query never hands out a row its caller may not see, so a forgotten check still shows nothing.
import { sql, type Kysely } from 'kysely';
import { withDbErrors } from '../errors.ts';
import type { Database } from '../schema.ts';
import { isUuid } from '../uuid.ts';
import { fileVisibleTo, meetingVisibleTo } from './platform.ts';
import { staffFileVisibleTo } from './staff.ts';

type Db = Kysely<Database>;

// ── Working groups ──────────────────────────────────────────────────────────────────────────

/** Whether the user waits for a coordinator's answer to join the group. */
const requested = (userId: string) =>
	sql<boolean>`exists (select 1 from working_group_requests r where r.group_id = w.id and r.user_id = ${userId})`;

/**
 * Every working group with its number of members, whether it is open or closed, the user's role in
 * it (null: not a member) and whether they asked to join.
 */
export async function listGroups(db: Db, userId: string) {
	return db
		.selectFrom('working_groups as w')
		.leftJoin('working_group_members as mine', (join) =>
			join.onRef('mine.group_id', '=', 'w.id').on('mine.user_id', '=', userId)
		)
		.select((eb) => [
			'w.id',
			'w.slug',
			'w.kind',
			'w.name',
			'w.description',
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
		.orderBy('w.name')
		.execute();
}

/** One working group by slug, with the user's role in it and whether they asked to join, or undefined. */
export async function groupBySlug(db: Db, slug: string, userId: string) {
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
			'w.name',
			'w.description',
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
export async function threadWithPosts(db: Db, threadId: string) {
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
			'w.name as groupName'
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

// ── Files ───────────────────────────────────────────────────────────────────────────────────

/** A stored upload, as `file_versions` keeps it. */
export interface NewFileVersion {
	storageKey: string;
	filename: string;
	mimeType: string;
	byteSize: number;
	sha256: Uint8Array;
	uploadedBy: string;
}

export type FileScopeRow =
	| { scope: 'platform' }
	| { scope: 'organisation'; organisationId: string }
	| { scope: 'group'; groupId: string }
	| { scope: 'staff' }
	| { scope: 'staff_organisation'; organisationId: string };

/**
 * Which library a query reads: the portal's (its members' scopes) or the intranet's staff
 * documents. Never both: each app asks for its own, and the other's files do not exist for it.
 */
export type Library = 'platform' | 'staff';

const visibleIn = (library: Library, userId: string) =>
	library === 'staff' ? staffFileVisibleTo(userId) : fileVisibleTo(userId);

/** The files a user may see (optionally of one group), newest version first, with their scope's name. */
export async function libraryFiles(
	db: Db,
	userId: string,
	options: { groupId?: string; library?: Library } = {}
) {
	let query = db
		.selectFrom('files as f')
		.innerJoin('file_versions as v', (join) =>
			join.onRef('v.file_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version')
		)
		.leftJoin('organisations as o', 'o.id', 'f.organisation_id')
		.leftJoin('working_groups as w', 'w.id', 'f.group_id')
		.select([
			'f.id',
			'f.title',
			'f.scope',
			'f.current_version as currentVersion',
			'o.name as organisationName',
			'w.name as groupName',
			'v.filename',
			'v.mime_type as mimeType',
			'v.byte_size as byteSize',
			'v.created_at as updatedAt'
		])
		.where(visibleIn(options.library ?? 'platform', userId));
	if (options.groupId) query = query.where('f.group_id', '=', options.groupId);
	return query.orderBy('v.created_at', 'desc').orderBy('f.id').execute();
}

/**
 * One file with what `can` needs (scope, owner ids, uploader), only if the user may see it:
 * a file that does not exist and one that is not theirs look the same.
 */
export async function fileDetailsForUser(
	db: Db,
	userId: string,
	fileId: string,
	library: Library = 'platform'
) {
	if (!isUuid(fileId)) return undefined;
	return db
		.selectFrom('files as f')
		.leftJoin('organisations as o', 'o.id', 'f.organisation_id')
		.leftJoin('working_groups as w', 'w.id', 'f.group_id')
		.select([
			'f.id',
			'f.title',
			'f.scope',
			'f.organisation_id as organisationId',
			'f.group_id as groupId',
			'f.current_version as currentVersion',
			'f.created_by as createdBy',
			'f.created_at as createdAt',
			'o.name as organisationName',
			'w.name as groupName',
			'w.slug as groupSlug'
		])
		.where('f.id', '=', fileId)
		.where(visibleIn(library, userId))
		.executeTakeFirst();
}

/**
 * Creates a file with its first version, both or neither; returns the file's id. The same bytes
 * already in that library (same scope and owner) are refused with `AlreadyExists`.
 */
export async function createFile(
	db: Db,
	input: { title: string; scope: FileScopeRow; createdBy: string; version: NewFileVersion }
): Promise<string> {
	return withDbErrors(() =>
		db.transaction().execute(async (tx) => {
			const { id } = await tx
				.insertInto('files')
				.values({
					title: input.title,
					scope: input.scope.scope,
					organisation_id: 'organisationId' in input.scope ? input.scope.organisationId : null,
					group_id: input.scope.scope === 'group' ? input.scope.groupId : null,
					created_by: input.createdBy,
					current_version: 1
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			await tx
				.insertInto('file_versions')
				.values(versionRow(id, 1, input.version))
				.execute();
			return id;
		})
	);
}

function versionRow(fileId: string, version: number, v: NewFileVersion) {
	return {
		file_id: fileId,
		version,
		storage_key: v.storageKey,
		filename: v.filename,
		mime_type: v.mimeType,
		byte_size: v.byteSize,
		sha256: v.sha256,
		uploaded_by: v.uploadedBy
	};
}

/**
 * Adds the next version of a file and makes it current. The file's row is locked, so two uploads
 * at once get versions n+1 and n+2, never the same number. Returns the new version number. The
 * same bytes already in the file's library are refused with `AlreadyExists`.
 */
export async function addFileVersion(db: Db, fileId: string, version: NewFileVersion): Promise<number> {
	return withDbErrors(() =>
		db.transaction().execute(async (tx) => {
			const { current_version } = await tx
				.updateTable('files')
				.set({ current_version: sql`current_version + 1` })
				.where('id', '=', fileId)
				.returning('current_version')
				.executeTakeFirstOrThrow();
			await tx
				.insertInto('file_versions')
				.values(versionRow(fileId, current_version, version))
				.execute();
			return current_version;
		})
	);
}

/** The versions of a file, newest first, with who uploaded them. */
export async function fileVersions(db: Db, fileId: string) {
	return db
		.selectFrom('file_versions as v')
		.leftJoin('users as u', 'u.id', 'v.uploaded_by')
		.select([
			'v.version',
			'v.filename',
			'v.mime_type as mimeType',
			'v.byte_size as byteSize',
			'v.created_at as createdAt',
			'u.display_name as uploaderName'
		])
		.where('v.file_id', '=', fileId)
		.orderBy('v.version', 'desc')
		.execute();
}

/** One version of a file for download, only if the user may see the file; undefined otherwise. */
export async function fileVersionForUser(
	db: Db,
	userId: string,
	fileId: string,
	version: number,
	library: Library = 'platform'
) {
	if (!isUuid(fileId) || !Number.isSafeInteger(version) || version < 1) return undefined;
	return db
		.selectFrom('files as f')
		.innerJoin('file_versions as v', 'v.file_id', 'f.id')
		.select([
			'f.id',
			'f.title',
			'f.scope',
			'f.organisation_id as organisationId',
			'f.group_id as groupId',
			'f.created_by as createdBy',
			'v.version',
			'v.storage_key as storageKey',
			'v.filename',
			'v.mime_type as mimeType',
			'v.byte_size as byteSize',
			'v.sha256'
		])
		.where('f.id', '=', fileId)
		.where('v.version', '=', version)
		.where(visibleIn(library, userId))
		.executeTakeFirst();
}

/** Where an upload goes: the scope of a new file, or the file it becomes a version of. */
export type UploadTarget = FileScopeRow | { fileId: string };

/**
 * Whether the same bytes (by storage key) are already in the library an upload goes to: the same
 * scope and owner (group, organisation…), never another library, whose content is not the
 * uploader's to learn of. A yes or no only: not which file, nor what it is called.
 */
export async function contentInLibrary(db: Db, storageKey: string, into: UploadTarget): Promise<boolean> {
	let query = db
		.selectFrom('file_versions as v')
		.innerJoin('files as f', 'f.id', 'v.file_id')
		.select('v.id')
		.where('v.storage_key', '=', storageKey);
	if ('fileId' in into) {
		if (!isUuid(into.fileId)) return false;
		query = query.where('v.library_key', '=', (eb) =>
			eb.selectFrom('files').select('library_key').where('id', '=', into.fileId)
		);
	} else {
		const organisationId = 'organisationId' in into ? into.organisationId : null;
		const groupId = into.scope === 'group' ? into.groupId : null;
		query = query
			.where('f.scope', '=', into.scope)
			.where('f.organisation_id', organisationId === null ? 'is' : '=', organisationId)
			.where('f.group_id', groupId === null ? 'is' : '=', groupId);
	}
	return (await query.executeTakeFirst()) !== undefined;
}

// ── Meetings ────────────────────────────────────────────────────────────────────────────────

/** Meetings of the user's groups and of the whole platform (for members of an organisation). */
/** The meetings a user is invited to that have not ended, soonest first; optionally of one group. */
export async function upcomingMeetings(
	db: Db,
	userId: string,
	options: { now?: Date; groupId?: string; limit?: number } = {}
) {
	let query = db
		.selectFrom('platform_events as e')
		.leftJoin('working_groups as w', 'w.id', 'e.group_id')
		.leftJoin('event_rsvps as r', (join) =>
			join.onRef('r.event_id', '=', 'e.id').on('r.user_id', '=', userId)
		)
		.select([
			'e.id',
			'e.title',
			'e.starts_at as startsAt',
			'e.ends_at as endsAt',
			'e.time_zone as timeZone',
			'e.place',
			'e.online_url as onlineUrl',
			'w.name as groupName',
			'w.slug as groupSlug',
			'r.answer as myAnswer'
		])
		.where('e.ends_at', '>=', options.now ?? new Date())
		.where(meetingVisibleTo(userId));
	if (options.groupId) query = query.where('e.group_id', '=', options.groupId);
	return query
		.orderBy('e.starts_at')
		.orderBy('e.id')
		.limit(options.limit ?? 50)
		.execute();
}

/** One meeting, only if the user is invited (member of its group, or of an organisation for a platform meeting). */
export async function meetingForUser(db: Db, userId: string, eventId: string) {
	if (!isUuid(eventId)) return undefined;
	const meeting = await db
		.selectFrom('platform_events as e')
		.leftJoin('working_groups as w', 'w.id', 'e.group_id')
		.select([
			'e.id',
			'e.title',
			'e.agenda',
			'e.minutes',
			'e.starts_at as startsAt',
			'e.ends_at as endsAt',
			'e.time_zone as timeZone',
			'e.place',
			'e.online_url as onlineUrl',
			'e.group_id as groupId',
			'e.created_at as createdAt',
			'w.name as groupName',
			'w.slug as groupSlug'
		])
		.where('e.id', '=', eventId)
		.where(meetingVisibleTo(userId))
		.executeTakeFirst();
	if (!meeting) return undefined;
	const rsvps = await db
		.selectFrom('event_rsvps as r')
		.innerJoin('users as u', 'u.id', 'r.user_id')
		.select(['u.id as userId', 'u.display_name as name', 'r.answer', 'r.answered_at as answeredAt'])
		.where('r.event_id', '=', eventId)
		.orderBy('u.display_name')
		.execute();
	return { ...meeting, rsvps };
}

/** Records or changes a user's answer to a meeting. */
export async function rsvp(
	db: Db,
	eventId: string,
	userId: string,
	answer: 'yes' | 'no' | 'maybe'
): Promise<void> {
	await db
		.insertInto('event_rsvps')
		.values({ event_id: eventId, user_id: userId, answer })
		.onConflict((oc) => oc.columns(['event_id', 'user_id']).doUpdateSet({ answer, answered_at: sql`now()` }))
		.execute();
}
