import { beforeAll, describe, expect, inject, test } from 'vitest';
import { editingDatabase, minute, saved } from './fixture.ts';
import { siteEntries, siteEntriesPage, siteEntryAuthors, type SiteEntriesFilter } from './list.ts';

describe.each(inject('databases'))(
	'editing: the entry list’s search, filters and sorts on $name',
	({ adminUrl }) => {
		const { t, users, create, edit } = editingDatabase(adminUrl);
		const t0 = new Date('2026-03-02T09:00:00Z');
		const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);
		// WSM's entries (nl, fr, en, es), saved in this order:
		const ids = { benin: '', about: '', party: '', appeal: '', zebra: '' };

		beforeAll(async () => {
			// All four languages, up to date; a byline; the French title is the only one with "syndicats".
			const benin = await create({
				title: 'Vakbonden in Benin',
				summary: 'Over kokosnootplukkers.',
				body: 'Een geheimwoord in de tekst.',
				authorName: 'Marie Dubois',
				now: at(0)
			});
			saved(await edit(benin.entryId, 'fr', { title: 'Les syndicats au Bénin', now: at(1) }));
			saved(await edit(benin.entryId, 'en', { title: 'Domestic workers organise', now: at(1) }));
			saved(await edit(benin.entryId, 'es', { title: 'Sindicatos en Benín', now: at(1) }));
			// French saved, then the Dutch source rewritten: French outdated; English scheduled.
			const about = await create({ type: 'page', section: 'about', title: 'over ons', now: at(2) });
			saved(await edit(about.entryId, 'fr', { title: 'À propos', now: at(3) }));
			saved(await edit(about.entryId, 'nl', { body: 'Herschreven.', now: at(4) }));
			saved(
				await edit(about.entryId, 'en', {
					title: 'About us',
					status: 'scheduled',
					publishAt: at(24 * 60),
					now: at(5)
				})
			);
			// Dutch only, last saved by Ben; published.
			const party = await create({ type: 'event', title: 'Zomerfeest', now: at(6) });
			saved(await edit(party.entryId, 'nl', { status: 'published', userId: users.ben, now: at(7) }));
			// Titles that differ only in case from the others' order.
			const appeal = await create({ type: 'campaign', section: 'getInvolved', title: 'appel', now: at(8) });
			const zebra = await create({ title: 'Zebra', now: at(9) });
			Object.assign(ids, {
				benin: benin.entryId,
				about: about.entryId,
				party: party.entryId,
				appeal: appeal.entryId,
				zebra: zebra.entryId
			});
			// Another site's entry never shows, nor its byline among the authors.
			await create({ siteId: 'fos', title: 'Syndicats de FOS', authorName: 'Frans van FOS', now: at(10) });
		});

		/** The names (keys of `ids`) of the entries `filter` lists, in its order. */
		const listed = async (filter: SiteEntriesFilter) => {
			const names = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
			return (await siteEntries(t.db, 'wsm', filter)).map((entry) => names.get(entry.id) ?? entry.id);
		};

		test('search: a title word in any language, stemmed in that language; a summary; not the body', async () => {
			expect(await listed({ query: 'syndicats' })).toEqual(['benin']);
			expect(await listed({ query: 'SINDICATOS' })).toEqual(['benin']);
			// "organising" is no substring of "organise": English stemming finds it.
			expect(await listed({ query: 'organising' })).toEqual(['benin']);
			expect(await listed({ query: 'kokosnoot' })).toEqual(['benin']);
			expect(await listed({ query: 'geheimwoord' })).toEqual([]);
			// Part of a slug, and nothing of another site.
			expect(await listed({ query: 'zomerfe' })).toEqual(['party']);
			expect(await listed({ query: 'fos' })).toEqual([]);
		});

		test('language states: missing, each status and outdated, in one language or in any', async () => {
			expect(await listed({ language: 'fr', state: 'missing' })).toEqual(['zebra', 'appeal', 'party']);
			expect(await listed({ language: 'fr', state: 'draft' })).toEqual(['about', 'benin']);
			expect(await listed({ language: 'fr', state: 'outdated' })).toEqual(['about']);
			expect(await listed({ language: 'en', state: 'scheduled' })).toEqual(['about']);
			expect(await listed({ language: 'nl', state: 'published' })).toEqual(['party']);
			expect(await listed({ language: 'es', state: 'published' })).toEqual([]);
			// A language alone: the entries that have it.
			expect(await listed({ language: 'es' })).toEqual(['benin']);
			// A state alone: in at least one of the site's languages.
			expect(await listed({ state: 'missing' })).toEqual(['zebra', 'appeal', 'party', 'about']);
			expect(await listed({ state: 'outdated' })).toEqual(['about']);
			expect(await listed({ state: 'scheduled' })).toEqual(['about']);
			expect(await listed({ state: 'archived' })).toEqual([]);
			// With the other filters.
			expect(await listed({ language: 'fr', state: 'missing', type: 'news' })).toEqual(['zebra']);
		});

		test('author: the byline, or who last saved one of its languages; the names offered', async () => {
			expect(await listed({ author: 'Marie Dubois' })).toEqual(['benin']);
			expect(await listed({ author: 'Ben' })).toEqual(['party']);
			expect(await listed({ author: 'Ana', type: 'event' })).toEqual([]);
			expect(await listed({ author: 'Frans van FOS' })).toEqual([]);
			expect(await siteEntryAuthors(t.db, 'wsm')).toEqual(['Ana', 'Ben', 'Marie Dubois']);
			expect(await siteEntryAuthors(t.db, 'fos')).toEqual(['Ana', 'Frans van FOS']);
			const [party] = await siteEntries(t.db, 'wsm', { query: 'zomerfeest' });
			expect(party).toMatchObject({ last_saved_by: 'Ben', last_saved_at: at(7), author_name: null });
		});

		test('sorts: last change either way, title ignoring case, type in a given order', async () => {
			const byChange = ['zebra', 'appeal', 'party', 'about', 'benin'];
			expect(await listed({})).toEqual(byChange);
			expect(await listed({ sort: 'changed-desc' })).toEqual(byChange);
			expect(await listed({ sort: 'changed-asc' })).toEqual([...byChange].reverse());
			// "appel" before "over ons" before "Vakbonden…" before "Zebra", "Zomerfeest".
			const byTitle = ['appeal', 'about', 'benin', 'zebra', 'party'];
			expect(await listed({ sort: 'title-asc' })).toEqual(byTitle);
			expect(await listed({ sort: 'title-desc' })).toEqual([...byTitle].reverse());
			// The source's title is shown, whatever language matched.
			expect((await siteEntries(t.db, 'wsm', { query: 'syndicats' }))[0]?.title).toBe('Vakbonden in Benin');
			// By type in the order given (a language's alphabet), the latest change first within one type.
			const typeOrder = ['campaign', 'event', 'news', 'page', 'publication', 'vacancy'] as const;
			expect(await listed({ sort: 'type-asc', typeOrder })).toEqual([
				'appeal',
				'party',
				'zebra',
				'benin',
				'about'
			]);
			expect(await listed({ sort: 'type-desc', typeOrder })).toEqual([
				'about',
				'zebra',
				'benin',
				'party',
				'appeal'
			]);
			// Pages of a sorted list hold each entry once, in the same order.
			const pages = await Promise.all(
				[0, 2, 4].map((offset) => siteEntriesPage(t.db, 'wsm', { sort: 'title-asc' }, { limit: 2, offset }))
			);
			expect(pages.flatMap((page) => page.entries.map((entry) => entry.id))).toEqual(
				byTitle.map((name) => ids[name as keyof typeof ids])
			);
			expect(pages.map((page) => page.total)).toEqual([5, 5, 5]);
		});
	}
);
