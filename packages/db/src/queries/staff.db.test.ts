import { describe, expect, inject, test } from 'vitest';
import { InvalidValue, withDbErrors } from '../errors.ts';
import { expectPagedList } from '../testing.ts';
import { searchStaff, staffDirectoryOptions } from './people.ts';
import {
	announcementForEditing,
	announcementsFor,
	announcementsPage,
	createAnnouncement,
	deleteAnnouncement,
	staffOrganisations,
	updateAnnouncement
} from './staff.ts';
import { hours, now, staffDatabase } from './staff.fixture.ts';

describe.each(inject('databases'))('staff home: staff and announcements on $name', ({ adminUrl }) => {
	const { t, user, org } = staffDatabase(adminUrl);

	test('staff are the people of WSM and FOS (members, site editors) and intranet admins, nobody else', async () => {
		expect((await staffOrganisations(t.db)).map((o) => o.slug)).toEqual(['fos', 'wsm']);
		const staff = await searchStaff(t.db);
		expect(staff.map((s) => [s.display_name, s.organisations])).toEqual([
			['an', ['WSM']],
			// An admin counts as staff of both, but works for neither.
			['marie', []],
			['tom', ['FOS']]
		]);
		expect((await searchStaff(t.db, { language: 'fr' })).map((s) => s.display_name)).toEqual(['an', 'marie']);
		expect((await searchStaff(t.db, { country: 'PE' })).map((s) => s.display_name)).toEqual(['marie']);
		expect(
			(await searchStaff(t.db, { team: 'Communicatie', language: 'en' })).map((s) => s.display_name)
		).toEqual(['an', 'tom']);
		expect((await searchStaff(t.db, { query: 'TO' })).map((s) => s.display_name)).toEqual(['tom']);
		// Karim's team, languages and country are not staff's: not offered as filters.
		expect(await staffDirectoryOptions(t.db)).toEqual({
			teams: ['Communicatie', 'ICT'],
			languages: ['en', 'es', 'fr', 'nl'],
			countries: ['BE', 'PE']
		});
	});

	test('announcements: for all staff or one organisation; pinned first; expired and future ones hidden', async () => {
		const add = (title: string, values: Partial<Parameters<typeof createAnnouncement>[1]> = {}) =>
			createAnnouncement(t.db, {
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
			(await announcementsFor(t.db, userId, { now, when })).map((a) => a.title);
		expect(await titles(user.an)).toEqual(['published now', 'newer', 'all', 'wsm only']);
		// The FOS editor does not see WSM's; FOS's pinned one comes first though it is the oldest.
		expect(await titles(user.tom)).toEqual(['fos pinned', 'published now', 'newer', 'all']);
		expect(await titles(user.marie)).toEqual(['fos pinned', 'published now', 'newer', 'all', 'wsm only']);
		expect(await titles(user.karim)).toEqual([]);
		expect(await titles(user.old)).toEqual([]);
		expect(await titles(user.an, 'scheduled')).toEqual(['future']);
		const [first] = await announcementsFor(t.db, user.tom, { now });
		expect(first).toMatchObject({ organisationName: 'FOS', authorName: 'marie', pinned: true });

		// An announcement cannot expire before it is published.
		await expect(
			withDbErrors(() => add('backwards', { publishFrom: now, expiresAt: hours(-1) }))
		).rejects.toBeInstanceOf(InvalidValue);
	});

	test('an announcement is edited and deleted by id, its author kept; other ids are not found', async () => {
		const input = {
			title: 'Te wijzigen',
			body: 'Eerste versie',
			organisationId: null,
			pinned: false,
			publishFrom: hours(-3),
			expiresAt: null,
			createdBy: user.marie
		};
		const id = await createAnnouncement(t.db, input);
		const other = await createAnnouncement(t.db, { ...input, title: 'Blijft staan' });
		expect(await announcementForEditing(t.db, id)).toEqual({
			id,
			title: 'Te wijzigen',
			body: 'Eerste versie',
			organisationId: null,
			pinned: false,
			publishFrom: hours(-3),
			expiresAt: null,
			version: 1
		});

		const changes = {
			title: 'Gewijzigd',
			body: 'Tweede versie',
			organisationId: org.fos,
			pinned: true,
			publishFrom: hours(-1),
			expiresAt: hours(5)
		};
		expect(await updateAnnouncement(t.db, id, { ...changes, expectedVersion: 1 })).toEqual({ kind: 'saved' });
		expect(await announcementForEditing(t.db, id)).toEqual({ id, ...changes, version: 2 });
		// Now FOS's only: gone from An's list, on Tom's with the author it had.
		expect((await announcementsFor(t.db, user.an, { now })).map((a) => a.title)).not.toContain('Gewijzigd');
		expect((await announcementsFor(t.db, user.tom, { now })).find((a) => a.id === id)).toMatchObject({
			title: 'Gewijzigd',
			organisationId: org.fos,
			authorName: 'marie'
		});
		expect(await announcementForEditing(t.db, other)).toMatchObject({ title: 'Blijft staan', pinned: false });
		// The table's rule holds for a change too.
		await expect(
			withDbErrors(() =>
				updateAnnouncement(t.db, id, { ...changes, expiresAt: hours(-2), expectedVersion: 2 })
			)
		).rejects.toBeInstanceOf(InvalidValue);

		// Unknown and malformed ids: not found, never an SQL error.
		for (const missing of [crypto.randomUUID(), 'not-a-uuid', `${id}'--`, '']) {
			expect(await announcementForEditing(t.db, missing), missing).toBeUndefined();
			expect(await updateAnnouncement(t.db, missing, { ...changes, expectedVersion: 1 }), missing).toEqual({
				kind: 'not-found'
			});
			expect(await deleteAnnouncement(t.db, missing), missing).toBe(false);
		}

		expect(await deleteAnnouncement(t.db, id)).toBe(true);
		expect(await announcementForEditing(t.db, id)).toBeUndefined();
		expect(await deleteAnnouncement(t.db, id)).toBe(false);
		expect(await updateAnnouncement(t.db, id, { ...changes, expectedVersion: 2 })).toEqual({
			kind: 'not-found'
		});
		expect(await announcementForEditing(t.db, other)).toMatchObject({ title: 'Blijft staan' });
	});

	test('two admins save the same announcement: a stale version is a conflict that changes nothing', async () => {
		const fields = {
			title: 'Personeelsfeest',
			body: 'Op vrijdag.',
			organisationId: null,
			pinned: false,
			publishFrom: hours(-2),
			expiresAt: null
		};
		const id = await createAnnouncement(t.db, { ...fields, createdBy: user.marie });
		const row = () =>
			t.db.selectFrom('announcements').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		// Both loaded version 1; the first to save gets through and bumps it.
		const first = { ...fields, title: 'Personeelsfeest (verplaatst)', pinned: true };
		expect(await updateAnnouncement(t.db, id, { ...first, expectedVersion: 1 })).toEqual({ kind: 'saved' });
		const afterFirst = await row();
		expect(afterFirst).toMatchObject({ title: first.title, version: 2 });

		// The second, still based on version 1 (or on one that never was): their version back, nothing written.
		const second = { ...fields, body: 'Op zaterdag.' };
		for (const expectedVersion of [1, 3]) {
			expect(await updateAnnouncement(t.db, id, { ...second, expectedVersion })).toEqual({
				kind: 'conflict',
				stored: { id, ...first, version: 2 }
			});
			expect(await row()).toEqual(afterFirst);
		}
		// Saving again on their version replaces it knowingly.
		expect(await updateAnnouncement(t.db, id, { ...second, expectedVersion: 2 })).toEqual({ kind: 'saved' });
		expect(await announcementForEditing(t.db, id)).toEqual({ id, ...second, version: 3 });

		// Two saves of the same version at once: exactly one gets through.
		const results = await Promise.all(
			['A', 'B'].map((title) => updateAnnouncement(t.db, id, { ...fields, title, expectedVersion: 3 }))
		);
		expect(results.map((r) => r.kind).sort()).toEqual(['conflict', 'saved']);
		expect(await announcementForEditing(t.db, id)).toMatchObject({ version: 4 });
	});

	test('current announcements a page at a time: pinned, newest, then id; every one once, counted', async () => {
		const before = await announcementsFor(t.db, user.tom, { now, limit: 200 });
		const scheduledBefore = await announcementsFor(t.db, user.tom, { now, when: 'scheduled', limit: 200 });
		const add = (title: string, values: Partial<Parameters<typeof createAnnouncement>[1]> = {}) =>
			createAnnouncement(t.db, {
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

		const all = await announcementsFor(t.db, user.tom, { now, limit: 200 });
		expect(all).toHaveLength(before.length + 30);
		const byOrder = (a: (typeof all)[number], b: (typeof all)[number]) =>
			Number(b.pinned) - Number(a.pinned) ||
			b.publishFrom.getTime() - a.publishFrom.getTime() ||
			(a.id < b.id ? -1 : 1);
		expect(all.map((a) => a.id)).toEqual([...all].sort(byOrder).map((a) => a.id));

		await expectPagedList(
			async (paging) => {
				const { total, announcements } = await announcementsPage(t.db, user.tom, paging, { now });
				return { total, ids: announcements.map((a) => a.id) };
			},
			all.map((a) => a.id),
			7
		);
		expect((await announcementsPage(t.db, user.tom, { limit: 1 }, { now, when: 'scheduled' })).total).toBe(
			scheduledBefore.length + 1
		);
		expect((await announcementsPage(t.db, user.karim, { limit: 7 }, { now })).total).toBe(0);
	});
});
