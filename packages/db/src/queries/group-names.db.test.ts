import { describe, expect, inject, test } from 'vitest';
import { groupBySlug, joinGroup, listGroups, threadWithPosts, createThread } from './groups.ts';
import { activitySince } from './activity.ts';
import { upcomingMeetings } from './meetings.ts';
import { groupsOf } from './platform.ts';
import { memberProfile } from './people.ts';
import { membersAreaDatabase } from './members-area.fixture.ts';

describe.each(inject('databases'))('working groups named in the page’s language on $name', ({ adminUrl }) => {
	const { t, ids } = membersAreaDatabase(adminUrl);
	const fr = { locale: 'fr', fallback: 'nl' } as const;
	const es = { locale: 'es', fallback: 'nl' } as const;

	test('a translation in the page’s language, else the default language’s (said so), else the name it was created with', async () => {
		await t.db
			.insertInto('working_group_translations')
			.values([
				{ group_id: ids.group, locale: 'nl', name: 'Gezondheid', description: 'Over gezondheidszorg.' },
				{ group_id: ids.group, locale: 'fr', name: 'Santé', description: '' }
			])
			.execute();

		const inFrench = await groupBySlug(t.db, 'health', ids.ana, fr);
		// The French name; no French description, so the Dutch one, marked as Dutch.
		expect(inFrench).toMatchObject({
			name: 'Santé',
			nameLanguage: null,
			description: 'Over gezondheidszorg.',
			descriptionLanguage: 'nl'
		});
		expect(await groupBySlug(t.db, 'health', ids.ana, es)).toMatchObject({
			name: 'Gezondheid',
			nameLanguage: 'nl'
		});
		// A group nobody translated keeps its own name.
		expect(await groupBySlug(t.db, 'water', ids.ana, fr)).toMatchObject({
			name: 'water',
			nameLanguage: 'nl'
		});

		// Listed by their names in the page's language.
		const listed = await listGroups(t.db, ids.ana, fr);
		expect(listed.map((group) => group.name)).toEqual(['Santé', 'water']);
		expect((await listGroups(t.db, ids.ana)).map((group) => group.name)).toEqual(['Gezondheid', 'water']);
	});

	test('every place that shows a group names it the same way', async () => {
		await joinGroup(t.db, ids.group, ids.ana);
		const thread = await createThread(t.db, {
			groupId: ids.group,
			authorId: ids.ana,
			title: 'Plan',
			body: 'x'
		});
		expect((await threadWithPosts(t.db, thread, fr))?.groupName).toBe('Santé');
		await joinGroup(t.db, ids.group, ids.ben);
		const news = await activitySince(t.db, ids.ben, new Date(0), { language: fr });
		expect(news.map((item) => [item.kind, item.groupName])).toEqual([['thread', 'Santé']]);
		expect((await groupsOf(t.db, ids.ana, fr)).map((group) => group.name)).toEqual(['Santé']);
		expect((await memberProfile(t.db, ids.ana, es))?.groups.map((group) => group.name)).toEqual([
			'Gezondheid'
		]);
		await t.db
			.insertInto('platform_events')
			.values({
				title: 'Overleg',
				group_id: ids.group,
				starts_at: new Date(Date.now() + 86_400_000),
				ends_at: new Date(Date.now() + 90_000_000),
				created_by: ids.ana
			})
			.execute();
		const meetings = await upcomingMeetings(t.db, ids.ana, { language: fr });
		expect(meetings.map((meeting) => meeting.groupName)).toEqual(['Santé']);
	});

	test('a translation is one per group and language, and goes with its group', async () => {
		await expect(
			t.db
				.insertInto('working_group_translations')
				.values({ group_id: ids.group, locale: 'fr', name: 'Encore' })
				.execute()
		).rejects.toThrow();
		await expect(
			t.db
				.insertInto('working_group_translations')
				.values({ group_id: ids.other, locale: 'de' as 'fr', name: 'Wasser' })
				.execute()
		).rejects.toThrow();
		await t.db.deleteFrom('working_groups').where('id', '=', ids.group).execute();
		const left = await t.db
			.selectFrom('working_group_translations')
			.select('locale')
			.where('group_id', '=', ids.group)
			.execute();
		expect(left).toEqual([]);
	});
});
