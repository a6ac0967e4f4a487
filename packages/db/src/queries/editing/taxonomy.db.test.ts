import { beforeAll, describe, expect, inject, test } from 'vitest';
import { listEntries, publishedTranslation } from '../content.ts';
import { countriesInUse, tagsInUse, tagsOfEntries } from '../taxonomy.ts';
import { saveEntryDetails, type SaveEntryDetailsInput } from './details.ts';
import { entryForEditing } from './entry.ts';
import { editingDatabase, saved, wsm } from './fixture.ts';
import { entryTaxonomy, taxonomyChoices, type EntryTaxonomyInput } from './taxonomy.ts';

describe.each(inject('databases'))('editing: an entry’s taxonomy on $name', ({ adminUrl }) => {
	const { t, users, create, edit } = editingDatabase(adminUrl);
	const tags = { decentWork: '', climate: '' };

	beforeAll(async () => {
		const countries = [
			// code, nl, fr: Ecuador sorts among the E's in French too (É), not after the Z's.
			['BJ', 'Benin', 'Bénin'],
			['BO', 'Bolivia', 'Bolivie'],
			['EC', 'Ecuador', 'Équateur'],
			['GT', 'Guatemala', 'Guatemala'],
			['ZA', 'Zuid-Afrika', 'Afrique du Sud']
		] as const;
		await t.db
			.insertInto('countries')
			.values(countries.map(([code]) => ({ code, continent: 'africa' as const })))
			.execute();
		await t.db
			.insertInto('country_translations')
			.values(
				countries.flatMap(([code, nl, fr]) => [
					{ country_code: code, locale: 'nl' as const, name: nl, slug: nl.toLowerCase() },
					{ country_code: code, locale: 'fr' as const, name: fr, slug: `${code.toLowerCase()}-fr` }
				])
			)
			.execute();
		// WSM's network; Guatemala is FOS's only.
		await t.db
			.insertInto('site_countries')
			.values([
				...['BJ', 'BO', 'EC', 'ZA'].map((country_code) => ({ site_id: 'wsm', country_code })),
				{ site_id: 'fos', country_code: 'GT' }
			])
			.execute();
		for (const [key, kind, nl, slug] of [
			['decent-work', 'tag', 'Waardig werk', 'waardig-werk'],
			['climate', 'dossier', 'Klimaat', 'klimaat']
		] as const) {
			const { id } = await t.db
				.insertInto('tags')
				.values({ key, kind })
				.returning('id')
				.executeTakeFirstOrThrow();
			await t.db
				.insertInto('tag_translations')
				.values({ tag_id: id, locale: 'nl', label: nl, slug })
				.execute();
			tags[key === 'climate' ? 'climate' : 'decentWork'] = id;
		}
	});

	const none: EntryTaxonomyInput = { tagIds: [], countryCodes: [], authorName: null, displayDate: null };

	/** The details save of a news item with `taxonomy`, at the entry's current version. */
	async function save(
		entryId: string,
		taxonomy: EntryTaxonomyInput,
		input: Partial<SaveEntryDetailsInput> = {}
	) {
		const entry = await entryForEditing(t.db, input.siteId ?? 'wsm', entryId);
		return saveEntryDetails(t.db, {
			siteId: 'wsm',
			entryId,
			expectedVersion: entry?.version ?? 1,
			imageId: null,
			videoUrl: null,
			taxonomy,
			userId: users.ana,
			...input
		});
	}

	test('the editor offers every tag and only the site’s countries, by name in its language', async () => {
		const nl = await taxonomyChoices(t.db, 'wsm', 'nl');
		expect(nl.countries.map((c) => c.name)).toEqual(['Benin', 'Bolivia', 'Ecuador', 'Zuid-Afrika']);
		const fr = await taxonomyChoices(t.db, 'wsm', 'fr');
		expect(fr.countries.map((c) => c.name)).toEqual(['Afrique du Sud', 'Bénin', 'Bolivie', 'Équateur']);
		// A tag with no French label yet is offered by its label in another language.
		expect(fr.tags).toEqual(
			expect.arrayContaining([{ id: tags.climate, kind: 'dossier', label: 'Klimaat' }])
		);
		expect((await taxonomyChoices(t.db, 'fos', 'nl')).countries).toEqual([{ code: 'GT', name: 'Guatemala' }]);
	});

	test('a published story given a theme, a new tag, a country, author and day shows where the site filters', async () => {
		const now = new Date();
		const created = await create({ title: 'Vakbonden in Benin' });
		saved(await edit(created.entryId, 'nl', { status: 'published', now }));
		const result = await save(created.entryId, {
			tagIds: [tags.decentWork],
			countryCodes: ['BJ'],
			authorName: 'Ana Peeters',
			displayDate: '2026-03-01',
			newTag: { kind: 'tag', labels: { nl: 'Vakbondsrechten', fr: 'Droits syndicaux' } }
		});
		expect(result).toEqual({ kind: 'saved', version: 2 });

		const newTag = await t.db
			.selectFrom('tags as g')
			.innerJoin('tag_translations as tt', 'tt.tag_id', 'g.id')
			.select(['g.id', 'g.key', 'g.kind', 'tt.locale', 'tt.slug'])
			.where('tt.label', '=', 'Vakbondsrechten')
			.executeTakeFirstOrThrow();
		expect(newTag).toMatchObject({ key: 'vakbondsrechten', kind: 'tag', slug: 'vakbondsrechten' });
		const french = await t.db
			.selectFrom('tag_translations')
			.select('slug')
			.where('tag_id', '=', newTag.id)
			.where('locale', '=', 'fr')
			.executeTakeFirstOrThrow();
		expect(french.slug).toBe('droits-syndicaux');

		expect(await entryTaxonomy(t.db, 'wsm', created.entryId)).toEqual({
			tagIds: [tags.decentWork, newTag.id].sort(),
			countryCodes: ['BJ'],
			authorName: 'Ana Peeters',
			displayDate: '2026-03-01'
		});
		// The country page's news and the news list's filters.
		const onCountryPage = await listEntries(t.db, wsm, 'nl', { type: 'news', countryCode: 'BJ', now });
		expect(onCountryPage.items.map((item) => item.entry_id)).toEqual([created.entryId]);
		expect(onCountryPage.items[0]).toMatchObject({ author_name: 'Ana Peeters', display_date: '2026-03-01' });
		const byTag = await listEntries(t.db, wsm, 'nl', { type: 'news', tagId: newTag.id, now });
		expect(byTag.items.map((item) => item.entry_id)).toEqual([created.entryId]);
		expect((await tagsInUse(t.db, 'wsm', 'nl', 'news', now)).map((tag) => tag.slug)).toEqual(
			expect.arrayContaining(['waardig-werk', 'vakbondsrechten'])
		);
		expect((await countriesInUse(t.db, 'wsm', 'nl', 'news', now)).map((c) => c.code)).toEqual(['BJ']);
		const article = await publishedTranslation(t.db, wsm, 'nl', { entryId: created.entryId }, now);
		expect(article).toMatchObject({ display_date: '2026-03-01', author_name: 'Ana Peeters' });

		// Unticking everything clears it; the tag itself stays for other stories.
		expect(await save(created.entryId, none)).toEqual({ kind: 'saved', version: 3 });
		expect(await entryTaxonomy(t.db, 'wsm', created.entryId)).toEqual({
			tagIds: [],
			countryCodes: [],
			authorName: null,
			displayDate: null
		});
		expect((await tagsOfEntries(t.db, [created.entryId], 'nl')).get(created.entryId)).toBeUndefined();
	});

	test('a country outside the site’s network, an unknown tag or a taken label writes nothing', async () => {
		const created = await create({ title: 'Geweigerd' });
		expect(
			await save(created.entryId, { ...none, tagIds: [tags.climate], countryCodes: ['BJ'] })
		).toMatchObject({
			kind: 'saved'
		});
		const before = await entryTaxonomy(t.db, 'wsm', created.entryId);
		const tagCount = async () => (await t.db.selectFrom('tags').select('id').execute()).length;
		const tagsBefore = await tagCount();

		const refusals: Array<[EntryTaxonomyInput, object]> = [
			// Guatemala is FOS's; a code no country has.
			[
				{ ...none, countryCodes: ['BJ', 'GT'] },
				{ field: 'countries', reason: 'outside-network', value: 'GT' }
			],
			[
				{ ...none, countryCodes: ['XX'] },
				{ field: 'countries', reason: 'outside-network', value: 'XX' }
			],
			[
				{ ...none, tagIds: ['0b7e6c1e-6f0a-4f55-9a57-8a3f8c1d2e01'] },
				{ field: 'tags', reason: 'unknown-tag', value: '0b7e6c1e-6f0a-4f55-9a57-8a3f8c1d2e01' }
			],
			[
				{ ...none, tagIds: ['not-an-id'] },
				{ field: 'tags', reason: 'unknown-tag' }
			],
			// The same label in another case, and a label whose slug another tag has.
			[
				{ ...none, authorName: 'X', newTag: { kind: 'tag', labels: { nl: 'waardig WERK' } } },
				{ field: 'newTag-nl', reason: 'duplicate' }
			],
			[
				{ ...none, newTag: { kind: 'dossier', labels: { nl: 'Nieuw', fr: 'Waardig-werk!' } } },
				{ field: 'newTag-fr', reason: 'duplicate' }
			]
		];
		// The French one is only a duplicate if a French tag has that slug: give Waardig werk one.
		await t.db
			.insertInto('tag_translations')
			.values({ tag_id: tags.decentWork, locale: 'fr', label: 'Travail décent', slug: 'waardig-werk' })
			.execute();
		for (const [taxonomy, refusal] of refusals) {
			expect(await save(created.entryId, { ...taxonomy, authorName: 'Iemand anders' })).toEqual({
				kind: 'taxonomy',
				value: expect.any(String),
				...refusal
			});
		}
		expect(await entryTaxonomy(t.db, 'wsm', created.entryId)).toEqual(before);
		expect(await tagCount()).toBe(tagsBefore);
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.version).toBe(2);
	});

	test('another site’s entry is not found; a new tag whose key is taken gets a numbered one', async () => {
		const fosEntry = await create({ title: 'Bij FOS', siteId: 'fos' });
		expect(await save(fosEntry.entryId, { ...none, countryCodes: ['BJ'] })).toEqual({ kind: 'not-found' });
		expect(await entryTaxonomy(t.db, 'wsm', fosEntry.entryId)).toBeUndefined();

		await t.db.insertInto('tags').values({ key: 'oogst', kind: 'tag' }).execute();
		const created = await create({ title: 'Oogst' });
		expect(
			await save(created.entryId, { ...none, newTag: { kind: 'dossier', labels: { nl: 'Oogst' } } })
		).toMatchObject({ kind: 'saved' });
		const made = await t.db
			.selectFrom('tags')
			.innerJoin('tag_translations', 'tag_translations.tag_id', 'tags.id')
			.select(['tags.key', 'tags.kind'])
			.where('tag_translations.label', '=', 'Oogst')
			.executeTakeFirstOrThrow();
		expect(made).toEqual({ key: 'oogst-2', kind: 'dossier' });
	});
});
