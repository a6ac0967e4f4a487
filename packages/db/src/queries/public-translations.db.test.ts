// The public texts of a site (`publicTranslations`): what the sitemap lists, and the pages the
// intranet's content checks count as existing when a text links to one.
import { describe, expect, inject, test } from 'vitest';
import { editingDatabase, minute, saved } from './editing/fixture.ts';
import { publicTranslations } from './listings.ts';

describe.each(inject('databases'))('the public texts of a site on $name', ({ adminUrl }) => {
	const { t, create, edit } = editingDatabase(adminUrl);

	test('published and past-scheduled texts only, with what makes their path; drafts, later times and other sites are left out', async () => {
		const t0 = new Date();
		const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);
		const news = await create({ title: 'Vakbonden in Benin', now: at(-10) });
		saved(await edit(news.entryId, 'nl', { status: 'published', now: at(-9) }));
		saved(await edit(news.entryId, 'fr', { title: 'Syndicats au Bénin', status: 'draft', now: at(-9) }));
		const page = await create({ title: 'Strategieën', type: 'page', section: 'about', now: at(-10) });
		saved(await edit(page.entryId, 'nl', { status: 'published', now: at(-8) }));
		saved(
			await edit(page.entryId, 'es', {
				title: 'Estrategias',
				status: 'scheduled',
				publishAt: at(30),
				now: at(-8)
			})
		);
		const draft = await create({ title: 'Nog niet klaar', now: at(-10) });
		const fos = await create({ title: 'FOS-nieuws', siteId: 'fos', now: at(-10) });
		// Published on FOS, the other site.
		await t.db
			.updateTable('entry_translations')
			.set({ status: 'published', published_at: at(-5) })
			.where('entry_id', '=', fos.entryId)
			.execute();

		const rows = await publicTranslations(t.db, 'wsm', t0);
		const ours = rows.filter((row) => [news.entryId, page.entryId, draft.entryId].includes(row.entry_id));
		expect(
			ours.map(({ entry_id, type, section, locale, slug }) => ({ entry_id, type, section, locale, slug }))
		).toEqual(
			expect.arrayContaining([
				{ entry_id: news.entryId, type: 'news', section: null, locale: 'nl', slug: 'vakbonden-in-benin' },
				{ entry_id: page.entryId, type: 'page', section: 'about', locale: 'nl', slug: 'strategieen' }
			])
		);
		expect(ours).toHaveLength(2);
		expect(rows.some((row) => row.entry_id === fos.entryId)).toBe(false);
		// Once its time has come, the scheduled Spanish text is public too.
		const later = await publicTranslations(t.db, 'wsm', at(31));
		expect(later.some((row) => row.entry_id === page.entryId && row.locale === 'es')).toBe(true);
	});
});
