// What happened in the members' area that a member may see: for the dashboard ("since your last
// visit") and for the e-mail digest. Visibility is the same SQL as the pages' (fileVisibleTo,
// meetingVisibleTo, group membership), so neither can show a thread, file or meeting the member
// could not open. A member's own posts, uploads and meetings are left out: they know about them.
import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Database, Locale } from '../schema.ts';
import { enqueueMail, type Mail } from './forms.ts';
import { fileVisibleTo, meetingVisibleTo } from './platform.ts';
import { defaultGroupLanguage, groupName, type GroupLanguage } from './group-names.ts';

type Db = Kysely<Database>;

export type ActivityKind = 'thread' | 'replies' | 'file' | 'version' | 'meeting';

export interface Activity {
	/** `thread`: a new thread; `replies`: new posts in an older one; `file`/`version`: a new file or a new version of one. */
	kind: ActivityKind;
	/** The thread's, file's or meeting's id. */
	id: string;
	title: string;
	groupSlug: string | null;
	groupName: string | null;
	/** New posts in the thread, new versions of the file; 1 for a meeting. */
	count: number;
	/** The latest of them. */
	at: Date;
	/** Who wrote, uploaded or planned the latest one (null for a removed account). */
	actor: string | null;
	/** Meetings only. */
	startsAt: Date | null;
	/** Files only: the newest version. */
	version: number | null;
}

/** Activity after `since` (and up to `now`) that `userId` may see, latest first; groups named in `language`. */
export async function activitySince(
	db: Db | Transaction<Database>,
	userId: string,
	since: Date,
	options: { now?: Date; limit?: number; language?: GroupLanguage } = {}
): Promise<Activity[]> {
	const { rows } = await sql<Activity>`${activityRows(userId, since, options)}`.execute(db);
	return rows;
}

/** The statement of `activitySince`, to run alone or inside another. */
function activityRows(
	userId: string,
	since: Date,
	options: { now?: Date; limit?: number; language?: GroupLanguage }
) {
	const now = options.now ?? new Date();
	const name = groupName(options.language ?? defaultGroupLanguage);
	return sql<Activity>`
		select * from (
			select
				case when t.created_at > ${since} and t.created_by is distinct from ${userId}
					then 'thread' else 'replies' end as kind,
				t.id, t.title, w.slug as "groupSlug", ${name} as "groupName",
				count(*)::int as count, max(p.created_at) as at,
				(array_agg(u.display_name order by p.created_at desc))[1] as actor,
				null::timestamptz as "startsAt", null::int as version
			from posts p
			join threads t on t.id = p.thread_id
			join working_groups w on w.id = t.group_id
			join working_group_members g on g.group_id = t.group_id and g.user_id = ${userId}
			left join users u on u.id = p.author_id
			where p.created_at > ${since} and p.created_at <= ${now} and p.author_id is distinct from ${userId}
			group by t.id, w.id
			union all
			select
				case when f.created_at > ${since} then 'file' else 'version' end,
				f.id, f.title, w.slug, ${name},
				count(*)::int, max(v.created_at),
				(array_agg(u.display_name order by v.created_at desc))[1],
				null, max(v.version)
			from file_versions v
			join files f on f.id = v.file_id
			left join working_groups w on w.id = f.group_id
			left join users u on u.id = v.uploaded_by
			where v.created_at > ${since} and v.created_at <= ${now}
				and v.uploaded_by is distinct from ${userId} and ${fileVisibleTo(userId)}
			group by f.id, w.id
			union all
			select 'meeting', e.id, e.title, w.slug, ${name}, 1, e.created_at, u.display_name, e.starts_at, null
			from platform_events e
			left join working_groups w on w.id = e.group_id
			left join users u on u.id = e.created_by
			where e.created_at > ${since} and e.created_at <= ${now} and e.ends_at >= ${now}
				and e.created_by is distinct from ${userId} and ${meetingVisibleTo(userId)}
		) activity
		order by at desc, id
		limit ${options.limit ?? 50}
	`;
}

export interface MembersDashboard {
	/** The member's organisations, by name, with their role in each. */
	organisations: Array<{ id: string; slug: string; name: string; role: 'member' | 'admin' }>;
	/** Their working groups, by name (in `language`), with their role in each. */
	groups: Array<{ id: string; slug: string; kind: string; name: string; role: string }>;
	/** As `activitySince` gives it. */
	activity: Activity[];
}

/**
 * What the members' dashboard shows, in one round trip: the member's organisations and groups
 * (as `organisationsOf` and `groupsOf` give them) and the activity since `since`. One statement
 * instead of three: the dashboard is the portal's busiest page, and each round trip cost the
 * server more than the lookups themselves.
 */
export async function membersDashboard(
	db: Db,
	userId: string,
	since: Date,
	options: { now?: Date; limit?: number; language?: GroupLanguage } = {}
): Promise<MembersDashboard> {
	const language = options.language ?? defaultGroupLanguage;
	const { rows } = await sql<{
		organisations: MembersDashboard['organisations'];
		groups: MembersDashboard['groups'];
		activity: Array<Omit<Activity, 'at' | 'startsAt'> & { at: string; startsAt: string | null }>;
	}>`
		select
			coalesce((
				select json_agg(o order by o.name) from (
					select o.id, o.slug, o.name, m.role
					from organisations o join memberships m on m.organisation_id = o.id
					where m.user_id = ${userId}
				) o
			), '[]') as organisations,
			coalesce((
				select json_agg(g order by g.name) from (
					select w.id, w.slug, w.kind, ${groupName(language)} as name, m.role
					from working_groups w join working_group_members m on m.group_id = w.id
					where m.user_id = ${userId}
				) g
			), '[]') as groups,
			coalesce((
				select json_agg(a order by a.at desc, a.id) from (${activityRows(userId, since, { ...options, language })}) a
			), '[]') as activity
	`.execute(db);
	const row = rows[0]!;
	return {
		organisations: row.organisations,
		groups: row.groups,
		// JSON has no dates: the timestamps come as ISO text.
		activity: row.activity.map((item) => ({
			...item,
			at: new Date(item.at),
			startsAt: item.startsAt === null ? null : new Date(item.startsAt)
		}))
	};
}

