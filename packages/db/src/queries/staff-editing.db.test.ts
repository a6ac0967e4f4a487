// Editing and deleting the staff home's announcements and agenda items by id, and two admins
// saving the same one (a stale version is a conflict).
import { describe, expect, inject, test } from 'vitest';
import { withDbErrors, InvalidValue } from '../errors.ts';
import {
	announcementForEditing,
	announcementsFor,
	createAnnouncement,
	createStaffEvent,
	deleteAnnouncement,
	deleteStaffEvent,
	staffEventForEditing,
	updateAnnouncement,
	updateStaffEvent,
	upcomingStaffEvents
} from './staff.ts';
import { hours, now, staffFixture } from './staff-fixture.ts';

describe.each(inject('databases'))('staff home queries on $name', ({ adminUrl }) => {
	const f = staffFixture(adminUrl);
	const { org, user } = f;

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
		const id = await createAnnouncement(f.db, input);
		const other = await createAnnouncement(f.db, { ...input, title: 'Blijft staan' });
		expect(await announcementForEditing(f.db, id)).toEqual({
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
		expect(await updateAnnouncement(f.db, id, { ...changes, expectedVersion: 1 })).toEqual({ kind: 'saved' });
		expect(await announcementForEditing(f.db, id)).toEqual({ id, ...changes, version: 2 });
		// Now FOS's only: gone from An's list, on Tom's with the author it had.
		expect((await announcementsFor(f.db, user.an, { now })).map((a) => a.title)).not.toContain('Gewijzigd');
		expect((await announcementsFor(f.db, user.tom, { now })).find((a) => a.id === id)).toMatchObject({
			title: 'Gewijzigd',
			organisationId: org.fos,
			authorName: 'marie'
		});
		expect(await announcementForEditing(f.db, other)).toMatchObject({ title: 'Blijft staan', pinned: false });
		// The table's rule holds for a change too.
		await expect(
			withDbErrors(() =>
				updateAnnouncement(f.db, id, { ...changes, expiresAt: hours(-2), expectedVersion: 2 })
			)
		).rejects.toBeInstanceOf(InvalidValue);

		// Unknown and malformed ids: not found, never an SQL error.
		for (const missing of [crypto.randomUUID(), 'not-a-uuid', `${id}'--`, '']) {
			expect(await announcementForEditing(f.db, missing), missing).toBeUndefined();
			expect(await updateAnnouncement(f.db, missing, { ...changes, expectedVersion: 1 }), missing).toEqual({
				kind: 'not-found'
			});
			expect(await deleteAnnouncement(f.db, missing), missing).toBe(false);
		}

		expect(await deleteAnnouncement(f.db, id)).toBe(true);
		expect(await announcementForEditing(f.db, id)).toBeUndefined();
		expect(await deleteAnnouncement(f.db, id)).toBe(false);
		expect(await updateAnnouncement(f.db, id, { ...changes, expectedVersion: 2 })).toEqual({
			kind: 'not-found'
		});
		expect(await announcementForEditing(f.db, other)).toMatchObject({ title: 'Blijft staan' });
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
		const id = await createStaffEvent(f.db, input);
		const other = await createStaffEvent(f.db, { ...input, title: 'Ander overleg' });
		// Ended, so on nobody's agenda, but still to be found for editing.
		expect(await staffEventForEditing(f.db, id)).toEqual({
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
		await f.db
			.updateTable('staff_events')
			.set({ updated_at: madeAt })
			.where('id', 'in', [id, other])
			.execute();
		expect(await updateStaffEvent(f.db, id, { ...changes, expectedVersion: 1 })).toEqual({ kind: 'saved' });
		expect(await staffEventForEditing(f.db, id)).toEqual({ id, ...changes, version: 2 });
		const changed = await f.db
			.selectFrom('staff_events')
			.select(['id', 'updated_at'])
			.where('id', 'in', [id, other])
			.execute();
		expect(changed.find((row) => row.id === id)!.updated_at.getTime()).toBeGreaterThan(madeAt.getTime());
		expect(changed.find((row) => row.id === other)!.updated_at).toEqual(madeAt);
		// For all staff now, and to come: on Tom's agenda too.
		expect((await upcomingStaffEvents(f.db, user.tom, { now })).find((e) => e.id === id)).toMatchObject({
			title: 'Teamoverleg (verplaatst)',
			organisationId: null,
			organisationName: null
		});
		expect(await staffEventForEditing(f.db, other)).toMatchObject({
			title: 'Ander overleg',
			place: 'Brussel'
		});
		await expect(
			withDbErrors(() => updateStaffEvent(f.db, id, { ...changes, endsAt: hours(29), expectedVersion: 2 }))
		).rejects.toBeInstanceOf(InvalidValue);

		for (const missing of [crypto.randomUUID(), 'not-a-uuid', `${id}'--`, '']) {
			expect(await staffEventForEditing(f.db, missing), missing).toBeUndefined();
			expect(await updateStaffEvent(f.db, missing, { ...changes, expectedVersion: 1 }), missing).toEqual({
				kind: 'not-found'
			});
			expect(await deleteStaffEvent(f.db, missing), missing).toBe(false);
		}

		expect(await deleteStaffEvent(f.db, id)).toBe(true);
		expect(await staffEventForEditing(f.db, id)).toBeUndefined();
		expect((await upcomingStaffEvents(f.db, user.tom, { now })).map((e) => e.id)).not.toContain(id);
		expect(await deleteStaffEvent(f.db, id)).toBe(false);
		expect(await updateStaffEvent(f.db, id, { ...changes, expectedVersion: 2 })).toEqual({
			kind: 'not-found'
		});
		expect(await staffEventForEditing(f.db, other)).toMatchObject({ title: 'Ander overleg' });
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
		const id = await createAnnouncement(f.db, { ...fields, createdBy: user.marie });
		const row = () =>
			f.db.selectFrom('announcements').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		// Both loaded version 1; the first to save gets through and bumps it.
		const first = { ...fields, title: 'Personeelsfeest (verplaatst)', pinned: true };
		expect(await updateAnnouncement(f.db, id, { ...first, expectedVersion: 1 })).toEqual({ kind: 'saved' });
		const afterFirst = await row();
		expect(afterFirst).toMatchObject({ title: first.title, version: 2 });

		// The second, still based on version 1 (or on one that never was): their version back, nothing written.
		const second = { ...fields, body: 'Op zaterdag.' };
		for (const expectedVersion of [1, 3]) {
			expect(await updateAnnouncement(f.db, id, { ...second, expectedVersion })).toEqual({
				kind: 'conflict',
				stored: { id, ...first, version: 2 }
			});
			expect(await row()).toEqual(afterFirst);
		}
		// Saving again on their version replaces it knowingly.
		expect(await updateAnnouncement(f.db, id, { ...second, expectedVersion: 2 })).toEqual({ kind: 'saved' });
		expect(await announcementForEditing(f.db, id)).toEqual({ id, ...second, version: 3 });

		// Two saves of the same version at once: exactly one gets through.
		const results = await Promise.all(
			['A', 'B'].map((title) => updateAnnouncement(f.db, id, { ...fields, title, expectedVersion: 3 }))
		);
		expect(results.map((r) => r.kind).sort()).toEqual(['conflict', 'saved']);
		expect(await announcementForEditing(f.db, id)).toMatchObject({ version: 4 });
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
		const id = await createStaffEvent(f.db, { ...fields, createdBy: user.marie });
		const row = () =>
			f.db.selectFrom('staff_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		const first = { ...fields, place: 'Brussel' };
		expect(await updateStaffEvent(f.db, id, { ...first, expectedVersion: 1 })).toEqual({ kind: 'saved' });
		const afterFirst = await row();
		expect(afterFirst).toMatchObject({ place: 'Brussel', version: 2 });

		const second = {
			...fields,
			title: 'Vorming (online)',
			place: null,
			onlineUrl: 'https://meet.example.org/v'
		};
		// Its update time stays too: a calendar app must not see a change that did not happen.
		expect(await updateStaffEvent(f.db, id, { ...second, expectedVersion: 1 })).toEqual({
			kind: 'conflict',
			stored: { id, ...first, version: 2 }
		});
		expect(await row()).toEqual(afterFirst);
		expect(await updateStaffEvent(f.db, id, { ...second, expectedVersion: 2 })).toEqual({ kind: 'saved' });
		expect(await staffEventForEditing(f.db, id)).toEqual({ id, ...second, version: 3 });
	});
});
