import { describe, expect, inject, test } from 'vitest';
import { autosavesOf, autosaveTranslation, discardAutosave } from './autosave.ts';
import { editingDatabase, saved } from './fixture.ts';

describe.each(inject('databases'))('editing: autosave on $name', ({ adminUrl }) => {
	const { t, users, create, edit, row } = editingDatabase(adminUrl);

	test('an autosave of a published text stores beside it: the live text, its version and revisions stay', async () => {
		const a = await create({ title: 'Live', body: 'Wat online staat.' });
		const live = saved(await edit(a.entryId, 'nl', { status: 'published' }));
		const before = await row(live.id);
		const at = new Date('2026-12-07T09:42:00Z');
		const text = { title: 'Live, herzien', summary: '', body: 'Nog bezig…' };
		const result = await autosaveTranslation(t.db, {
			siteId: 'wsm',
			entryId: a.entryId,
			locale: 'nl',
			userId: users.ana,
			expectedVersion: live.version,
			...text,
			now: at
		});
		expect(result).toEqual({ kind: 'saved', savedAt: at });
		expect(await row(live.id)).toEqual(before);
		expect(await autosavesOf(t.db, 'wsm', a.entryId, users.ana)).toEqual([
			{ locale: 'nl', base_version: live.version, ...text, saved_at: at }
		]);
		// Each person their own: Ben has none.
		expect(await autosavesOf(t.db, 'wsm', a.entryId, users.ben)).toEqual([]);

		// A later autosave replaces the earlier one; a language not yet added counts on version 0.
		await autosaveTranslation(t.db, {
			siteId: 'wsm',
			entryId: a.entryId,
			locale: 'nl',
			userId: users.ana,
			expectedVersion: live.version,
			...text,
			body: 'Bijna klaar.'
		});
		await autosaveTranslation(t.db, {
			siteId: 'wsm',
			entryId: a.entryId,
			locale: 'fr',
			userId: users.ana,
			expectedVersion: 0,
			title: '',
			summary: '',
			body: 'Début'
		});
		const both = await autosavesOf(t.db, 'wsm', a.entryId, users.ana);
		expect(both.map((save) => [save.locale, save.body])).toEqual([
			['fr', 'Début'],
			['nl', 'Bijna klaar.']
		]);

		await discardAutosave(t.db, { siteId: 'wsm', entryId: a.entryId, locale: 'nl', userId: users.ana });
		expect((await autosavesOf(t.db, 'wsm', a.entryId, users.ana)).map((save) => save.locale)).toEqual(['fr']);
	});

	test('an autosave over an outdated version is refused with the newer one; another site finds nothing', async () => {
		const a = await create({ title: 'Gedeeld' });
		const newer = saved(await edit(a.entryId, 'nl', { title: 'Door Ben', userId: users.ben }));
		const stale = await autosaveTranslation(t.db, {
			siteId: 'wsm',
			entryId: a.entryId,
			locale: 'nl',
			userId: users.ana,
			expectedVersion: newer.version - 1,
			title: 'Mijn versie',
			summary: '',
			body: ''
		});
		expect(stale).toMatchObject({ kind: 'conflict', stored: { title: 'Door Ben', version: newer.version } });
		// French was never added: version 0 only.
		expect(
			await autosaveTranslation(t.db, {
				siteId: 'wsm',
				entryId: a.entryId,
				locale: 'fr',
				userId: users.ana,
				expectedVersion: 1,
				title: '',
				summary: '',
				body: ''
			})
		).toMatchObject({ kind: 'conflict', stored: undefined });
		expect(await autosavesOf(t.db, 'wsm', a.entryId, users.ana)).toEqual([]);

		const elsewhere = { entryId: a.entryId, locale: 'nl' as const, userId: users.ben };
		expect(
			await autosaveTranslation(t.db, {
				siteId: 'fos',
				...elsewhere,
				expectedVersion: newer.version,
				title: 'X',
				summary: '',
				body: ''
			})
		).toEqual({ kind: 'not-found' });
		expect(await autosavesOf(t.db, 'fos', a.entryId, users.ben)).toEqual([]);
		await discardAutosave(t.db, { siteId: 'wsm', entryId: 'not-an-id', locale: 'nl', userId: users.ana });
	});
});
