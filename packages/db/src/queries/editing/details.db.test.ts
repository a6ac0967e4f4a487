import { describe, expect, inject, test } from 'vitest';
import { InvalidValue, withDbErrors } from '../../errors.ts';
import { publishedTranslation } from '../content.ts';
import { eventDetails, listEvents } from '../listings.ts';
import { saveEntryDetails } from './details.ts';
import { entryForEditing, previewTranslation } from './entry.ts';
import { editingDatabase, saved, wsm } from './fixture.ts';

describe.each(inject('databases'))('editing: entry details on $name', ({ adminUrl }) => {
	const { t, users, create, edit, image } = editingDatabase(adminUrl);

	test('saved event details and picture make an event show on the public agenda', async () => {
		const now = new Date('2027-05-01T10:00:00Z');
		const created = await create({
			type: 'event',
			title: 'Zomerfeest',
			event: {
				startsAt: new Date('2027-01-01T10:00:00Z'),
				endsAt: new Date('2027-01-01T12:00:00Z'),
				place: 'Ergens'
			},
			now
		});
		saved(await edit(created.entryId, 'nl', { status: 'published', now }));
		const before = await entryForEditing(t.db, 'wsm', created.entryId);
		expect(before?.version).toBe(1);
		// It ended before `now`: not upcoming yet.
		const upcoming = () => listEvents(t.db, wsm, 'nl', { when: 'upcoming', now });
		expect((await upcoming()).items.map((item) => item.entry_id)).not.toContain(created.entryId);

		const picture = await image('wsm', 'feest.jpg');
		const startsAt = new Date('2027-06-21T16:00:00Z');
		const endsAt = new Date('2027-06-21T22:00:00Z');
		expect(
			await saveEntryDetails(t.db, {
				siteId: 'wsm',
				entryId: created.entryId,
				expectedVersion: 1,
				imageId: picture,
				videoUrl: null,
				event: { startsAt, endsAt, place: 'Zuidpaleis, Brussel', onlineUrl: 'https://example.org/live' },
				userId: users.ana,
				now
			})
		).toEqual({ kind: 'saved', version: 2 });

		const item = (await upcoming()).items.find((row) => row.entry_id === created.entryId);
		expect(item).toMatchObject({
			starts_at: startsAt,
			ends_at: endsAt,
			place: 'Zuidpaleis, Brussel',
			online_url: 'https://example.org/live'
		});
		expect((await eventDetails(t.db, [created.entryId])).get(created.entryId)).toMatchObject({
			place: 'Zuidpaleis, Brussel',
			time_zone: 'Europe/Brussels'
		});
		const after = await entryForEditing(t.db, 'wsm', created.entryId);
		expect(after).toMatchObject({ version: 2, image_id: picture, event: { starts_at: startsAt } });

		// Back to no picture, with the version just saved.
		expect(
			await saveEntryDetails(t.db, {
				siteId: 'wsm',
				entryId: created.entryId,
				expectedVersion: 2,
				imageId: null,
				videoUrl: null,
				userId: users.ana
			})
		).toEqual({ kind: 'saved', version: 3 });
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.image_id).toBeNull();
	});

	test('a save of entry details based on an old version is a conflict and writes nothing', async () => {
		const created = await create({
			type: 'vacancy',
			title: 'Boekhouder',
			vacancy: { closesOn: '2027-02-01', contract: 'Deeltijds', place: 'Gent' }
		});
		const vacancy = { closesOn: '2027-03-15', contract: 'Voltijds', place: 'Brussel' };
		const base = {
			siteId: 'wsm',
			entryId: created.entryId,
			imageId: null,
			videoUrl: null,
			userId: users.ana
		};
		expect(await saveEntryDetails(t.db, { ...base, expectedVersion: 1, vacancy })).toEqual({
			kind: 'saved',
			version: 2
		});
		const stale = await saveEntryDetails(t.db, {
			...base,
			expectedVersion: 1,
			vacancy: { ...vacancy, contract: 'Interim' }
		});
		expect(stale).toMatchObject({ kind: 'conflict', version: 2 });
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.vacancy).toEqual({
			closes_on: '2027-03-15',
			contract: 'Voltijds',
			place: 'Brussel'
		});
	});

	test('entry details refuse what the user can correct and stay inside the site', async () => {
		const created = await create({
			type: 'event',
			title: 'Debat',
			event: {
				startsAt: new Date('2027-04-01T18:00:00Z'),
				endsAt: new Date('2027-04-01T20:00:00Z'),
				place: 'Gent'
			}
		});
		const news = await create({ title: 'Nieuws zonder agenda' });
		const base = {
			siteId: 'wsm',
			entryId: created.entryId,
			expectedVersion: 1,
			imageId: null,
			videoUrl: null,
			userId: users.ana
		};
		const when = { startsAt: new Date('2027-04-02T18:00:00Z'), endsAt: new Date('2027-04-02T20:00:00Z') };
		expect(
			await saveEntryDetails(t.db, {
				...base,
				event: { startsAt: when.endsAt, endsAt: when.startsAt, place: 'Gent' }
			})
		).toEqual({ kind: 'invalid', field: 'endsAt', reason: 'ends-before-start' });
		for (const onlineUrl of ['javascript:alert(1)', 'http://example.org', 'niet een adres'])
			expect(await saveEntryDetails(t.db, { ...base, event: { ...when, place: null, onlineUrl } })).toEqual({
				kind: 'invalid',
				field: 'onlineUrl',
				reason: 'format'
			});
		expect(
			await saveEntryDetails(t.db, { ...base, event: { ...when, place: ' ', onlineUrl: null } })
		).toEqual({
			kind: 'invalid',
			field: 'place',
			reason: 'required'
		});
		// FOS's picture cannot be WSM's; a malformed id is refused the same way.
		const fosPicture = await image('fos', 'fos.jpg');
		for (const imageId of [fosPicture, 'not-a-uuid'])
			expect(await saveEntryDetails(t.db, { ...base, imageId })).toEqual({
				kind: 'invalid',
				field: 'image',
				reason: 'not-a-site-image'
			});
		// Another site's entry is not found, even by its id.
		expect(await saveEntryDetails(t.db, { ...base, siteId: 'fos', userId: users.ben })).toEqual({
			kind: 'not-found'
		});
		expect(await saveEntryDetails(t.db, { ...base, entryId: 'nope' })).toEqual({ kind: 'not-found' });
		// Nothing of the above was written.
		expect(await entryForEditing(t.db, 'wsm', created.entryId)).toMatchObject({
			version: 1,
			image_id: null,
			event: { place: 'Gent' }
		});
		// Event details of a news item are not written: it has no agenda entry.
		expect(
			await saveEntryDetails(t.db, { ...base, entryId: news.entryId, event: { ...when, place: 'Gent' } })
		).toEqual({ kind: 'saved', version: 2 });
		expect((await entryForEditing(t.db, 'wsm', news.entryId))?.event).toBeNull();
	});

	test('an entry’s film is stored with its details, reaches the public translation, and is cleared', async () => {
		const created = await create({ type: 'page', section: 'about', title: 'Wie we zijn' });
		saved(await edit(created.entryId, 'nl', { status: 'published' }));
		const film = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
		const base = { siteId: 'wsm', entryId: created.entryId, imageId: null, userId: users.ana };
		const published = () => publishedTranslation(t.db, wsm, 'nl', { entryId: created.entryId });
		// None until an editor sets one.
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.video_url).toBeNull();
		expect((await published())?.video_url).toBeNull();

		expect(await saveEntryDetails(t.db, { ...base, expectedVersion: 1, videoUrl: film })).toEqual({
			kind: 'saved',
			version: 2
		});
		expect(await entryForEditing(t.db, 'wsm', created.entryId)).toMatchObject({
			version: 2,
			video_url: film
		});
		expect((await published())?.video_url).toBe(film);
		const translationId = (await published())!.id;
		expect((await previewTranslation(t.db, 'wsm', translationId))?.video_url).toBe(film);

		// Longer than the column takes: refused at its field, nothing written; the database
		// refuses it as well.
		expect(
			await saveEntryDetails(t.db, { ...base, expectedVersion: 2, videoUrl: `${film}&x=${'a'.repeat(500)}` })
		).toEqual({ kind: 'invalid', field: 'video', reason: 'too-long' });
		await expect(
			withDbErrors(() =>
				t.db
					.updateTable('entries')
					.set({ video_url: `https://vimeo.com/${'1'.repeat(500)}` })
					.where('id', '=', created.entryId)
					.execute()
			)
		).rejects.toBeInstanceOf(InvalidValue);
		expect((await published())?.video_url).toBe(film);

		// Cleared: the page shows no film again.
		expect(await saveEntryDetails(t.db, { ...base, expectedVersion: 2, videoUrl: null })).toEqual({
			kind: 'saved',
			version: 3
		});
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.video_url).toBeNull();
		expect((await published())?.video_url).toBeNull();
	});
});
