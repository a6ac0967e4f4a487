import { describe, expect, inject, test } from 'vitest';
import { InvalidValue, withDbErrors } from '../errors.ts';
import {
	createStaffEvent,
	deleteStaffEvent,
	staffEventForEditing,
	updateStaffEvent,
	upcomingStaffEvents
} from './staff.ts';
import { hours, now, staffDatabase } from './staff.fixture.ts';

describe.each(inject('databases'))('staff home: the staff agenda on $name', ({ adminUrl }) => {
	const { t, user, org } = staffDatabase(adminUrl);

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
});
