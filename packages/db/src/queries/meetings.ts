// Meetings of the members' area and their RSVPs: a member sees the meetings of their groups and of
// the whole platform (`meetingVisibleTo`), decided in SQL as well as by `can` in the routes.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { isUuid } from '../uuid.ts';
import { meetingVisibleTo } from './platform.ts';
import { defaultGroupLanguage, groupName, type GroupLanguage } from './group-names.ts';

type Db = Kysely<Database>;

/** Meetings of the user's groups and of the whole platform (for members of an organisation). */
/** The meetings a user is invited to that have not ended, soonest first; optionally of one group. */
export async function upcomingMeetings(
	db: Db,
	userId: string,
	options: { now?: Date; groupId?: string; limit?: number; language?: GroupLanguage } = {}
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
			groupName(options.language ?? defaultGroupLanguage).as('groupName'),
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
export async function meetingForUser(
	db: Db,
	userId: string,
	eventId: string,
	language: GroupLanguage = defaultGroupLanguage
) {
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
			groupName(language).as('groupName'),
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
