import { describe, expect, inject, test } from 'vitest';
import { editingDatabase, minute, saved } from './fixture.ts';
import { sourceChanges } from './source-changes.ts';

describe.each(inject('databases'))('editing: what changed in the source on $name', ({ adminUrl }) => {
	const { t, users, create, edit } = editingDatabase(adminUrl);
	const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, minutes));

	test('edited twice since the translation: from is the text translated from, to the text now', async () => {
		const a = await create({
			title: 'Leefbaar loon',
			summary: 'Kort.',
			body: 'Een loon om van te leven.',
			now: at(0)
		});
		const fr = saved(
			await edit(a.entryId, 'fr', {
				title: 'Salaire vital',
				summary: 'Bref.',
				body: 'Un salaire pour vivre.',
				now: at(1)
			})
		);
		// Up to date: nothing to show.
		expect(await sourceChanges(t.db, 'wsm', fr.id)).toBeUndefined();

		saved(await edit(a.entryId, 'nl', { body: 'Een loon om waardig van te leven.', now: at(2) }));
		// A status-only save of the source moves nothing.
		saved(await edit(a.entryId, 'nl', { status: 'published', now: at(3) }));
		saved(
			await edit(a.entryId, 'nl', {
				title: 'Een leefbaar loon',
				body: 'Een loon om waardig van te leven. Overal.',
				userId: users.ben,
				now: at(4)
			})
		);

		const changes = await sourceChanges(t.db, 'wsm', fr.id);
		expect(changes).toEqual({
			since: at(4),
			by: 'Ben',
			from: { title: 'Leefbaar loon', summary: 'Kort.', body: 'Een loon om van te leven.', version: 1 },
			to: {
				title: 'Een leefbaar loon',
				summary: 'Kort.',
				body: 'Een loon om waardig van te leven. Overal.',
				version: 4
			}
		});
		// The source itself is never outdated; another site's translation is not found.
		expect(await sourceChanges(t.db, 'wsm', a.translation.id)).toBeUndefined();
		expect(await sourceChanges(t.db, 'fos', fr.id)).toBeUndefined();
		expect(await sourceChanges(t.db, 'wsm', 'not-an-id')).toBeUndefined();

		// Marked up to date: the new source version is recorded, nothing to show any more.
		saved(await edit(a.entryId, 'fr', { markUpToDate: true, now: at(5) }));
		expect(await sourceChanges(t.db, 'wsm', fr.id)).toBeUndefined();

		// The next change is measured from the version marked up to date.
		saved(await edit(a.entryId, 'nl', { summary: 'Korter.', now: at(6) }));
		expect(await sourceChanges(t.db, 'wsm', fr.id)).toMatchObject({
			since: at(6),
			by: 'Ana',
			from: { summary: 'Kort.', title: 'Een leefbaar loon', version: 4 },
			to: { summary: 'Korter.', version: 5 }
		});
	});

	test('content without a stamp (as seeded): outdated once its source changes, from unknown', async () => {
		const now = new Date(Date.now() - 10 * minute);
		const a = await create({ title: 'Zaaigoed', body: 'Oud.', now });
		const fr = saved(await edit(a.entryId, 'fr', { title: 'Semences', body: 'Ancien.', now }));
		await t.db
			.updateTable('entry_translations')
			.set({ source_updated_at: null })
			.where('entry_id', '=', a.entryId)
			.execute();
		expect(await sourceChanges(t.db, 'wsm', fr.id)).toBeUndefined();

		saved(await edit(a.entryId, 'nl', { body: 'Nieuw.' }));
		const changes = await sourceChanges(t.db, 'wsm', fr.id);
		expect(changes).toMatchObject({
			by: 'Ana',
			from: null,
			to: { title: 'Zaaigoed', body: 'Nieuw.', version: 2 }
		});
		expect(changes?.since.getTime()).toBeGreaterThan(now.getTime());
	});
});
