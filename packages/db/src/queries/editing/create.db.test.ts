import { describe, expect, inject, test } from 'vitest';
import { createEntry } from './create.ts';
import { entryForEditing, previewTranslation } from './entry.ts';
import { editingDatabase } from './fixture.ts';
import { siteEntries } from './list.ts';
import { restoreRevision, revisions } from './revisions.ts';
import { saveTranslation } from './save.ts';

describe.each(inject('databases'))('editing: creating entries on $name', ({ adminUrl }) => {
	const { t, users, create, revisionCount, row } = editingDatabase(adminUrl);

	test('a new entry is a draft in its source locale with a slug from its title and a first revision', async () => {
		const now = new Date();
		const created = await create({ title: "L'économie sociale à Liège", now });
		const stored = await row(created.translation.id);
		expect(stored).toMatchObject({
			entry_id: created.entryId,
			site_id: 'wsm',
			locale: 'nl',
			slug: 'l-economie-sociale-a-liege',
			title: "L'économie sociale à Liège",
			status: 'draft',
			published_at: null,
			version: 1,
			updated_by: users.ana
		});
		expect(stored.source_updated_at).toEqual(now);
		const history = await revisions(t.db, 'wsm', created.translation.id);
		expect(history).toHaveLength(1);
		expect(history[0]).toMatchObject({
			version: 1,
			status: 'draft',
			created_by_name: 'Ana',
			restored_from: null
		});
	});

	test('createEntry refuses what the user can correct, and leaves no entry behind', async () => {
		const before = (await t.db.selectFrom('entries').select('id').execute()).length;
		const base = { siteId: 'wsm', sourceLocale: 'nl' as const, title: 'X', userId: users.ana };
		expect(await createEntry(t.db, { ...base, type: 'page' })).toEqual({
			kind: 'invalid',
			field: 'section',
			reason: 'required'
		});
		expect(await createEntry(t.db, { ...base, type: 'news', title: '  ' })).toMatchObject({ field: 'title' });
		expect(await createEntry(t.db, { ...base, type: 'news', slug: 'Niet Goed' })).toMatchObject({
			field: 'slug'
		});
		// FOS has no Spanish: the translation check fails after the entry row was written, and rolls it back.
		expect(await createEntry(t.db, { ...base, siteId: 'fos', type: 'news', sourceLocale: 'es' })).toEqual({
			kind: 'invalid',
			field: 'locale',
			reason: 'not-a-site-locale'
		});
		expect(await createEntry(t.db, { ...base, siteId: 'nope', type: 'news' })).toEqual({ kind: 'not-found' });
		expect((await t.db.selectFrom('entries').select('id').execute()).length).toBe(before);
	});

	test('events and vacancies are created with their details, shown by entryForEditing', async () => {
		const startsAt = new Date('2027-03-08T09:00:00Z');
		const event = await create({
			type: 'event',
			title: 'Vrouwendag',
			event: { startsAt, endsAt: new Date('2027-03-08T17:00:00Z'), place: 'Brussel' }
		});
		const vacancy = await create({
			type: 'vacancy',
			title: 'Projectmedewerker',
			vacancy: { closesOn: '2027-01-31', contract: 'Voltijds', place: 'Brussel' }
		});
		expect((await entryForEditing(t.db, 'wsm', event.entryId))?.event).toMatchObject({
			starts_at: startsAt,
			place: 'Brussel',
			time_zone: 'Europe/Brussels'
		});
		expect((await entryForEditing(t.db, 'wsm', vacancy.entryId))?.vacancy).toEqual({
			closes_on: '2027-01-31',
			contract: 'Voltijds',
			place: 'Brussel'
		});
		const page = await create({ type: 'page', section: 'about', title: 'Over ons' });
		expect((await entryForEditing(t.db, 'wsm', page.entryId))?.section).toBe('about');
	});

	test('an editor of FOS can neither read nor change a WSM entry, even knowing its ids', async () => {
		const secret = await create({ title: 'Geheim WSM-ontwerp', body: 'Nog niet publiek.' });
		const translationId = secret.translation.id;
		const fos = { siteId: 'fos', userId: users.ben } as const;

		expect(await entryForEditing(t.db, 'fos', secret.entryId)).toBeUndefined();
		expect((await siteEntries(t.db, 'fos')).map((e) => e.id)).not.toContain(secret.entryId);
		expect(await revisions(t.db, 'fos', translationId)).toEqual([]);
		expect(await previewTranslation(t.db, 'fos', translationId)).toBeUndefined();
		const [revision] = await revisions(t.db, 'wsm', translationId);

		const attempts = await Promise.all([
			saveTranslation(t.db, {
				...fos,
				entryId: secret.entryId,
				locale: 'nl',
				expectedVersion: 1,
				title: 'Overgenomen',
				summary: '',
				body: 'Gekaapt',
				status: 'published'
			}),
			// A new French translation on an entry of the other site.
			saveTranslation(t.db, {
				...fos,
				entryId: secret.entryId,
				locale: 'fr',
				expectedVersion: 0,
				title: 'Volé',
				summary: '',
				body: '',
				status: 'published'
			}),
			restoreRevision(t.db, { ...fos, revisionId: revision!.id, expectedVersion: 1 })
		]);
		expect(attempts).toEqual([{ kind: 'not-found' }, { kind: 'not-found' }, { kind: 'not-found' }]);

		const stored = await row(translationId);
		expect(stored).toMatchObject({
			title: 'Geheim WSM-ontwerp',
			body: 'Nog niet publiek.',
			status: 'draft',
			version: 1
		});
		expect(await revisionCount(translationId)).toBe(1);
		const locales = await t.db
			.selectFrom('entry_translations')
			.select('locale')
			.where('entry_id', '=', secret.entryId)
			.execute();
		expect(locales).toEqual([{ locale: 'nl' }]);
		// Malformed ids are "not found" too, not SQL errors.
		expect(await entryForEditing(t.db, 'wsm', 'not-a-uuid')).toBeUndefined();
		expect(await previewTranslation(t.db, 'wsm', "1' or '1'='1")).toBeUndefined();
		expect(
			await restoreRevision(t.db, { siteId: 'wsm', revisionId: 'x', expectedVersion: 1, userId: users.ana })
		).toEqual({
			kind: 'not-found'
		});
	});
});
