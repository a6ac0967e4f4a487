import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
	createTestDatabase,
	createTestSite,
	createTestUser,
	expectPagedList,
	type ReadPage,
	type TestDatabase
} from '../testing.ts';
import { createEntry, siteEntries, siteEntriesPage, type SiteEntriesFilter } from './editing/index.ts';

describe.each(inject('databases'))(
	'the editors’ list of entries a page at a time on $name',
	({ adminUrl }) => {
		let t: TestDatabase;
		// Twelve entries last saved at the same moment: only their ids order them.
		const tied: string[] = [];
		const moment = new Date('2026-06-01T10:00:00Z');

		beforeAll(async () => {
			t = await createTestDatabase(adminUrl);
			await createTestSite(t.db, ['nl', 'fr']);
			await createTestSite(t.db, ['nl'], 'fos');
			const userId = await createTestUser(t.db, 'ana@wsm.example', 'Ana');
			const create = async (siteId: string, title: string, type: 'news' | 'page' = 'news') => {
				const result = await createEntry(t.db, {
					siteId,
					type,
					section: type === 'page' ? 'about' : null,
					sourceLocale: 'nl',
					title,
					userId
				});
				if (result.kind !== 'created') throw new Error(`not created: ${result.kind}`);
				return result;
			};
			// 31 of WSM: every third a page, every other one's title with "zee" in it, every fifth published.
			for (let i = 0; i < 31; i++) {
				const { entryId, translation } = await create(
					'wsm',
					`${i % 2 === 0 ? 'Zeereis' : 'Bergtocht'} ${String(i).padStart(2, '0')}`,
					i % 3 === 0 ? 'page' : 'news'
				);
				const updatedAt = i < 12 ? moment : new Date(moment.getTime() - (i + 1) * 60_000);
				if (i < 12) tied.push(entryId);
				await t.db
					.updateTable('entry_translations')
					.set({
						updated_at: updatedAt,
						...(i % 5 === 0 ? { status: 'published', published_at: updatedAt } : {})
					})
					.where('id', '=', translation.id)
					.execute();
			}
			// Not WSM's: never on its pages, never counted.
			await create('fos', 'Zeereis van FOS');
		});
		afterAll(() => t?.drop());

		/** WSM's list, filtered, a page at a time. */
		const wsmPages =
			(filter: SiteEntriesFilter): ReadPage =>
			async (paging) => {
				const { total, entries } = await siteEntriesPage(t.db, 'wsm', filter, paging);
				return { total, ids: entries.map((entry) => entry.id) };
			};

		test('pages hold every entry exactly once, most recently saved first then by id, and the count is right', async () => {
			const everyone = (await siteEntries(t.db, 'wsm')).map((entry) => entry.id);
			expect(everyone).toHaveLength(31);
			await expectPagedList(wsmPages({}), everyone, 7);
			// Saved at the same moment: first (the latest save), by id.
			expect(everyone.slice(0, 12)).toEqual([...tied].sort());
			// A page's entries come with their languages' states, as the whole list's do.
			const [first] = (await siteEntriesPage(t.db, 'wsm', {}, { limit: 1 })).entries;
			expect(first?.locales.map((state) => [state.locale, state.exists])).toEqual([
				['nl', true],
				['fr', false]
			]);
		});

		test('the filters are paged the same way: only what matches, counted', async () => {
			for (const filter of [
				{ query: 'zee' },
				{ type: 'page' },
				{ state: 'published' },
				{ query: 'zee', type: 'news', state: 'published' }
			] satisfies SiteEntriesFilter[]) {
				const matching = (await siteEntries(t.db, 'wsm', filter)).map((entry) => entry.id);
				await expectPagedList(wsmPages(filter), matching, 4, JSON.stringify(filter));
			}
			// 00, 02 … 30: sixteen with "zee", not FOS's; pages 0, 3 … 30: eleven; 0, 5 … 30: seven
			// published; of those, news with "zee": 10 and 20.
			expect((await siteEntriesPage(t.db, 'wsm', { query: 'zee' }, { limit: 4 })).total).toBe(16);
			expect((await siteEntriesPage(t.db, 'wsm', { type: 'page' }, { limit: 4 })).total).toBe(11);
			expect((await siteEntriesPage(t.db, 'wsm', { state: 'published' }, { limit: 4 })).total).toBe(7);
			expect(
				await siteEntriesPage(t.db, 'wsm', { query: 'zee', type: 'news', state: 'published' }, { limit: 4 })
			).toMatchObject({ total: 2, entries: [{ title: 'Zeereis 10' }, { title: 'Zeereis 20' }] });
			expect(await siteEntriesPage(t.db, 'wsm', { query: 'nergens' }, { limit: 4 })).toEqual({
				total: 0,
				entries: []
			});
			expect(await siteEntriesPage(t.db, 'nope', {}, { limit: 4 })).toEqual({ total: 0, entries: [] });
		});
	}
);
