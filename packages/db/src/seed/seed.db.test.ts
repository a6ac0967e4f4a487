import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { listEntries, publishedTranslation, searchEntries, siteLocales } from '../queries/content.ts';
import { imagesById } from '../queries/images.ts';
import { libraryFiles } from '../queries/files.ts';
import { listEvents, publicationFiles } from '../queries/listings.ts';
import { searchStaff } from '../queries/people.ts';
import { announcementsFor, upcomingStaffEvents } from '../queries/staff.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { platformEvents, platformPublications } from './content/platform.ts';
import { pictureFor, seedPictures } from './pictures/catalogue.ts';
import { staffAnnouncements, staffDocument, staffEvents } from './content/staff.ts';
import { demoUsers, seed } from './seed.ts';

describe.each(inject('databases'))('seed on $name', ({ adminUrl }) => {
	let t: TestDatabase;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
	});
	afterAll(() => t?.drop());

	test('seeding twice gives the same rows, no duplicates', async () => {
		const first = await seed(t.db);
		const second = await seed(t.db);
		expect(second).toEqual(first);
		expect(first.organisations).toBe(9);
		expect(first.users).toBe(demoUsers.length);
	});

	test('WSM has enough news in Dutch to page through', async () => {
		const rows = await t.db
			.selectFrom('entry_translations')
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.where('site_id', '=', 'wsm')
			.where('entry_type', '=', 'news')
			.where('locale', '=', 'nl')
			.executeTakeFirstOrThrow();
		expect(Number(rows.n)).toBeGreaterThanOrEqual(60);
	});

	test('the seed pages exist in every language of their site', async () => {
		const wsm = await siteLocales(t.db, 'wsm');
		const fos = await siteLocales(t.db, 'fos');
		for (const locale of ['nl', 'fr', 'en', 'es'] as const) {
			const page = await publishedTranslation(t.db, wsm!, locale, { key: 'wsm-strategies' });
			expect(page, locale).toMatchObject({ locale, fallback: false });
		}
		expect(await publishedTranslation(t.db, wsm!, 'nl', { key: 'wsm-strategies' })).toMatchObject({
			title: 'Strategieën'
		});
		for (const locale of ['nl', 'fr', 'en'] as const) {
			expect(await publishedTranslation(t.db, fos!, locale, { key: 'fos-who-we-are' })).toMatchObject({
				locale,
				fallback: false
			});
		}
		const hits = await searchEntries(t.db, wsm!, 'nl', 'vakbonden mutualiteiten');
		expect(hits.map((h) => h.slug)).toContain('strategieen');
	});

	test('news and campaigns have pictures described in every language of their site', async () => {
		const entries = await t.db
			.selectFrom('entries')
			.select(['id', 'key', 'site_id', 'type', 'image_id', 'section'])
			.where('type', 'in', ['news', 'campaign'])
			.execute();
		expect(entries.filter((e) => e.type === 'campaign').map((e) => [e.site_id, e.section])).toEqual([
			['wsm', 'join'],
			['wsm', 'join']
		]);
		expect(entries.every((e) => e.image_id !== null)).toBe(true);
		const images = await imagesById(
			t.db,
			entries.map((e) => e.image_id!)
		);
		for (const entry of entries) {
			const image = images.get(entry.image_id!)!;
			const locales = entry.site_id === 'wsm' ? ['nl', 'fr', 'en', 'es'] : ['nl', 'fr', 'en'];
			expect(Object.keys(image.alt).sort()).toEqual(expect.arrayContaining(locales.sort()));
			expect(image.variants.length).toBe(9);
			// An image belongs to one site's library: the other site's media endpoint will not serve it.
			const owner = await t.db
				.selectFrom('media')
				.select('site_id')
				.where('id', '=', image.id)
				.executeTakeFirst();
			expect(owner?.site_id).toBe(entry.site_id);
		}
		// Each story its own picture: the one drawn for it, credited; no one picture for many stories.
		const files = new Map(
			(
				await t.db
					.selectFrom('media')
					.select(['id', 'filename'])
					.where(
						'id',
						'in',
						entries.map((e) => e.image_id!)
					)
					.execute()
			).map((row) => [row.id, row.filename])
		);
		for (const entry of entries) {
			expect(files.get(entry.image_id!), entry.key ?? '').toBe(`${pictureFor(entry.key ?? '')?.key}.jpg`);
			expect(images.get(entry.image_id!)!.credit, entry.key ?? '').toMatch(/^Illustratie: (WSM|FOS)$/);
		}
		expect(new Set(entries.map((e) => e.image_id)).size).toBe(seedPictures.length);
		expect(seedPictures.length).toBeGreaterThanOrEqual(24);
	});

	test('the Waardig Werk portal, no organisation’s site, publishes PDFs and an agenda in nl, fr and en', async () => {
		expect(
			await t.db.selectFrom('sites').selectAll().where('id', '=', 'platform').executeTakeFirst()
		).toMatchObject({
			organisation_id: null,
			locales: ['nl', 'fr', 'en'],
			default_locale: 'nl',
			theme: 'platform'
		});
		const platform = (await siteLocales(t.db, 'platform'))!;
		// The content was written on 2026-11-23: one study day behind it, the rest ahead.
		expect(
			platformEvents.filter((e) => new Date(e.endsAt) < new Date('2026-11-23')).map((e) => e.key)
		).toEqual(['platform-social-protection-study-day-2026']);
		for (const locale of ['nl', 'fr', 'en'] as const) {
			const { items } = await listEntries(t.db, platform, locale, { type: 'publication', limit: 100 });
			expect(items.map((item) => item.title).sort(), locale).toEqual(
				platformPublications.map((p) => p.translations[locale]!.title).sort()
			);
			expect(items.every((item) => item.locale === locale)).toBe(true);
			const files = await publicationFiles(
				t.db,
				items.map((item) => item.entry_id)
			);
			for (const item of items) {
				expect(files.get(item.entry_id)?.map((f) => [f.locale, f.mime_type])).toEqual([
					['en', 'application/pdf'],
					['fr', 'application/pdf'],
					['nl', 'application/pdf']
				]);
			}
			// Every event is public (each is published a month ahead, or at the seed) in each language.
			const upcoming = await listEvents(t.db, platform, locale, { when: 'upcoming' });
			const past = await listEvents(t.db, platform, locale, { when: 'past' });
			expect([...upcoming.items, ...past.items].map((e) => e.title).sort(), locale).toEqual(
				platformEvents.map((e) => e.translations[locale]!.title).sort()
			);
		}
	});

	test('the 21 countries of the WSM network, with partners of every kind the seed names', async () => {
		const countries = await t.db
			.selectFrom('site_countries')
			.select('country_code')
			.where('site_id', '=', 'wsm')
			.execute();
		expect(countries).toHaveLength(21);
		const kinds = await t.db.selectFrom('partners').select('kind').distinct().execute();
		expect(kinds.map((k) => k.kind).sort()).toEqual([
			'cooperative',
			'farmers',
			'mutuality',
			'seniors',
			'union',
			'womens',
			'youth'
		]);
	});

	test('demo users have argon2id password hashes and their roles', async () => {
		const users = await t.db.selectFrom('users').select(['email', 'password_hash']).execute();
		for (const user of users) expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		const editors = await sql<{ email: string; site_id: string }>`
			select u.email, e.site_id from site_editors e join users u on u.id = e.user_id order by e.site_id, u.email`.execute(
			t.db
		);
		expect(editors.rows).toEqual([
			{ email: 'tom.vermeulen@fos.ngo', site_id: 'fos' },
			{ email: 'an.janssens@wsm.be', site_id: 'wsm' },
			{ email: 'claire.dupont@wsm.be', site_id: 'wsm' }
		]);
		const reviewers = await t.db
			.selectFrom('site_reviewers as r')
			.innerJoin('users as u', 'u.id', 'r.user_id')
			.select(['u.email', 'r.site_id', 'u.locale'])
			.execute();
		expect(reviewers).toEqual([{ email: 'claire.dupont@wsm.be', site_id: 'wsm', locale: 'fr' }]);
	});

	test('the staff home: announcements (one pinned, one expired), an agenda and a document, per organisation', async () => {
		const id = async (email: string) =>
			(await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
		const an = await id('an.janssens@wsm.be');
		const tom = await id('tom.vermeulen@fos.ngo');
		const karim = await id('karim.elamrani@abvv-fgtb.be');
		const titles = async (userId: string) => (await announcementsFor(t.db, userId)).map((a) => a.title);
		const pinned = staffAnnouncements.find((a) => a.pinned)!.title;
		const expired = staffAnnouncements.find((a) => a.expiresAt)!.title;
		const forWsm = staffAnnouncements.find((a) => a.organisation === 'wsm')!.title;
		const forFos = staffAnnouncements.find((a) => a.organisation === 'fos')!.title;
		expect((await titles(an))[0]).toBe(pinned);
		expect(await titles(an)).toContain(forWsm);
		expect(await titles(an)).not.toContain(forFos);
		expect(await titles(tom)).toContain(forFos);
		expect(await titles(tom)).not.toContain(forWsm);
		for (const who of [an, tom]) expect(await titles(who)).not.toContain(expired);
		expect(await titles(karim)).toEqual([]);

		// Every agenda item is ahead; each organisation's only for its staff.
		const agenda = async (userId: string) => (await upcomingStaffEvents(t.db, userId)).map((e) => e.title);
		expect((await agenda(an)).length + (await agenda(tom)).length).toBe(
			2 * staffEvents.filter((e) => !e.organisation).length + staffEvents.filter((e) => e.organisation).length
		);
		expect(await agenda(karim)).toEqual([]);

		expect((await libraryFiles(t.db, tom, { library: 'staff' })).map((f) => f.title)).toEqual([
			staffDocument.title
		]);
		// An is a member of the portal too (WSM is one of its members): it is not in its library.
		expect((await libraryFiles(t.db, an)).map((f) => f.title)).not.toContain(staffDocument.title);
		expect(await libraryFiles(t.db, karim, { library: 'staff' })).toEqual([]);

		// The directory: the demo staff with their teams, not the partners' members.
		expect((await searchStaff(t.db, { team: 'Communicatie' })).map((s) => s.email)).toEqual([
			'an.janssens@wsm.be',
			'tom.vermeulen@fos.ngo'
		]);
		expect((await searchStaff(t.db, { language: 'es' })).map((s) => s.email)).toEqual([
			'marie.lambert@wsm.be'
		]);
	});
});
