// The intranet's staff home: who counts as staff, internal announcements and agenda. As in the
// members' area, visibility is decided here in SQL as well as by `can` in the routes: a query
// never hands out a row its caller may not see. Staff documents are files (files.ts) with
// scopes of their own; `staffFileVisibleTo` is their rule.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.ts';
import { isUuid } from '../uuid.ts';
import { pageWindow, type Paging } from '../paging.ts';

type Db = Kysely<Database>;

/** The organisations whose people are the intranet's staff, by slug (that of their public site too). */
export const staffOrganisationSlugs = ['wsm', 'fos'] as const;
export type StaffOrganisationSlug = (typeof staffOrganisationSlugs)[number];

/** WSM and FOS: id, slug and name, by name. */
export async function staffOrganisations(db: Db) {
	const rows = await db
		.selectFrom('organisations')
		.select(['id', 'slug', 'name'])
		.where('slug', 'in', staffOrganisationSlugs)
		.orderBy('name')
		.execute();
	return rows as Array<{ id: string; slug: StaffOrganisationSlug; name: string }>;
}

/** Whether the user works for organisation `o`: a member of it, or an editor of its site. */
const worksFor = (user: string | Expression<string>) => sql<SqlBool>`(
	exists (select 1 from memberships m where m.user_id = ${user} and m.organisation_id = o.id)
	or exists (
		select 1 from site_editors e join sites s on s.id = e.site_id
		where e.user_id = ${user} and s.organisation_id = o.id))`;

/**
 * The ids of the staff organisations a user belongs to, as a subquery: those they work for, and
 * both for an intranet admin. Empty for a partner's member, and for a disabled account.
 */
export function staffOrganisationIdsOf(user: string | Expression<string>) {
	return sql<string>`(
		select o.id from organisations o
		where o.slug in ('wsm', 'fos') and exists (
			select 1 from users su
			where su.id = ${user} and su.disabled_at is null and (su.is_intranet_admin or ${worksFor(user)})))`;
}

/** The names of the staff organisations a user works for (admin rights aside), as a text array. */
export function staffOrganisationNamesOf(user: Expression<string>) {
	return sql<string[]>`array(
		select o.name from organisations o where o.slug in ('wsm', 'fos') and ${worksFor(user)} order by o.name)`;
}

/** Whether an item for `organisation_id` (null: all staff) is for the user. */
function forStaffMember(column: string, userId: string) {
	const mine = staffOrganisationIdsOf(userId);
	return sql<SqlBool>`((${sql.ref(column)} is null and exists ${mine}) or ${sql.ref(column)} in ${mine})`;
}

/** Whether a user may see a staff document (`files as f`): all staff, or staff of its organisation. */
export function staffFileVisibleTo(userId: string) {
	const mine = staffOrganisationIdsOf(userId);
	return sql<SqlBool>`(
		(f.scope = 'staff' and exists ${mine})
		or (f.scope = 'staff_organisation' and f.organisation_id in ${mine})
	)`;
}

// ── Announcements ───────────────────────────────────────────────────────────────────────────

export interface NewAnnouncement {
	title: string;
	/** Markdown. */
	body: string;
	/** Null: for the staff of both organisations. */
	organisationId: string | null;
	pinned: boolean;
	publishFrom: Date;
	expiresAt: Date | null;
	createdBy: string;
}

type AnnouncementsWhen = 'current' | 'scheduled';

/**
 * What saving an edited announcement or agenda item comes to. A conflict writes nothing: someone
 * saved since the form was loaded, and `stored` is their version, as the edit form shows it.
 */
export type StaffItemSaveResult<Stored> =
	{ kind: 'saved' } | { kind: 'conflict'; stored: Stored } | { kind: 'not-found' };

/** The announcements for a user: `current` ones (published, not expired) or `scheduled` ones. */
function announcementsQuery(db: Db, userId: string, now: Date, when: AnnouncementsWhen) {
	const query = db.selectFrom('announcements as a').where(forStaffMember('a.organisation_id', userId));
	return when === 'scheduled'
		? query.where('a.publish_from', '>', now)
		: query
				.where('a.publish_from', '<=', now)
				.where((eb) => eb.or([eb('a.expires_at', 'is', null), eb('a.expires_at', '>', now)]));
}