/** A visit ends after this long without a request; the next request starts a new one. */
const visitGap = '1 hour';
/** `last_seen_at` is written at most this often, not on every page. */
const seenResolutionMs = 5 * 60 * 1000;
const seenResolution = `${seenResolutionMs / 1000} seconds`;

/**
 * Records that a member is here, and answers when their previous visit was (null before their
 * first): the dashboard shows what changed since then. Coming back after an hour away makes the
 * visit that just ended the previous one. `seen` is the user's `last_seen_at` and
 * `previous_visit_at` if the caller has just read them.
 */
export async function recordVisit(
	db: Db,
	userId: string,
	now: Date = new Date(),
	seen?: { lastSeenAt: Date | null; previousVisitAt: Date | null }
): Promise<Date | null> {
	// Read moments ago with the member's roles (`seen`) and too recent to write again: the answer
	// is already known, and most pages of a visit spare the database a round trip.
	if (seen?.lastSeenAt && seen.lastSeenAt.getTime() >= now.getTime() - seenResolutionMs) {
		return seen.previousVisitAt;
	}
	const { rows } = await sql<{ previous: Date | null }>`
		with touched as (
			update users set
				previous_visit_at = case
					when last_seen_at is null or last_seen_at < ${now}::timestamptz - ${visitGap}::interval
					then last_seen_at else previous_visit_at end,
				last_seen_at = ${now}
			where id = ${userId}
				and (last_seen_at is null or last_seen_at < ${now}::timestamptz - ${seenResolution}::interval)
			returning previous_visit_at
		)
		select coalesce(
			(select previous_visit_at from touched),
			(select previous_visit_at from users where id = ${userId} and not exists (select 1 from touched))
		) as previous
	`.execute(db);
	return rows[0]?.previous ?? null;
}

export type DigestFrequency = 'never' | 'daily' | 'weekly';

export const digestFrequencies: readonly DigestFrequency[] = ['never', 'daily', 'weekly'];

export async function digestFrequencyOf(db: Db, userId: string): Promise<DigestFrequency> {
	const row = await db
		.selectFrom('users')
		.select('digest_frequency')
		.where('id', '=', userId)
		.executeTakeFirst();
	return row?.digest_frequency ?? 'never';
}

export async function setDigestFrequency(db: Db, userId: string, frequency: DigestFrequency): Promise<void> {
	await db.updateTable('users').set({ digest_frequency: frequency }).where('id', '=', userId).execute();
}

export interface DigestRecipient {
	id: string;
	email: string;
	name: string;
	locale: Locale;
	frequency: Exclude<DigestFrequency, 'never'>;
	since: Date;
}

/**
 * Sends every digest that is due at `now`: daily ones a day after the last, weekly ones a week
 * after (a new account's first one a period after it was made). Each member is claimed in their
 * own transaction by moving `last_digest_at` from the value read, so two app instances running
 * this at once send each digest once; the mail is queued in the outbox in that same transaction.
 * `compose` writes the mail in the member's language; a period without activity sends nothing
 * but still counts as done. Answers how many mails were queued.
 */
export async function sendDueDigests(
	db: Db,
	compose: (recipient: DigestRecipient, activity: Activity[]) => Mail,
	now: Date = new Date()
): Promise<number> {
	const due = await sql<DigestRecipient & { last: Date | null }>`
		select u.id, u.email, u.display_name as name, u.locale, u.digest_frequency as frequency,
			coalesce(u.last_digest_at, u.created_at) as since, u.last_digest_at as last
		from users u
		where u.digest_frequency <> 'never' and u.disabled_at is null and u.password_hash is not null
			and exists (select 1 from memberships m where m.user_id = u.id)
			and coalesce(u.last_digest_at, u.created_at) <=
				${now}::timestamptz - case u.digest_frequency when 'daily' then interval '1 day' else interval '7 days' end
		order by u.id
	`.execute(db);
	let sent = 0;
	for (const { last, ...recipient } of due.rows) {
		const queued = await db.transaction().execute(async (tx) => {
			const claimed = await tx
				.updateTable('users')
				.set({ last_digest_at: now })
				.where('id', '=', recipient.id)
				.where(sql<SqlBool>`last_digest_at is not distinct from ${last}`)
				.executeTakeFirst();
			if (claimed.numUpdatedRows === 0n) return false;
			// Groups named in the member's language, as the mail around them is written.
			const language = { locale: recipient.locale, fallback: defaultGroupLanguage.fallback };
			const activity = await activitySince(tx, recipient.id, recipient.since, { now, language });
			if (activity.length === 0) return false;
			await enqueueMail(tx, compose(recipient, activity));
			return true;
		});
		if (queued) sent += 1;
	}
	return sent;
}
