import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, createTestSite, type TestDatabase } from '../testing.ts';
import { foldText, searchNetwork } from './network.ts';

describe.each(inject('databases'))('searching the network on $name', ({ adminUrl }) => {
	let t: TestDatabase;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db);
		await t.db
			.insertInto('countries')
			.values([
				{ code: 'ML', continent: 'africa' },
				{ code: 'PE', continent: 'latin-america' },
				{ code: 'MW', continent: 'africa' }
			])
			.execute();
		await t.db
			.insertInto('country_translations')
			.values([
				{ country_code: 'ML', locale: 'nl', name: 'Mali', slug: 'mali' },
				{ country_code: 'ML', locale: 'fr', name: 'Mali', slug: 'mali' },
				{ country_code: 'PE', locale: 'nl', name: 'Peru', slug: 'peru' },
				{ country_code: 'PE', locale: 'fr', name: 'Pérou', slug: 'perou' },
				{ country_code: 'MW', locale: 'nl', name: 'Malawi', slug: 'malawi' }
			])
			.execute();
		// Malawi is not in WSM's network: neither it nor its partner is found.
		await t.db
			.insertInto('site_countries')
			.values([
				{ site_id: 'wsm', country_code: 'ML' },
				{ site_id: 'wsm', country_code: 'PE' }
			])
			.execute();
		await t.db
			.insertInto('partners')
			.values([
				{ key: 'untm', site_id: 'wsm', country_code: 'ML', kind: 'union', name: 'UNTM Mali' },
				{
					key: 'mutuelle-ml',
					site_id: 'wsm',
					country_code: 'ML',
					kind: 'mutuality',
					name: 'Mutualité du Mali'
				},
				{ key: 'cgtp', site_id: 'wsm', country_code: 'PE', kind: 'union', name: 'CGTP 100%' },
				{
					key: 'mw-union',
					site_id: 'wsm',
					country_code: 'MW',
					kind: 'union',
					name: 'Malawi Congress of Trade Unions'
				}
			])
			.execute();
	});
	afterAll(() => t?.drop());

	test('the whole country name comes first, then partners whose name starts with it, then the rest', async () => {
		const hits = await searchNetwork(t.db, 'wsm', 'nl', ' MALI ');
		expect(hits.map((hit) => [hit.kind, hit.name, hit.slug, hit.match])).toEqual([
			['country', 'Mali', 'mali', 0],
			['partner', 'Mutualité du Mali', 'mali', 1],
			['partner', 'UNTM Mali', 'mali', 1]
		]);
		expect(hits.find((hit) => hit.kind === 'partner')).toMatchObject({ countryName: 'Mali' });
	});

	test('names are found in the locale’s language, whatever the accents', async () => {
		expect((await searchNetwork(t.db, 'wsm', 'fr', 'perou')).map((hit) => hit.name)).toEqual(['Pérou']);
		expect((await searchNetwork(t.db, 'wsm', 'fr', 'Pérou')).map((hit) => hit.name)).toEqual(['Pérou']);
		expect((await searchNetwork(t.db, 'wsm', 'nl', 'mutualite')).map((hit) => hit.key)).toEqual([
			'mutuelle-ml'
		]);
		expect(await searchNetwork(t.db, 'wsm', 'nl', 'Malawi')).toEqual([]);
	});

	test('partners are found by kind; short queries and LIKE wildcards match nothing by accident', async () => {
		const unions = await searchNetwork(t.db, 'wsm', 'nl', 'vakbond', { kinds: ['union'] });
		expect(unions.map((hit) => [hit.key, hit.partnerKind, hit.match])).toEqual([
			['cgtp', 'union', 3],
			['untm', 'union', 3]
		]);
		expect(await searchNetwork(t.db, 'wsm', 'nl', 'ma')).toEqual([]);
		expect(await searchNetwork(t.db, 'wsm', 'nl', '%')).toEqual([]);
		expect((await searchNetwork(t.db, 'wsm', 'nl', '100%')).map((hit) => hit.key)).toEqual(['cgtp']);
		expect(await searchNetwork(t.db, 'wsm', 'nl', '___')).toEqual([]);
		expect(await searchNetwork(t.db, 'wsm', 'nl', '   ')).toEqual([]);
	});

	test('folding drops case, accents and extra spaces', () => {
		expect(foldText('  Côte  d’Ivoire ')).toBe('cote d’ivoire');
	});
});