// Then by id: announcements published at the same moment keep their order from page to page.
function announcementRows(db: Db, userId: string, now: Date, when: AnnouncementsWhen) {
	const query = announcementsQuery(db, userId, now, when)
		.leftJoin('organisations as o', 'o.id', 'a.organisation_id')
		.leftJoin('users as u', 'u.id', 'a.created_by')
		.select([
			'a.id',
			'a.title',
			'a.body',
			'a.pinned',
			'a.publish_from as publishFrom',
			'a.expires_at as expiresAt',
			// For `can`: whether the reader may change it.
			'a.organisation_id as organisationId',
			'o.name as organisationName',
			'u.display_name as authorName'
		]);
	const ordered =
		when === 'scheduled'
			? query.orderBy('a.publish_from')
			: query.orderBy('a.pinned', 'desc').orderBy('a.publish_from', 'desc');
	return ordered.orderBy('a.id');
}

/**
 * The announcements for a user: `current` ones (published, not expired), pinned first then
 * newest; or `scheduled` ones (not yet published), soonest first.
 */
export async function announcementsFor(
	db: Db,
	userId: string,
	options: { now?: Date; when?: AnnouncementsWhen; limit?: number } = {}
) {
	return announcementRows(db, userId, options.now ?? new Date(), options.when ?? 'current')
		.limit(options.limit ?? 50)
		.execute();
}

/** A page of `announcementsFor` (`limit` at most 200), with how many there are in all. */
export async function announcementsPage(
	db: Db,
	userId: string,
	paging: Paging,
	options: { now?: Date; when?: AnnouncementsWhen } = {}
) {
	const now = options.now ?? new Date();
	const when = options.when ?? 'current';
	const page = pageWindow(paging);
	const [count, announcements] = await Promise.all([
		announcementsQuery(db, userId, now, when)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		announcementRows(db, userId, now, when).limit(page.limit).offset(page.offset).execute()
	]);
	return { total: Number(count.count), announcements };
}

