import { describe, expect, inject, test } from 'vitest';
import { entryForEditing } from './entry.ts';
import { editingDatabase, minute, saved } from './fixture.ts';
import { siteEntries } from './list.ts';

describe.each(inject('databases'))(
	'editing: the editor list and outdated translations on $name',
	({ adminUrl }) => {
		const { t, create, edit, row } = editingDatabase(adminUrl);

		describe('outdated translations', () => {
			test('a translation is outdated once the source text changes after it was saved, not on a status change', async () => {
				const t0 = new Date();
				const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);
				const a = await create({ title: 'Bron', body: 'Brontekst.', now: t0 });
				saved(await edit(a.entryId, 'fr', { title: 'Source', body: 'Texte source.', now: at(1) }));
				saved(await edit(a.entryId, 'en', { title: 'Source', body: 'Source text.', now: at(1) }));
				const flags = async () => {
					const list = await siteEntries(t.db, 'wsm', { query: 'Bron' });
					const entry = list.find((e) => e.id === a.entryId);
					return Object.fromEntries(
						(entry?.locales ?? []).map((l) => [l.locale, l.exists ? l.outdated : 'missing'])
					);
				};
				expect(await flags()).toEqual({ nl: false, fr: false, en: false, es: 'missing' });

				// Publishing the source does not change its text.
				saved(await edit(a.entryId, 'nl', { status: 'published', now: at(2) }));
				expect(await flags()).toEqual({ nl: false, fr: false, en: false, es: 'missing' });

				saved(await edit(a.entryId, 'nl', { body: 'Brontekst, herschreven.', now: at(3) }));
				expect(await flags()).toEqual({ nl: false, fr: true, en: true, es: 'missing' });
				const editing = await entryForEditing(t.db, 'wsm', a.entryId);
				expect(editing?.translations.fr?.outdated).toBe(true);
				expect(editing?.translations.nl?.outdated).toBe(false);

				// Updating the French text brings it up to date; a status-only save of English does not,
				// unless the translator says it is.
				saved(await edit(a.entryId, 'fr', { body: 'Texte source, réécrit.', now: at(4) }));
				saved(await edit(a.entryId, 'en', { status: 'published', now: at(4) }));
				expect(await flags()).toEqual({ nl: false, fr: false, en: true, es: 'missing' });
				const checked = saved(await edit(a.entryId, 'en', { markUpToDate: true, now: at(5) }));
				expect(checked.outdated).toBe(false);
				expect(await flags()).toEqual({ nl: false, fr: false, en: false, es: 'missing' });
				// The stored stamp is the source's text time, not the save time.
				expect((await row(checked.id)).source_updated_at).toEqual(at(3));
			});

			test('content without history (as seeded) is not outdated until its source is edited', async () => {
				const { id } = await t.db
					.insertInto('entries')
					.values({ site_id: 'wsm', type: 'news', source_locale: 'nl' })
					.returning('id')
					.executeTakeFirstOrThrow();
				const values = {
					entry_id: id,
					site_id: 'wsm',
					entry_type: 'news' as const,
					status: 'draft' as const
				};
				await t.db
					.insertInto('entry_translations')
					.values([
						{ ...values, locale: 'nl', slug: 'geimporteerd', title: 'Geïmporteerd' },
						{ ...values, locale: 'fr', slug: 'importe', title: 'Importé' }
					])
					.execute();
				expect((await entryForEditing(t.db, 'wsm', id))?.translations.fr?.outdated).toBe(false);
				saved(await edit(id, 'nl', { body: 'Nieuw.' }));
				expect((await entryForEditing(t.db, 'wsm', id))?.translations.fr?.outdated).toBe(true);
			});
		});

		test('the editor list filters by type, status and text, with a state per site locale', async () => {
			const a = await create({ type: 'campaign', section: 'getInvolved', title: 'Campagne 100% solidair' });
			const b = await create({ type: 'campaign', section: 'getInvolved', title: 'Campagne zonder procent' });
			saved(await edit(b.entryId, 'nl', { status: 'published' }));

			const campaigns = await siteEntries(t.db, 'wsm', { type: 'campaign' });
			expect(campaigns.map((e) => e.id).sort()).toEqual([a.entryId, b.entryId].sort());
			// Most recently saved first.
			expect(campaigns[0]?.id).toBe(b.entryId);
			expect(campaigns[0]?.locales.map((l) => l.locale)).toEqual(['nl', 'fr', 'en', 'es']);
			expect(campaigns[0]?.locales[0]).toMatchObject({
				exists: true,
				status: 'published',
				version: 2,
				outdated: false
			});

			const published = await siteEntries(t.db, 'wsm', { type: 'campaign', state: 'published' });
			expect(published.map((e) => e.id)).toEqual([b.entryId]);
			// `%` is searched for literally.
			const found = await siteEntries(t.db, 'wsm', { query: '100%' });
			expect(found.map((e) => e.id)).toEqual([a.entryId]);
			expect(await siteEntries(t.db, 'wsm', { query: '_' })).toEqual([]);
			expect(await siteEntries(t.db, 'nope')).toEqual([]);
		});
	}
);
