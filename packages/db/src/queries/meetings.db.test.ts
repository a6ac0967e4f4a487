import { beforeAll, describe, expect, inject, test } from 'vitest';
import { joinGroup } from './groups.ts';
import { meetingForUser, rsvp, upcomingMeetings } from './meetings.ts';
import { membersAreaDatabase } from './members-area.fixture.ts';

describe.each(inject('databases'))('meetings on $name', ({ adminUrl }) => {
	const { t, ids } = membersAreaDatabase(adminUrl);
	// Ana works in the health group; Cleo does not.
	beforeAll(() => joinGroup(t.db, ids.group, ids.ana));

	test('meetings: the groups and the platform for members; RSVPs change', async () => {
		const now = new Date('2026-06-01T10:00:00Z');
		const meeting = async (title: string, groupId: string | null, starts: string) =>
			(
				await t.db
					.insertInto('platform_events')
					.values({
						title,
						group_id: groupId,
						starts_at: new Date(starts),
						ends_at: new Date(new Date(starts).getTime() + 3_600_000)
					})
					.returning('id')
					.executeTakeFirstOrThrow()
			).id;
		const all = await meeting('General assembly', null, '2026-06-10T08:00:00Z');
		const health = await meeting('Health group', ids.group, '2026-06-05T08:00:00Z');
		await meeting('Water group', ids.other, '2026-06-06T08:00:00Z');
		await meeting('Past', null, '2026-05-01T08:00:00Z');
		expect((await upcomingMeetings(t.db, ids.ana, { now })).map((x) => x.title)).toEqual([
			'Health group',
			'General assembly'
		]);
		expect((await upcomingMeetings(t.db, ids.cleo, { now })).map((x) => x.title)).toEqual([
			'General assembly'
		]);
		expect(await meetingForUser(t.db, ids.cleo, health)).toBeUndefined();
		await rsvp(t.db, all, ids.ana, 'maybe');
		await rsvp(t.db, all, ids.ana, 'yes');
		await rsvp(t.db, all, ids.cleo, 'no');
		const found = await meetingForUser(t.db, ids.ana, all);
		expect(found?.rsvps.map((r) => [r.name, r.answer])).toEqual([
			['Ana', 'yes'],
			['Cleo', 'no']
		]);
		expect((await upcomingMeetings(t.db, ids.ana, { now }))[1]?.myAnswer).toBe('yes');
	});
});