export async function createAnnouncement(db: Db, input: NewAnnouncement): Promise<string> {
	const { id } = await db
		.insertInto('announcements')
		.values({
			title: input.title,
			body: input.body,
			organisation_id: input.organisationId,
			pinned: input.pinned,
			publish_from: input.publishFrom,
			expires_at: input.expiresAt,
			created_by: input.createdBy
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

/**
 * An announcement as its edit form shows it, whoever it is for; undefined for an unknown or
 * malformed id. Only for those `can` lets update it (intranet admins, who see every row anyway).
 */
export async function announcementForEditing(db: Db, id: string) {
	if (!isUuid(id)) return undefined;
	return db
		.selectFrom('announcements')
		.select([
			'id',
			'title',
			'body',
			'organisation_id as organisationId',
			'pinned',
			'publish_from as publishFrom',
			'expires_at as expiresAt',
			'version'
		])
		.where('id', '=', id)
		.executeTakeFirst();
}

export type AnnouncementForEditing = NonNullable<Awaited<ReturnType<typeof announcementForEditing>>>;

/**
 * Saves an announcement's fields (its author stays), if it is still at `expectedVersion`, the
 * version the form was loaded with; the version goes up by one in the same statement, so of two
 * saves based on the same version only one gets through.
 */
export async function updateAnnouncement(
	db: Db,
	id: string,
	input: Omit<NewAnnouncement, 'createdBy'> & { expectedVersion: number }
): Promise<StaffItemSaveResult<AnnouncementForEditing>> {
	if (!isUuid(id)) return { kind: 'not-found' };
	const saved = await db
		.updateTable('announcements')
		.set((eb) => ({
			title: input.title,
			body: input.body,
			organisation_id: input.organisationId,
			pinned: input.pinned,
			publish_from: input.publishFrom,
			expires_at: input.expiresAt,
			version: eb('version', '+', 1)
		}))
		.where('id', '=', id)
		.where('version', '=', input.expectedVersion)
		.returning('id')
		.executeTakeFirst();
	if (saved) return { kind: 'saved' };
	// Nothing written: deleted meanwhile, or someone else's save came first.
	const stored = await announcementForEditing(db, id);
	return stored ? { kind: 'conflict', stored } : { kind: 'not-found' };
}

/** Deletes an announcement; false when there is no such announcement (or it was just deleted). */
export async function deleteAnnouncement(db: Db, id: string): Promise<boolean> {
	if (!isUuid(id)) return false;
	const { numDeletedRows } = await db.deleteFrom('announcements').where('id', '=', id).executeTakeFirst();
	return numDeletedRows > 0n;
}

// ── Internal agenda ─────────────────────────────────────────────────────────────────────────

export interface NewStaffEvent {
	title: string;
	description: string;
	/** Null: for the staff of both organisations. */
	organisationId: string | null;
	startsAt: Date;
	endsAt: Date;
	place: string | null;
	onlineUrl: string | null;
	createdBy: string;
}

/** The agenda items for a user that have not ended, soonest first. */
export async function upcomingStaffEvents(
	db: Db,
	userId: string,
	options: { now?: Date; limit?: number } = {}
) {
	return db
		.selectFrom('staff_events as e')
		.leftJoin('organisations as o', 'o.id', 'e.organisation_id')
		.select([
			'e.id',
			'e.title',
			'e.description',
			'e.starts_at as startsAt',
			'e.ends_at as endsAt',
			'e.place',
			'e.online_url as onlineUrl',
			'e.created_at as createdAt',
			'e.updated_at as updatedAt',
			'e.organisation_id as organisationId',
			'o.name as organisationName'
		])
		.where('e.ends_at', '>=', options.now ?? new Date())
		.where(forStaffMember('e.organisation_id', userId))
		.orderBy('e.starts_at')
		.orderBy('e.id')
		.limit(options.limit ?? 100)
		.execute();
}

export async function createStaffEvent(db: Db, input: NewStaffEvent): Promise<string> {
	const { id } = await db
		.insertInto('staff_events')
		.values({
			title: input.title,
			description: input.description,
			organisation_id: input.organisationId,
			starts_at: input.startsAt,
			ends_at: input.endsAt,
			place: input.place,
			online_url: input.onlineUrl,
			created_by: input.createdBy
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

/**
 * An agenda item as its edit form shows it, whoever it is for (ended ones too); undefined for an
 * unknown or malformed id. Only for those `can` lets update it (intranet admins).
 */
export async function staffEventForEditing(db: Db, id: string) {
	if (!isUuid(id)) return undefined;
	return db
		.selectFrom('staff_events')
		.select([
			'id',
			'title',
			'description',
			'organisation_id as organisationId',
			'starts_at as startsAt',
			'ends_at as endsAt',
			'place',
			'online_url as onlineUrl',
			'version'
		])
		.where('id', '=', id)
		.executeTakeFirst();
}

export type StaffEventForEditing = NonNullable<Awaited<ReturnType<typeof staffEventForEditing>>>;

/**
 * Saves an agenda item's fields (its author stays) if it is still at `expectedVersion`, bumping
 * the version in the same statement, as `updateAnnouncement` does.
 */
export async function updateStaffEvent(
	db: Db,
	id: string,
	input: Omit<NewStaffEvent, 'createdBy'> & { expectedVersion: number }
): Promise<StaffItemSaveResult<StaffEventForEditing>> {
	if (!isUuid(id)) return { kind: 'not-found' };
	const saved = await db
		.updateTable('staff_events')
		.set((eb) => ({
			title: input.title,
			description: input.description,
			organisation_id: input.organisationId,
			starts_at: input.startsAt,
			ends_at: input.endsAt,
			place: input.place,
			online_url: input.onlineUrl,
			updated_at: sql<Date>`now()`,
			version: eb('version', '+', 1)
		}))
		.where('id', '=', id)
		.where('version', '=', input.expectedVersion)
		.returning('id')
		.executeTakeFirst();
	if (saved) return { kind: 'saved' };
	// Nothing written: deleted meanwhile, or someone else's save came first.
	const stored = await staffEventForEditing(db, id);
	return stored ? { kind: 'conflict', stored } : { kind: 'not-found' };
}

/** Deletes an agenda item; false when there is no such item (or it was just deleted). */
export async function deleteStaffEvent(db: Db, id: string): Promise<boolean> {
	if (!isUuid(id)) return false;
	const { numDeletedRows } = await db.deleteFrom('staff_events').where('id', '=', id).executeTakeFirst();
	return numDeletedRows > 0n;
}
