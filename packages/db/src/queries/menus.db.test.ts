import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, createTestSite, createTestUser, type TestDatabase } from '../testing.ts';
import { menuPageChoices, replaceMenu, resetMenu, siteMenus } from './menus.ts';

describe.each(inject('databases'))('site menus on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let userId = '';
	let pageId = '';
	let fosPageId = '';
	const live = new Date('2026-11-01T09:00:00Z');

	async function page(siteId: string, title: string, locales: Array<'nl' | 'fr'>): Promise<string> {
		const { id } = await t.db
			.insertInto('entries')
			.values({ site_id: siteId, type: 'page', section: 'about', source_locale: 'nl' })
			.returning('id')
			.executeTakeFirstOrThrow();
		for (const locale of locales) {
			await t.db
				.insertInto('entry_translations')
				.values({
					entry_id: id,
					site_id: siteId,
					entry_type: 'page',
					locale,
					slug: `${title.toLowerCase()}-${locale}`,
					title: `${title} (${locale})`,
					status: 'published',
					published_at: live
				})
				.execute();
		}
		return id;
	}

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db, ['nl', 'fr']);
		await createTestSite(t.db, ['nl', 'fr'], 'fos');
		userId = await createTestUser(t.db, 'editor@wsm.test', 'Editor');
		pageId = await page('wsm', 'Strategieen', ['nl']);
		fosPageId = await page('fos', 'Wie', ['nl']);
	});
	afterAll(() => t?.drop());

	test('nothing saved: no menus, so the site shows its defaults', async () => {
		expect(await siteMenus(t.db, 'wsm', 'nl')).toEqual({});
	});

	test('a saved menu comes back in order, its pages with their live text in the language', async () => {
		const saved = await replaceMenu(t.db, {
			siteId: 'wsm',
			locale: 'nl',
			kind: 'utility',
			userId,
			items: [
				{ target: { kind: 'section', section: 'vacancies' }, label: null },
				{ target: { kind: 'entry', entryId: pageId }, label: 'Onze strategie' },
				{ target: { kind: 'path', path: '/nl/nieuws?tag=x' }, label: 'Nieuws' }
			]
		});
		expect(saved).toBe('saved');
		const menus = await siteMenus(t.db, 'wsm', 'nl');
		expect(Object.keys(menus)).toEqual(['utility']);
		expect(menus.utility).toEqual([
			{ target: { kind: 'section', section: 'vacancies' }, label: null, page: undefined },
			{
				target: { kind: 'entry', entryId: pageId },
				label: 'Onze strategie',
				page: { type: 'page', section: 'about', slug: 'strategieen-nl', title: 'Strategieen (nl)' }
			},
			{ target: { kind: 'path', path: '/nl/nieuws?tag=x' }, label: 'Nieuws', page: undefined }
		]);
		// Another language is another menu.
		expect(await siteMenus(t.db, 'wsm', 'fr')).toEqual({});
	});

	test('saving again replaces the whole menu; an empty menu is saved as empty, not as the default', async () => {
		await replaceMenu(t.db, {
			siteId: 'wsm',
			locale: 'fr',
			kind: 'footer',
			userId,
			items: [
				{ target: { kind: 'section', section: 'contact' }, label: null },
				{ target: { kind: 'entry', entryId: pageId }, label: null }
			]
		});
		// The page has no French text: it stays in the menu, unresolved, and the site leaves it out.
		expect((await siteMenus(t.db, 'wsm', 'fr')).footer?.[1]).toEqual({
			target: { kind: 'entry', entryId: pageId },
			label: null,
			page: undefined
		});
		await replaceMenu(t.db, { siteId: 'wsm', locale: 'fr', kind: 'footer', userId, items: [] });
		expect(await siteMenus(t.db, 'wsm', 'fr')).toEqual({ footer: [] });
		expect(await resetMenu(t.db, 'wsm', 'fr', 'footer')).toBe(true);
		expect(await siteMenus(t.db, 'wsm', 'fr')).toEqual({});
	});

	test("another site's page is refused and nothing changes; the caller's audit runs in the same transaction", async () => {
		const before = await siteMenus(t.db, 'wsm', 'nl');
		const refused = await replaceMenu(t.db, {
			siteId: 'wsm',
			locale: 'nl',
			kind: 'utility',
			userId,
			items: [{ target: { kind: 'entry', entryId: fosPageId }, label: null }]
		});
		expect(refused).toBe('unknown_entry');
		expect(await siteMenus(t.db, 'wsm', 'nl')).toEqual(before);

		// A failing audit rolls the menu back with it.
		await expect(
			replaceMenu(t.db, { siteId: 'wsm', locale: 'nl', kind: 'utility', userId, items: [] }, async () => {
				throw new Error('audit failed');
			})
		).rejects.toThrow('audit failed');
		expect(await siteMenus(t.db, 'wsm', 'nl')).toEqual(before);
	});

	test('the database itself refuses an item off the site or with two targets', async () => {
		const item = { site_id: 'wsm', locale: 'nl' as const, kind: 'utility' as const, label: null };
		await expect(
			t.db
				.insertInto('site_menu_items')
				.values({ ...item, position: 7, section: null, entry_id: null, path: '//evil.example' })
				.execute()
		).rejects.toThrow();
		await expect(
			t.db
				.insertInto('site_menu_items')
				.values({ ...item, position: 8, section: 'news', entry_id: null, path: '/nl' })
				.execute()
		).rejects.toThrow();
	});

	test('a deleted page leaves the menus it was in', async () => {
		await t.db.deleteFrom('entries').where('id', '=', pageId).execute();
		const items = (await siteMenus(t.db, 'wsm', 'nl')).utility ?? [];
		expect(items.map((item) => item.target.kind)).toEqual(['section', 'path']);
		const count = await sql<{
			n: string;
		}>`select count(*) as n from site_menu_items where entry_id is not null`.execute(t.db);
		expect(Number(count.rows[0]?.n)).toBe(0);
	});

	test('the pages to choose from are the site’s own, titled in the language or their source', async () => {
		const choices = await menuPageChoices(t.db, 'fos', 'fr');
		expect(choices).toEqual([{ id: fosPageId, title: 'Wie (nl)', section: 'about' }]);
	});
});
