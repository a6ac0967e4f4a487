// The staff home's queries: who counts as staff (the directory), the announcements and the
// agenda each of them sees, and the announcements a page at a time. Editing and documents: staff-*.db.test.ts.
import { describe, expect, inject, test } from 'vitest';
import { withDbErrors, InvalidValue } from '../errors.ts';
import { expectPagedList } from '../testing.ts';
import { searchStaff, staffDirectoryOptions } from './people.ts';
import {
	announcementsFor,
	announcementsPage,
	createAnnouncement,
	createStaffEvent,
	staffOrganisations,
	upcomingStaffEvents
} from './staff.ts';
import { hours, now, staffFixture } from './staff-fixture.ts';

describe.each(inject('databases'))('staff home queries on $name', ({ adminUrl }) => {
	const f = staffFixture(adminUrl);
	const { org, user } = f;

	test('staff are the people of WSM and FOS (members, site editors) and intranet admins, nobody else', async () => {
		expect((await staffOrganisations(f.db)).map((o) => o.slug)).toEqual(['fos', 'wsm']);
		const staff = await searchStaff(f.db);
		expect(staff.map((s) => [s.display_name, s.organisations])).toEqual([
			['an', ['WSM']],
			// An admin counts as staff of both, but works for neither.
			['marie', []],
			['tom', ['FOS']]
		]);
		expect((await searchStaff(f.db, { language: 'fr' })).map((s) => s.display_name)).toEqual(['an', 'marie']);
		expect((await searchStaff(f.db, { country: 'PE' })).map((s) => s.display_name)).toEqual(['marie']);
		expect(
			(await searchStaff(f.db, { team: 'Communicatie', language: 'en' })).map((s) => s.display_name)
		).toEqual(['an', 'tom']);
		expect((await searchStaff(f.db, { query: 'TO' })).map((s) => s.display_name)).toEqual(['tom']);
		// Karim's team, languages and country are not staff's: not offered as filters.
		expect(await staffDirectoryOptions(f.db)).toEqual({
			teams: ['Communicatie', 'ICT'],
			languages: ['en', 'es', 'fr', 'nl'],
			countries: ['BE', 'PE']
		});
	});

	test('announcements: for all staff or one organisation; pinned first; expired and future ones hidden', async () => {
		const add = (title: string, values: Partial<Parameters<typeof createAnnouncement>[1]> = {}) =>
			createAnnouncement(f.db, {
				title,
				body: `**${title}**`,
				organisationId: null,
				pinned: false,
				publishFrom: hours(-48),
				expiresAt: null,
				createdBy: user.marie,
				...values
			});
		await add('all');
		await add('newer', { publishFrom: hours(-1) });
		await add('wsm only', { organisationId: org.wsm, publishFrom: hours(-60) });
		await add('fos pinned', { organisationId: org.fos, pinned: true, publishFrom: hours(-72) });
		await add('expired', { expiresAt: hours(-1) });
		await add('expires now', { expiresAt: now });
		await add('future', { publishFrom: hours(2) });
		await add('published now', { publishFrom: now });

		const titles = async (userId: string, when?: 'current' | 'scheduled') =>
			(await announcementsFor(f.db, userId, { now, when })).map((a) => a.title);
		expect(await titles(user.an)).toEqual(['published now', 'newer', 'all', 'wsm only']);
		// The FOS editor does not see WSM's; FOS's pinned one comes first though it is the oldest.
		expect(await titles(user.tom)).toEqual(['fos pinned', 'published now', 'newer', 'all']);
		expect(await titles(user.marie)).toEqual(['fos pinned', 'published now', 'newer', 'all', 'wsm only']);
		expect(await titles(user.karim)).toEqual([]);
		expect(await titles(user.old)).toEqual([]);
		expect(await titles(user.an, 'scheduled')).toEqual(['future']);
		const [first] = await announcementsFor(f.db, user.tom, { now });
		expect(first).toMatchObject({ organisationName: 'FOS', authorName: 'marie', pinned: true });

		// An announcement cannot expire before it is published.
		await expect(
			withDbErrors(() => add('backwards', { publishFrom: now, expiresAt: hours(-1) }))
		).rejects.toBeInstanceOf(InvalidValue);
	});

	test('the agenda: what has not ended, soonest first, for the staff it is for', async () => {
		const add = (title: string, start: number, organisationId: string | null = null) =>
			createStaffEvent(f.db, {
				title,
				description: '',
				organisationId,
				startsAt: hours(start),
				endsAt: hours(start + 2),
				place: null,
				onlineUrl: null,
				createdBy: user.marie
			});
		await add('past', -5);
		await add('running', -1);
		await add('fos team day', 24, org.fos);
		await add('general assembly', 48);
		const titles = async (userId: string) =>
			(await upcomingStaffEvents(f.db, userId, { now })).map((e) => e.title);
		expect(await titles(user.an)).toEqual(['running', 'general assembly']);
		expect(await titles(user.tom)).toEqual(['running', 'fos team day', 'general assembly']);
		expect(await titles(user.karim)).toEqual([]);
	});

	test('current announcements a page at a time: pinned, newest, then id; every one once, counted', async () => {
		const before = await announcementsFor(f.db, user.tom, { now, limit: 200 });
		const scheduledBefore = await announcementsFor(f.db, user.tom, { now, when: 'scheduled', limit: 200 });
		const add = (title: string, values: Partial<Parameters<typeof createAnnouncement>[1]> = {}) =>
			createAnnouncement(f.db, {
				title,
				body: title,
				organisationId: null,
				pinned: false,
				publishFrom: hours(-5),
				expiresAt: null,
				createdBy: user.marie,
				...values
			});
		// Thirty for all staff, twenty of them published at the same moment (only their ids order
		// them), three pinned; and what Tom's pages must not count: expired, to come, WSM's.
		for (let i = 0; i < 30; i++)
			await add(`paged ${i}`, { pinned: i % 10 === 0, publishFrom: i < 20 ? hours(-5) : hours(-6 - i) });
		await add('paged expired', { expiresAt: hours(-1) });
		await add('paged future', { publishFrom: hours(1) });
		await add('paged wsm', { organisationId: org.wsm });

		const all = await announcementsFor(f.db, user.tom, { now, limit: 200 });
		expect(all).toHaveLength(before.length + 30);
		const byOrder = (a: (typeof all)[number], b: (typeof all)[number]) =>
			Number(b.pinned) - Number(a.pinned) ||
			b.publishFrom.getTime() - a.publishFrom.getTime() ||
			(a.id < b.id ? -1 : 1);
		expect(all.map((a) => a.id)).toEqual([...all].sort(byOrder).map((a) => a.id));

		await expectPagedList(
			async (paging) => {
				const { total, announcements } = await announcementsPage(f.db, user.tom, paging, { now });
				return { total, ids: announcements.map((a) => a.id) };
			},
			all.map((a) => a.id),
			7
		);
		expect((await announcementsPage(f.db, user.tom, { limit: 1 }, { now, when: 'scheduled' })).total).toBe(
			scheduledBefore.length + 1
		);
		expect((await announcementsPage(f.db, user.karim, { limit: 7 }, { now })).total).toBe(0);
	});
});
