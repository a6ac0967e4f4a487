import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { withDbErrors, InvalidValue } from '../errors.ts';
import { createTestDatabase, expectPagedList, testFileVersion, type TestDatabase } from '../testing.ts';
import { activitySince } from './activity.ts';
import { addFileVersion, createFile, fileDetailsForUser, fileVersionForUser, libraryFiles } from './files.ts';
import { searchStaff, staffDirectoryOptions } from './people.ts';
import { fileForUser, visibleFiles } from './platform.ts';
import {
	announcementForEditing,
	announcementsFor,
	announcementsPage,
	createAnnouncement,
	createStaffEvent,
	deleteAnnouncement,
	deleteStaffEvent,
	staffEventForEditing,
	staffOrganisations,
	updateAnnouncement,
	updateStaffEvent,
	upcomingStaffEvents
} from './staff.ts';

const now = new Date('2027-03-10T09:00:00Z');
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

describe.each(inject('databases'))('staff home queries on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	// an: WSM member; tom: FOS site editor (no membership); marie: intranet admin (no membership);
	// karim: a partner union's member; old: a disabled WSM member.
	const user: Record<'an' | 'tom' | 'marie' | 'karim' | 'old', string> = {
		an: '',
		tom: '',
		marie: '',
		karim: '',
		old: ''
	};
	const org: Record<'wsm' | 'fos' | 'abvv', string> = { wsm: '', fos: '', abvv: '' };

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		for (const [key, slug, kind] of [
			['wsm', 'wsm', 'movement'],
			['fos', 'fos', 'ngo'],
			['abvv', 'abvv-fgtb', 'union']
		] as const) {
			({ id: org[key] } = await t.db
				.insertInto('organisations')
				.values({ slug, name: slug.toUpperCase(), kind })
				.returning('id')
				.executeTakeFirstOrThrow());
		}
		for (const site of ['wsm', 'fos'] as const) {
			await t.db
				.insertInto('sites')
				.values({
					id: site,
					organisation_id: org[site],
					name: site,
					locales: ['nl'],
					default_locale: 'nl',
					theme: site
				})
				.execute();
		}
		for (const [key, values] of [
			['an', { team: 'Communicatie', languages: ['nl', 'fr', 'en'], country_code: 'BE' }],
			['tom', { team: 'Communicatie', languages: ['nl', 'en'], country_code: 'BE' }],
			['marie', { team: 'ICT', languages: ['fr', 'es'], country_code: 'PE', is_intranet_admin: true }],
			['karim', { team: 'Internationaal', languages: ['ar', 'fr'], country_code: 'BE' }],
			['old', { team: 'ICT', languages: ['es'], country_code: 'BO', disabled_at: now }]
		] as const) {
			({ id: user[key] } = await t.db
				.insertInto('users')
				.values({
					email: `${key}@example.org`,
					display_name: key,
					...values,
					languages: [...values.languages]
				})
				.returning('id')
				.executeTakeFirstOrThrow());
		}
		await t.db
			.insertInto('memberships')
			.values([
				{ user_id: user.an, organisation_id: org.wsm, role: 'member' },
				{ user_id: user.old, organisation_id: org.wsm, role: 'member' },
				{ user_id: user.karim, organisation_id: org.abvv, role: 'member' }
			])
			.execute();
		await t.db.insertInto('site_editors').values({ user_id: user.tom, site_id: 'fos' }).execute();
	});
	afterAll(() => t?.drop());

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

	test('the agenda: what has not ended, soonest first, for the staff it is for', async () => {
		const add = (title: string, start: number, organisationId: string | null = null) =>
			createStaffEvent(t.db, {
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
			(await upcomingStaffEvents(t.db, userId, { now })).map((e) => e.title);
		expect(await titles(user.an)).toEqual(['running', 'general assembly']);
		expect(await titles(user.tom)).toEqual(['running', 'fos team day', 'general assembly']);
		expect(await titles(user.karim)).toEqual([]);
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

	test('an agenda item is edited and deleted by id, ended ones too; other ids are not found', async () => {
		const input = {
			title: 'Teamoverleg',
			description: 'Agenda volgt',
			organisationId: org.wsm,
			startsAt: hours(-10),
			endsAt: hours(-9),
			place: 'Brussel',
			onlineUrl: null,
			createdBy: user.marie
		};
		const id = await createStaffEvent(t.db, input);
		const other = await createStaffEvent(t.db, { ...input, title: 'Ander overleg' });
		// Ended, so on nobody's agenda, but still to be found for editing.
		expect(await staffEventForEditing(t.db, id)).toEqual({
			id,
			title: 'Teamoverleg',
			description: 'Agenda volgt',
			organisationId: org.wsm,
			startsAt: hours(-10),
			endsAt: hours(-9),
			place: 'Brussel',
			onlineUrl: null,
			version: 1
		});

		const changes = {
			title: 'Teamoverleg (verplaatst)',
			description: '',
			organisationId: null,
			startsAt: hours(30),
			endsAt: hours(31),
			place: null,
			onlineUrl: 'https://meet.example.org/team'
		};
		// As if last changed long ago: the update must move that on (the .ics's DTSTAMP).
		const madeAt = new Date('2020-01-01T00:00:00Z');
		await t.db
			.updateTable('staff_events')
			.set({ updated_at: madeAt })
			.where('id', 'in', [id, other])
			.execute();
		expect(await updateStaffEvent(t.db, id, { ...changes, expectedVersion: 1 })).toEqual({ kind: 'saved' });
		expect(await staffEventForEditing(t.db, id)).toEqual({ id, ...changes, version: 2 });
		const changed = await t.db
			.selectFrom('staff_events')
			.select(['id', 'updated_at'])
			.where('id', 'in', [id, other])
			.execute();
		expect(changed.find((row) => row.id === id)!.updated_at.getTime()).toBeGreaterThan(madeAt.getTime());
		expect(changed.find((row) => row.id === other)!.updated_at).toEqual(madeAt);
		// For all staff now, and to come: on Tom's agenda too.
		expect((await upcomingStaffEvents(t.db, user.tom, { now })).find((e) => e.id === id)).toMatchObject({
			title: 'Teamoverleg (verplaatst)',
			organisationId: null,
			organisationName: null
		});
		expect(await staffEventForEditing(t.db, other)).toMatchObject({
			title: 'Ander overleg',
			place: 'Brussel'
		});
		await expect(
			withDbErrors(() => updateStaffEvent(t.db, id, { ...changes, endsAt: hours(29), expectedVersion: 2 }))
		).rejects.toBeInstanceOf(InvalidValue);

		for (const missing of [crypto.randomUUID(), 'not-a-uuid', `${id}'--`, '']) {
			expect(await staffEventForEditing(t.db, missing), missing).toBeUndefined();
			expect(await updateStaffEvent(t.db, missing, { ...changes, expectedVersion: 1 }), missing).toEqual({
				kind: 'not-found'
			});
			expect(await deleteStaffEvent(t.db, missing), missing).toBe(false);
		}

		expect(await deleteStaffEvent(t.db, id)).toBe(true);
		expect(await staffEventForEditing(t.db, id)).toBeUndefined();
		expect((await upcomingStaffEvents(t.db, user.tom, { now })).map((e) => e.id)).not.toContain(id);
		expect(await deleteStaffEvent(t.db, id)).toBe(false);
		expect(await updateStaffEvent(t.db, id, { ...changes, expectedVersion: 2 })).toEqual({
			kind: 'not-found'
		});
		expect(await staffEventForEditing(t.db, other)).toMatchObject({ title: 'Ander overleg' });
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

	test('two admins save the same agenda item: a stale version is a conflict that changes nothing', async () => {
		const fields = {
			title: 'Vorming',
			description: '',
			organisationId: org.fos,
			startsAt: hours(20),
			endsAt: hours(22),
			place: 'Gent',
			onlineUrl: null
		};
		const id = await createStaffEvent(t.db, { ...fields, createdBy: user.marie });
		const row = () =>
			t.db.selectFrom('staff_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		const first = { ...fields, place: 'Brussel' };
		expect(await updateStaffEvent(t.db, id, { ...first, expectedVersion: 1 })).toEqual({ kind: 'saved' });
		const afterFirst = await row();
		expect(afterFirst).toMatchObject({ place: 'Brussel', version: 2 });

		const second = {
			...fields,
			title: 'Vorming (online)',
			place: null,
			onlineUrl: 'https://meet.example.org/v'
		};
		// Its update time stays too: a calendar app must not see a change that did not happen.
		expect(await updateStaffEvent(t.db, id, { ...second, expectedVersion: 1 })).toEqual({
			kind: 'conflict',
			stored: { id, ...first, version: 2 }
		});
		expect(await row()).toEqual(afterFirst);
		expect(await updateStaffEvent(t.db, id, { ...second, expectedVersion: 2 })).toEqual({ kind: 'saved' });
		expect(await staffEventForEditing(t.db, id)).toEqual({ id, ...second, version: 3 });
	});

	test('staff documents: seen by their staff only, and never by the portal’s library queries', async () => {
		const allStaff = await createFile(t.db, {
			title: 'Arbeidsreglement',
			scope: { scope: 'staff' },
			createdBy: user.an,
			version: testFileVersion('arbeidsreglement', user.an)
		});
		const wsmOnly = await createFile(t.db, {
			title: 'Begroting WSM',
			scope: { scope: 'staff_organisation', organisationId: org.wsm },
			createdBy: user.an,
			version: testFileVersion('begroting', user.an)
		});
		const fosOnly = await createFile(t.db, {
			title: 'Plan FOS',
			scope: { scope: 'staff_organisation', organisationId: org.fos },
			createdBy: user.tom,
			version: testFileVersion('plan-fos', user.tom)
		});
		await addFileVersion(t.db, allStaff, testFileVersion('arbeidsreglement-2', user.an));
		// A portal file for every member, as a control.
		const portal = await createFile(t.db, {
			title: 'Jaarplan',
			scope: { scope: 'platform' },
			createdBy: user.karim,
			version: testFileVersion('jaarplan', user.karim)
		});

		const staffTitles = async (userId: string) =>
			(await libraryFiles(t.db, userId, { library: 'staff' })).map((f) => f.title).sort();
		expect(await staffTitles(user.an)).toEqual(['Arbeidsreglement', 'Begroting WSM']);
		expect(await staffTitles(user.tom)).toEqual(['Arbeidsreglement', 'Plan FOS']);
		expect(await staffTitles(user.marie)).toEqual(['Arbeidsreglement', 'Begroting WSM', 'Plan FOS']);
		expect(await staffTitles(user.karim)).toEqual([]);
		expect(await fileDetailsForUser(t.db, user.tom, wsmOnly, 'staff')).toBeUndefined();
		expect(await fileVersionForUser(t.db, user.tom, fosOnly, 1, 'staff')).toMatchObject({
			filename: 'plan-fos.pdf'
		});
		expect(await fileVersionForUser(t.db, user.an, allStaff, 2, 'staff')).toMatchObject({
			filename: 'arbeidsreglement-2.pdf'
		});
		// The portal's file is not a staff document.
		expect(await fileDetailsForUser(t.db, user.an, portal, 'staff')).toBeUndefined();

		// An, a WSM member, is also a member of the portal: there she sees its file, none of staff's.
		for (const who of [user.an, user.karim, user.marie]) {
			const portalTitles = (await libraryFiles(t.db, who)).map((f) => f.title);
			expect(portalTitles.filter((title) => title !== 'Jaarplan')).toEqual([]);
			expect(
				(await visibleFiles(t.db, who)).map((f) => f.title).filter((title) => title !== 'Jaarplan')
			).toEqual([]);
			for (const id of [allStaff, wsmOnly, fosOnly]) {
				expect(await fileDetailsForUser(t.db, who, id)).toBeUndefined();
				expect(await fileVersionForUser(t.db, who, id, 1)).toBeUndefined();
				expect(await fileForUser(t.db, who, id)).toBeUndefined();
			}
		}
		expect((await libraryFiles(t.db, user.an)).map((f) => f.title)).toEqual(['Jaarplan']);
		// Nor in the portal's "since your last visit".
		const activity = await activitySince(t.db, user.an, new Date(0), { now: new Date(Date.now() + 60_000) });
		expect(activity.map((a) => a.title)).toEqual(['Jaarplan']);

		// A staff scope names its organisation exactly when it is one organisation's.
		await expect(
			withDbErrors(() =>
				t.db
					.insertInto('files')
					.values({ scope: 'staff_organisation', title: 'No organisation', organisation_id: null })
					.execute()
			)
		).rejects.toBeInstanceOf(InvalidValue);
		await expect(
			withDbErrors(() =>
				t.db
					.insertInto('files')
					.values({ scope: 'staff', title: 'Too specific', organisation_id: org.wsm })
					.execute()
			)
		).rejects.toBeInstanceOf(InvalidValue);
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
