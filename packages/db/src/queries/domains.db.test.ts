import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, createTestSite, type TestDatabase } from '../testing.ts';
import { confirmSubscription, subscribeNewsletter, unsubscribeNewsletter } from './forms.ts';
import { networkCountries, networkCountry } from './network.ts';
import { memberOrganisations, searchStaff } from './people.ts';
import { fileForUser, visibleFiles } from './platform.ts';

const bytes = (text: string) => new TextEncoder().encode(text.padEnd(32, '.'));

describe.each(inject('databases'))('network, forms, people and platform queries on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	const user: Record<string, string> = {};
	const org: Record<string, string> = {};

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db);
		for (const slug of ['acv-csc', 'abvv-fgtb']) {
			({ id: org[slug] } = await t.db
				.insertInto('organisations')
				.values({ slug, name: slug.toUpperCase(), kind: 'union' })
				.returning('id')
				.executeTakeFirstOrThrow());
		}
		for (const [key, email, team, languages] of [
			['els', 'els@acv-csc.be', null, []],
			['karim', 'karim@abvv-fgtb.be', null, []],
			['marie', 'marie@wsm.be', 'ICT', ['fr', 'es']],
			['an', 'an_100%@wsm.be', 'Communicatie', ['nl']]
		] as const) {
			({ id: user[key] } = await t.db
				.insertInto('users')
				.values({ email, display_name: key, team, languages: [...languages] })
				.returning('id')
				.executeTakeFirstOrThrow());
		}
		await t.db
			.insertInto('memberships')
			.values([
				{ user_id: user.els!, organisation_id: org['acv-csc']!, role: 'admin' },
				{ user_id: user.karim!, organisation_id: org['abvv-fgtb']!, role: 'member' }
			])
			.execute();
	});
	afterAll(() => t?.drop());

	test('the network lists each country in the visitor’s language with its partners', async () => {
		await t.db.insertInto('countries').values({ code: 'BJ', continent: 'africa' }).execute();
		await t.db
			.insertInto('country_translations')
			.values([
				{ country_code: 'BJ', locale: 'nl', name: 'Benin', slug: 'benin' },
				{ country_code: 'BJ', locale: 'fr', name: 'Bénin', slug: 'benin' }
			])
			.execute();
		await t.db.insertInto('site_countries').values({ site_id: 'wsm', country_code: 'BJ' }).execute();
		// A second network: FOS's partner in the same country is not WSM's.
		const fosOrg = await t.db
			.insertInto('organisations')
			.values({ slug: 'fos', name: 'FOS', kind: 'movement' })
			.returning('id')
			.executeTakeFirstOrThrow();
		await t.db
			.insertInto('sites')
			.values({
				id: 'fos',
				organisation_id: fosOrg.id,
				name: 'FOS',
				locales: ['nl', 'fr', 'en'],
				default_locale: 'nl',
				theme: 'fos'
			})
			.execute();
		await t.db.insertInto('site_countries').values({ site_id: 'fos', country_code: 'BJ' }).execute();
		await t.db
			.insertInto('partners')
			.values([
				{ key: 'csa-benin', site_id: 'wsm', country_code: 'BJ', kind: 'union', name: 'CSA-Bénin' },
				{
					key: 'fos-bj-youth',
					site_id: 'fos',
					country_code: 'BJ',
					kind: 'youth',
					name: 'Jeunes travailleurs de Cotonou'
				}
			])
			.execute();
		expect(await networkCountries(t.db, 'wsm', 'fr')).toEqual([
			{
				code: 'BJ',
				name: 'Bénin',
				slug: 'benin',
				continent: 'africa',
				partners: [{ key: 'csa-benin', name: 'CSA-Bénin', kind: 'union', website: null }]
			}
		]);
		expect((await networkCountry(t.db, 'fos', 'fr', 'benin'))?.partners.map((p) => p.name)).toEqual([
			'Jeunes travailleurs de Cotonou'
		]);
		expect(await networkCountry(t.db, 'wsm', 'fr', 'nowhere')).toBeUndefined();
	});

	test('subscribing twice changes nothing; confirm and unsubscribe tokens work once', async () => {
		const input = {
			siteId: 'wsm',
			email: 'Leen@Example.org',
			locale: 'nl' as const,
			confirmTokenHash: bytes('c1'),
			unsubscribeTokenHash: bytes('u1')
		};
		expect(await subscribeNewsletter(t.db, input)).toEqual({ created: true });
		expect(
			await subscribeNewsletter(t.db, {
				...input,
				email: 'leen@example.org',
				confirmTokenHash: bytes('c2'),
				unsubscribeTokenHash: bytes('u2')
			})
		).toEqual({ created: false });
		expect(await confirmSubscription(t.db, bytes('c2'))).toBe(false);
		expect(await confirmSubscription(t.db, bytes('c1'))).toBe(true);
		expect(await confirmSubscription(t.db, bytes('c1'))).toBe(false);
		const row = await t.db.selectFrom('newsletter_subscriptions').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({ status: 'confirmed', email: 'Leen@Example.org' });
		expect(row.consent_at).toBeInstanceOf(Date);
		expect(await unsubscribeNewsletter(t.db, bytes('u1'))).toBe(true);
		expect(await unsubscribeNewsletter(t.db, bytes('u1'))).toBe(false);

		// Someone who unsubscribed may subscribe again: a new consent, new tokens, pending again.
		const again = {
			...input,
			confirmTokenHash: bytes('c3'),
			unsubscribeTokenHash: bytes('u3'),
			now: new Date('2027-01-01T10:00:00Z')
		};
		expect(await subscribeNewsletter(t.db, again)).toEqual({ created: true });
		const renewed = await t.db.selectFrom('newsletter_subscriptions').selectAll().executeTakeFirstOrThrow();
		expect(renewed).toMatchObject({ status: 'pending', unsubscribed_at: null });
		expect(renewed.consent_at.toISOString()).toBe('2027-01-01T10:00:00.000Z');
		expect(await confirmSubscription(t.db, bytes('c3'))).toBe(true);
	});

	test('the staff directory filters by language and matches typed wildcards literally', async () => {
		// Staff are WSM's (or FOS's) people.
		const wsm = await t.db
			.selectFrom('organisations')
			.select('id')
			.where('slug', '=', 'wsm')
			.executeTakeFirstOrThrow();
		await t.db
			.insertInto('memberships')
			.values(
				[user.marie!, user.an!].map((id) => ({
					user_id: id,
					organisation_id: wsm.id,
					role: 'member' as const
				}))
			)
			.execute();
		expect((await searchStaff(t.db, { language: 'es' })).map((s) => s.display_name)).toEqual(['marie']);
		expect((await searchStaff(t.db, { query: '100%' })).map((s) => s.display_name)).toEqual(['an']);
		expect(await searchStaff(t.db, { query: 'i%' })).toEqual([]);
		// Partner organisations' members are not staff.
		expect((await searchStaff(t.db)).map((s) => s.display_name)).toEqual(['an', 'marie']);
	});

	test('the public member list: every organisation by name, with its website when it has one', async () => {
		await t.db
			.updateTable('organisations')
			.set({ website: 'https://www.abvv.be' })
			.where('slug', '=', 'abvv-fgtb')
			.execute();
		expect(await memberOrganisations(t.db)).toEqual([
			{ slug: 'abvv-fgtb', name: 'ABVV-FGTB', website: 'https://www.abvv.be' },
			{ slug: 'acv-csc', name: 'ACV-CSC', website: null },
			{ slug: 'fos', name: 'FOS', website: null },
			{ slug: 'wsm', name: 'WSM', website: null }
		]);
	});

	test('an organisation’s file is visible to its members only; a guessed id finds nothing', async () => {
		const { id: fileId } = await t.db
			.insertInto('files')
			.values({ scope: 'organisation', organisation_id: org['acv-csc']!, title: 'Strategie 2027' })
			.returning('id')
			.executeTakeFirstOrThrow();
		await t.db
			.insertInto('file_versions')
			.values({
				file_id: fileId,
				version: 1,
				storage_key: 'k1',
				filename: 'strategie.pdf',
				mime_type: 'application/pdf',
				byte_size: 1234,
				sha256: bytes('h')
			})
			.execute();
		expect((await visibleFiles(t.db, user.els!)).map((f) => f.title)).toEqual(['Strategie 2027']);
		expect(await visibleFiles(t.db, user.karim!)).toEqual([]);
		expect(await fileForUser(t.db, user.els!, fileId)).toMatchObject({ title: 'Strategie 2027' });
		expect(await fileForUser(t.db, user.karim!, fileId)).toBeUndefined();
		expect(await fileForUser(t.db, user.karim!, "1' or '1'='1")).toBeUndefined();
	});
});
