import { describe, expect, inject, test } from 'vitest';
import { publishedTranslation } from '../content.ts';
import { redirectedSlug } from '../listings.ts';
import { createEntry } from './create.ts';
import { entryBodyMaxLength } from '../../input/entries.ts';
import { editingDatabase, saved, wsm } from './fixture.ts';

describe.each(inject('databases'))('editing: slugs and redirects on $name', ({ adminUrl }) => {
	const { t, users, create, edit, row } = editingDatabase(adminUrl);

	describe('slugs', () => {
		test('generated slugs are unique per site and locale: -2, -3; other locales and sites are separate', async () => {
			const a = await create({ title: 'Sociale bescherming in Bolivia' });
			const b = await create({ title: 'Sociale bescherming in Bolivia!' });
			const c = await create({ title: 'Sociale bescherming, in Bolivia' });
			expect([a, b, c].map((x) => x.translation.slug)).toEqual([
				'sociale-bescherming-in-bolivia',
				'sociale-bescherming-in-bolivia-2',
				'sociale-bescherming-in-bolivia-3'
			]);
			const french = saved(await edit(a.entryId, 'fr', { title: 'Sociale bescherming in Bolivia' }));
			expect(french.slug).toBe('sociale-bescherming-in-bolivia');
			const fos = await createEntry(t.db, {
				siteId: 'fos',
				type: 'news',
				sourceLocale: 'nl',
				title: 'Sociale bescherming in Bolivia',
				userId: users.ben
			});
			expect(fos).toMatchObject({ kind: 'created', translation: { slug: 'sociale-bescherming-in-bolivia' } });
		});

		test('a slug the user gives that another entry has is "slug taken", and nothing changes', async () => {
			const a = await create({ title: 'Vakbondsrechten' });
			const b = await create({ title: 'Andere titel' });
			const result = await edit(b.entryId, 'nl', { slug: 'vakbondsrechten', title: 'Nieuwe titel' });
			expect(result).toEqual({ kind: 'slug-taken', slug: 'vakbondsrechten' });
			expect(await row(b.translation.id)).toMatchObject({
				slug: 'andere-titel',
				title: 'Andere titel',
				version: 1
			});
			expect(
				await createEntry(t.db, {
					siteId: 'wsm',
					type: 'news',
					sourceLocale: 'nl',
					title: 'X',
					slug: 'vakbondsrechten',
					userId: users.ana
				})
			).toEqual({
				kind: 'slug-taken',
				slug: 'vakbondsrechten'
			});
			// Keeping its own slug is no clash; a malformed slug is refused before the database sees it.
			expect((await edit(a.entryId, 'nl', { slug: 'vakbondsrechten' })).kind).toBe('saved');
			expect(await edit(a.entryId, 'nl', { slug: 'Vakbonds rechten' })).toEqual({
				kind: 'invalid',
				field: 'slug',
				reason: 'format'
			});
		});

		test('a body longer than the limit is refused at its field, and nothing changes', async () => {
			const a = await create({ title: 'Lang verslag' });
			expect(await edit(a.entryId, 'nl', { body: 'x'.repeat(entryBodyMaxLength + 1) })).toEqual({
				kind: 'invalid',
				field: 'body',
				reason: 'too-long'
			});
			saved(await edit(a.entryId, 'nl', { body: 'x'.repeat(entryBodyMaxLength) }));
		});

		test('an existing translation keeps its slug when the title changes', async () => {
			const a = await create({ title: 'Oude titel' });
			const after = saved(await edit(a.entryId, 'nl', { title: 'Nieuwe titel' }));
			expect(after.slug).toBe('oude-titel');
		});

		test('renaming a published slug keeps the old URL as a redirect; A → B → A and A → B → C', async () => {
			const now = new Date();
			const a = await create({ title: 'Eerste naam', now });
			const id = a.translation.id;
			saved(await edit(a.entryId, 'nl', { status: 'published', now }));
			saved(await edit(a.entryId, 'nl', { slug: 'tweede-naam', now }));
			expect(await redirectedSlug(t.db, 'wsm', 'nl', 'eerste-naam')).toEqual({
				slug: 'tweede-naam',
				type: 'news'
			});

			// Back to the first name: it must not redirect to itself, and the second name now redirects.
			saved(await edit(a.entryId, 'nl', { slug: 'eerste-naam', now }));
			const redirects = () =>
				t.db
					.selectFrom('slug_redirects')
					.select('old_slug')
					.where('translation_id', '=', id)
					.orderBy('old_slug')
					.execute();
			expect(await redirects()).toEqual([{ old_slug: 'tweede-naam' }]);
			expect(await redirectedSlug(t.db, 'wsm', 'nl', 'tweede-naam')).toEqual({
				slug: 'eerste-naam',
				type: 'news'
			});
			expect(await publishedTranslation(t.db, wsm, 'nl', { slug: 'eerste-naam' })).toMatchObject({ id });

			// A third name: both old names lead straight to it, no chain.
			saved(await edit(a.entryId, 'nl', { slug: 'derde-naam', now }));
			expect(await redirects()).toEqual([{ old_slug: 'eerste-naam' }, { old_slug: 'tweede-naam' }]);
			for (const old of ['eerste-naam', 'tweede-naam'])
				expect(await redirectedSlug(t.db, 'wsm', 'nl', old)).toEqual({ slug: 'derde-naam', type: 'news' });

			// A new entry with that first title does not take over the old URL.
			const newcomer = await create({ title: 'Eerste naam' });
			expect(newcomer.translation.slug).toBe('eerste-naam-2');
			// Nor when its editor asks for that address by name: it still leads to the renamed text.
			expect(await edit(newcomer.entryId, 'nl', { slug: 'tweede-naam', now })).toEqual({
				kind: 'slug-taken',
				slug: 'tweede-naam'
			});
			expect(await redirectedSlug(t.db, 'wsm', 'nl', 'tweede-naam')).toEqual({
				slug: 'derde-naam',
				type: 'news'
			});
		});

		test('renaming a draft that never went live leaves no redirect', async () => {
			const a = await create({ title: 'Klad' });
			saved(await edit(a.entryId, 'nl', { slug: 'klad-twee' }));
			const redirects = await t.db
				.selectFrom('slug_redirects')
				.select('old_slug')
				.where('translation_id', '=', a.translation.id)
				.execute();
			expect(redirects).toEqual([]);
		});
	});
});
