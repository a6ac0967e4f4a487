import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createDb } from '../client.ts';
import { InvalidValue, withDbErrors } from '../errors.ts';
import type { Locale } from '../schema.ts';
import { createTestDatabase, createTestSite, type TestDatabase } from '../testing.ts';
import { listEntries, publishedTranslation, type SiteLocales } from './content.ts';
import {
	createEntry,
	entryForEditing,
	maxBodyLength,
	previewTranslation,
	publicationFilesForEditing,
	removePublicationFile,
	restoreRevision,
	revisionDiff,
	revisions,
	saveEntryDetails,
	saveTranslation,
	setPublicationFile,
	siteEntries,
	type CreateEntryInput,
	type SaveResult,
	type SaveTranslationInput
} from './editing/index.ts';
import { eventDetails, listEvents, publicationFiles, redirectedSlug } from './listings.ts';

const wsm: SiteLocales = { id: 'wsm', default_locale: 'nl', list_fallbacks: false };
const minute = 60_000;

function saved(result: SaveResult) {
	if (result.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
	return result.translation;
}

describe.each(inject('databases'))('editing queries on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	const users = { ana: '', ben: '' };

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db);
		const org = await t.db
			.insertInto('organisations')
			.values({ slug: 'fos', name: 'FOS', kind: 'movement' })
			.returning('id')
			.executeTakeFirstOrThrow();
		await t.db
			.insertInto('sites')
			.values({
				id: 'fos',
				organisation_id: org.id,
				name: 'FOS',
				locales: ['nl', 'fr', 'en'],
				default_locale: 'nl',
				theme: 'fos'
			})
			.execute();
		for (const [name, email] of [
			['ana', 'ana@wsm.example'],
			['ben', 'ben@fos.example']
		] as const) {
			const { id } = await t.db
				.insertInto('users')
				.values({
					email,
					display_name: name === 'ana' ? 'Ana' : 'Ben',
					password_hash: null,
					team: null,
					country_code: null,
					bio: null
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			users[name] = id;
		}
	});
	afterAll(() => t?.drop());

	async function create(input: Partial<CreateEntryInput> & { title: string }) {
		const result = await createEntry(t.db, {
			siteId: 'wsm',
			type: 'news',
			sourceLocale: 'nl',
			summary: 'Samenvatting',
			body: 'Eerste alinea.',
			userId: users.ana,
			...input
		});
		if (result.kind !== 'created') throw new Error(`expected created, got ${JSON.stringify(result)}`);
		return result;
	}

	/** A save of the current state of a translation with some fields changed. */
	async function edit(entryId: string, locale: Locale, changes: Partial<SaveTranslationInput> = {}) {
		const entry = await entryForEditing(t.db, 'wsm', entryId);
		const current = entry?.translations[locale];
		return saveTranslation(t.db, {
			siteId: 'wsm',
			entryId,
			locale,
			expectedVersion: current?.version ?? 0,
			title: current?.title ?? 'Titel',
			summary: current?.summary ?? '',
			body: current?.body ?? '',
			status: current?.status ?? 'draft',
			publishAt: current?.published_at,
			userId: users.ana,
			...changes
		});
	}

	const revisionCount = async (translationId: string) =>
		(
			await t.db
				.selectFrom('entry_revisions')
				.select('id')
				.where('translation_id', '=', translationId)
				.execute()
		).length;

	const row = (translationId: string) =>
		t.db
			.selectFrom('entry_translations')
			.selectAll()
			.where('id', '=', translationId)
			.executeTakeFirstOrThrow();

	test('a new entry is a draft in its source locale with a slug from its title and a first revision', async () => {
		const now = new Date();
		const created = await create({ title: "L'économie sociale à Liège", now });
		const stored = await row(created.translation.id);
		expect(stored).toMatchObject({
			entry_id: created.entryId,
			site_id: 'wsm',
			locale: 'nl',
			slug: 'l-economie-sociale-a-liege',
			title: "L'économie sociale à Liège",
			status: 'draft',
			published_at: null,
			version: 1,
			updated_by: users.ana
		});
		expect(stored.source_updated_at).toEqual(now);
		const history = await revisions(t.db, 'wsm', created.translation.id);
		expect(history).toHaveLength(1);
		expect(history[0]).toMatchObject({
			version: 1,
			status: 'draft',
			created_by_name: 'Ana',
			restored_from: null
		});
	});

	test('createEntry refuses what the user can correct, and leaves no entry behind', async () => {
		const before = (await t.db.selectFrom('entries').select('id').execute()).length;
		const base = { siteId: 'wsm', sourceLocale: 'nl' as const, title: 'X', userId: users.ana };
		expect(await createEntry(t.db, { ...base, type: 'page' })).toEqual({
			kind: 'invalid',
			field: 'section',
			reason: 'required'
		});
		expect(await createEntry(t.db, { ...base, type: 'news', title: '  ' })).toMatchObject({ field: 'title' });
		expect(await createEntry(t.db, { ...base, type: 'news', slug: 'Niet Goed' })).toMatchObject({
			field: 'slug'
		});
		// FOS has no Spanish: the translation check fails after the entry row was written, and rolls it back.
		expect(await createEntry(t.db, { ...base, siteId: 'fos', type: 'news', sourceLocale: 'es' })).toEqual({
			kind: 'invalid',
			field: 'locale',
			reason: 'not-a-site-locale'
		});
		expect(await createEntry(t.db, { ...base, siteId: 'nope', type: 'news' })).toEqual({ kind: 'not-found' });
		expect((await t.db.selectFrom('entries').select('id').execute()).length).toBe(before);
	});

	test('events and vacancies are created with their details, shown by entryForEditing', async () => {
		const startsAt = new Date('2027-03-08T09:00:00Z');
		const event = await create({
			type: 'event',
			title: 'Vrouwendag',
			event: { startsAt, endsAt: new Date('2027-03-08T17:00:00Z'), place: 'Brussel' }
		});
		const vacancy = await create({
			type: 'vacancy',
			title: 'Projectmedewerker',
			vacancy: { closesOn: '2027-01-31', contract: 'Voltijds', place: 'Brussel' }
		});
		expect((await entryForEditing(t.db, 'wsm', event.entryId))?.event).toMatchObject({
			starts_at: startsAt,
			place: 'Brussel',
			time_zone: 'Europe/Brussels'
		});
		expect((await entryForEditing(t.db, 'wsm', vacancy.entryId))?.vacancy).toEqual({
			closes_on: '2027-01-31',
			contract: 'Voltijds',
			place: 'Brussel'
		});
		const page = await create({ type: 'page', section: 'about', title: 'Over ons' });
		expect((await entryForEditing(t.db, 'wsm', page.entryId))?.section).toBe('about');
	});

	test('an editor of FOS can neither read nor change a WSM entry, even knowing its ids', async () => {
		const secret = await create({ title: 'Geheim WSM-ontwerp', body: 'Nog niet publiek.' });
		const translationId = secret.translation.id;
		const fos = { siteId: 'fos', userId: users.ben } as const;

		expect(await entryForEditing(t.db, 'fos', secret.entryId)).toBeUndefined();
		expect((await siteEntries(t.db, 'fos')).map((e) => e.id)).not.toContain(secret.entryId);
		expect(await revisions(t.db, 'fos', translationId)).toEqual([]);
		expect(await previewTranslation(t.db, 'fos', translationId)).toBeUndefined();
		const [revision] = await revisions(t.db, 'wsm', translationId);

		const attempts = await Promise.all([
			saveTranslation(t.db, {
				...fos,
				entryId: secret.entryId,
				locale: 'nl',
				expectedVersion: 1,
				title: 'Overgenomen',
				summary: '',
				body: 'Gekaapt',
				status: 'published'
			}),
			// A new French translation on an entry of the other site.
			saveTranslation(t.db, {
				...fos,
				entryId: secret.entryId,
				locale: 'fr',
				expectedVersion: 0,
				title: 'Volé',
				summary: '',
				body: '',
				status: 'published'
			}),
			restoreRevision(t.db, { ...fos, revisionId: revision!.id, expectedVersion: 1 })
		]);
		expect(attempts).toEqual([{ kind: 'not-found' }, { kind: 'not-found' }, { kind: 'not-found' }]);

		const stored = await row(translationId);
		expect(stored).toMatchObject({
			title: 'Geheim WSM-ontwerp',
			body: 'Nog niet publiek.',
			status: 'draft',
			version: 1
		});
		expect(await revisionCount(translationId)).toBe(1);
		const locales = await t.db
			.selectFrom('entry_translations')
			.select('locale')
			.where('entry_id', '=', secret.entryId)
			.execute();
		expect(locales).toEqual([{ locale: 'nl' }]);
		// Malformed ids are "not found" too, not SQL errors.
		expect(await entryForEditing(t.db, 'wsm', 'not-a-uuid')).toBeUndefined();
		expect(await previewTranslation(t.db, 'wsm', "1' or '1'='1")).toBeUndefined();
		expect(
			await restoreRevision(t.db, { siteId: 'wsm', revisionId: 'x', expectedVersion: 1, userId: users.ana })
		).toEqual({
			kind: 'not-found'
		});
	});

	describe('optimistic locking', () => {
		test('a save based on an older version is a conflict with both sides, and writes nothing', async () => {
			const created = await create({ title: 'Minimumloon', body: 'Versie een.' });
			const first = saved(await edit(created.entryId, 'nl', { body: 'Versie twee (Ana).' }));
			expect(first.version).toBe(2);

			// Ben loaded version 1 and saves after Ana.
			const result = await saveTranslation(t.db, {
				siteId: 'wsm',
				entryId: created.entryId,
				locale: 'nl',
				expectedVersion: 1,
				title: 'Minimumloon',
				summary: 'Samenvatting',
				body: 'Versie twee (Ben).',
				status: 'draft',
				userId: users.ben
			});
			expect(result).toMatchObject({
				kind: 'conflict',
				stored: {
					version: 2,
					body: 'Versie twee (Ana).',
					updated_by: users.ana,
					updated_by_name: 'Ana',
					updated_at: first.updated_at
				},
				submitted: { body: 'Versie twee (Ben).', title: 'Minimumloon', status: 'draft' }
			});
			expect(await row(created.translation.id)).toMatchObject({
				version: 2,
				body: 'Versie twee (Ana).',
				updated_by: users.ana
			});
			expect(await revisionCount(created.translation.id)).toBe(2);
		});

		test('of concurrent saves of the same version on two connection pools, exactly one wins', async () => {
			const created = await create({ title: 'Gelijktijdig' });
			const other = createDb(t.url, { max: 4 });
			try {
				const results = await Promise.all(
					[t.db, other, t.db, other, t.db, other].map((db, i) =>
						saveTranslation(db, {
							siteId: 'wsm',
							entryId: created.entryId,
							locale: 'nl',
							expectedVersion: 1,
							title: 'Gelijktijdig',
							summary: '',
							body: `Schrijver ${i}`,
							status: 'draft',
							userId: users.ana
						})
					)
				);
				const winners = results.filter((r) => r.kind === 'saved');
				expect(winners).toHaveLength(1);
				expect(results.filter((r) => r.kind === 'conflict')).toHaveLength(5);
				const stored = await row(created.translation.id);
				expect(stored.version).toBe(2);
				expect(stored.body).toBe(winners[0]?.kind === 'saved' ? winners[0].translation.body : '?');
				expect(await revisionCount(created.translation.id)).toBe(2);

				// Two people adding the same new locale at once: one adds it, the other gets a conflict.
				const adds = await Promise.all(
					[t.db, other].map((db, i) =>
						saveTranslation(db, {
							siteId: 'wsm',
							entryId: created.entryId,
							locale: 'fr',
							expectedVersion: 0,
							title: `Simultané ${i}`,
							summary: '',
							body: '',
							status: 'draft',
							userId: users.ana
						})
					)
				);
				expect(adds.map((r) => r.kind).sort()).toEqual(['conflict', 'saved']);
				const french = await t.db
					.selectFrom('entry_translations')
					.select(['version'])
					.where('entry_id', '=', created.entryId)
					.where('locale', '=', 'fr')
					.execute();
				expect(french).toEqual([{ version: 1 }]);
			} finally {
				await other.destroy();
			}
		});

		test('saving an existing translation with expectedVersion 0, or a missing one with a version, is refused', async () => {
			const created = await create({ title: 'Versies' });
			expect(await edit(created.entryId, 'nl', { expectedVersion: 0 })).toMatchObject({ kind: 'conflict' });
			expect(await edit(created.entryId, 'fr', { expectedVersion: 3 })).toEqual({ kind: 'not-found' });
			expect(await row(created.translation.id)).toMatchObject({ version: 1 });
		});
	});

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
			expect(await edit(a.entryId, 'nl', { body: 'x'.repeat(maxBodyLength + 1) })).toEqual({
				kind: 'invalid',
				field: 'body',
				reason: 'too-long'
			});
			saved(await edit(a.entryId, 'nl', { body: 'x'.repeat(maxBodyLength) }));
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

	describe('status', () => {
		test('a scheduled translation is public exactly from its time on', async () => {
			const now = new Date();
			const at = new Date(now.getTime() + 60 * minute);
			const a = await create({ title: 'Gepland bericht', now });
			expect(await edit(a.entryId, 'nl', { status: 'scheduled', publishAt: null, now })).toEqual({
				kind: 'invalid',
				field: 'publishAt',
				reason: 'required'
			});
			expect(
				await edit(a.entryId, 'nl', { status: 'scheduled', publishAt: new Date(now.getTime() - minute), now })
			).toEqual({
				kind: 'invalid',
				field: 'publishAt',
				reason: 'not-in-future'
			});
			const scheduled = saved(await edit(a.entryId, 'nl', { status: 'scheduled', publishAt: at, now }));
			expect(scheduled).toMatchObject({ status: 'scheduled', published_at: at });

			const justBefore = new Date(at.getTime() - 1);
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId }, justBefore)).toBeUndefined();
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId }, at)).toMatchObject({
				title: 'Gepland bericht'
			});
			const listed = async (when: Date) =>
				(await listEntries(t.db, wsm, 'nl', { type: 'news', now: when, limit: 100 })).items.map(
					(i) => i.entry_id
				);
			expect(await listed(justBefore)).not.toContain(a.entryId);
			expect(await listed(at)).toContain(a.entryId);

			// After its time, re-saving it (a typo) with the same time is no error.
			const later = new Date(at.getTime() + minute);
			expect(saved(await edit(a.entryId, 'nl', { body: 'Typo hersteld.', now: later })).published_at).toEqual(
				at
			);
		});

		test('published goes live now and keeps its first date; archived and draft are hidden', async () => {
			const now = new Date();
			const a = await create({ title: 'Publiek bericht', now });
			const published = saved(await edit(a.entryId, 'nl', { status: 'published', now }));
			expect(published.published_at).toEqual(now);
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId })).toBeDefined();

			const later = (minutes: number) => new Date(now.getTime() + minutes * minute);
			saved(await edit(a.entryId, 'nl', { status: 'archived', now: later(1) }));
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId })).toBeUndefined();
			const republished = saved(await edit(a.entryId, 'nl', { status: 'published', now: later(2) }));
			expect(republished.published_at).toEqual(now);

			saved(await edit(a.entryId, 'nl', { status: 'draft', now: later(3) }));
			expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: a.entryId })).toBeUndefined();
			const statuses = (await revisions(t.db, 'wsm', a.translation.id)).map((r) => r.status);
			expect(statuses).toEqual(['draft', 'published', 'archived', 'published', 'draft']);
		});

		test('a cancelled schedule forgets its time; publishing it then goes live now', async () => {
			const now = new Date();
			const a = await create({ title: 'Afgelast', now });
			saved(
				await edit(a.entryId, 'nl', {
					status: 'scheduled',
					publishAt: new Date(now.getTime() + 60 * minute),
					now
				})
			);
			expect(saved(await edit(a.entryId, 'nl', { status: 'draft', now })).published_at).toBeNull();
			const later = new Date(now.getTime() + minute);
			expect(saved(await edit(a.entryId, 'nl', { status: 'published', now: later })).published_at).toEqual(
				later
			);
		});
	});

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
			const values = { entry_id: id, site_id: 'wsm', entry_type: 'news' as const, status: 'draft' as const };
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

	describe('revisions', () => {
		test('every save is a revision; restoring an old one adds a new revision and respects locking', async () => {
			const now = new Date();
			const a = await create({
				title: 'Geschiedenis',
				summary: 'Kort.',
				body: 'Regel een.\nRegel twee.',
				now
			});
			saved(await edit(a.entryId, 'nl', { status: 'published', now }));
			saved(
				await edit(a.entryId, 'nl', {
					body: 'Regel een.\nRegel twee, herzien.\nRegel drie.',
					now,
					userId: users.ben
				})
			);
			const history = await revisions(t.db, 'wsm', a.translation.id);
			expect(history.map((r) => [r.version, r.status, r.created_by_name])).toEqual([
				[3, 'published', 'Ben'],
				[2, 'published', 'Ana'],
				[1, 'draft', 'Ana']
			]);
			const [latest, , first] = history;
			const diff = revisionDiff(first!, latest!);
			expect(diff.title.every((l) => l.kind === 'same')).toBe(true);
			expect(diff.body).toEqual([
				{ kind: 'same', text: 'Regel een.' },
				{ kind: 'removed', text: 'Regel twee.' },
				{ kind: 'added', text: 'Regel twee, herzien.' },
				{ kind: 'added', text: 'Regel drie.' }
			]);

			// Based on a version someone has since replaced: a conflict, nothing written.
			const stale = await restoreRevision(t.db, {
				siteId: 'wsm',
				revisionId: first!.id,
				expectedVersion: 2,
				userId: users.ana
			});
			expect(stale).toMatchObject({ kind: 'conflict', stored: { version: 3 } });
			expect(await revisionCount(a.translation.id)).toBe(3);

			const restored = saved(
				await restoreRevision(t.db, {
					siteId: 'wsm',
					revisionId: first!.id,
					expectedVersion: 3,
					userId: users.ana,
					now
				})
			);
			// The old text is back; the status and URL stay as they are now (still published).
			expect(restored).toMatchObject({
				version: 4,
				body: 'Regel een.\nRegel twee.',
				status: 'published',
				slug: 'geschiedenis'
			});
			const after = await revisions(t.db, 'wsm', a.translation.id);
			expect(after).toHaveLength(4);
			expect(after[0]).toMatchObject({
				version: 4,
				restored_from: first!.id,
				status: 'published',
				body: 'Regel een.\nRegel twee.'
			});
			// History is not rewritten.
			expect(after.slice(1)).toEqual(history);
		});
	});

	test('a preview shows a draft in the shape of the public page', async () => {
		const now = new Date();
		const draft = await create({ title: 'Nog geheim', body: '# Kop\n\nTekst.', now });
		const live = await create({ title: 'Al publiek', now });
		saved(await edit(live.entryId, 'nl', { status: 'published', now }));

		const preview = await previewTranslation(t.db, 'wsm', draft.translation.id);
		expect(preview).toMatchObject({
			id: draft.translation.id,
			title: 'Nog geheim',
			body: '# Kop\n\nTekst.',
			fallback: false,
			type: 'news'
		});
		expect(await publishedTranslation(t.db, wsm, 'nl', { entryId: draft.entryId })).toBeUndefined();
		const published = await publishedTranslation(t.db, wsm, 'nl', { entryId: live.entryId });
		expect(Object.keys(preview!).sort()).toEqual(Object.keys(published!).sort());
		expect(await previewTranslation(t.db, 'wsm', live.translation.id)).toEqual(published);
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

		const published = await siteEntries(t.db, 'wsm', { type: 'campaign', status: 'published' });
		expect(published.map((e) => e.id)).toEqual([b.entryId]);
		// `%` is searched for literally.
		const found = await siteEntries(t.db, 'wsm', { query: '100%' });
		expect(found.map((e) => e.id)).toEqual([a.entryId]);
		expect(await siteEntries(t.db, 'wsm', { query: '_' })).toEqual([]);
		expect(await siteEntries(t.db, 'nope')).toEqual([]);
	});
	const image = async (siteId: string, name: string) =>
		(
			await t.db
				.insertInto('media')
				.values({
					site_id: siteId,
					storage_key: `test/${siteId}/${name}`,
					filename: name,
					mime_type: 'image/jpeg',
					byte_size: 1000,
					width: 800,
					height: 600
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;

	test('saved event details and picture make an event show on the public agenda', async () => {
		const now = new Date('2027-05-01T10:00:00Z');
		const created = await create({
			type: 'event',
			title: 'Zomerfeest',
			event: {
				startsAt: new Date('2027-01-01T10:00:00Z'),
				endsAt: new Date('2027-01-01T12:00:00Z'),
				place: 'Ergens'
			},
			now
		});
		saved(await edit(created.entryId, 'nl', { status: 'published', now }));
		const before = await entryForEditing(t.db, 'wsm', created.entryId);
		expect(before?.version).toBe(1);
		// It ended before `now`: not upcoming yet.
		const upcoming = () => listEvents(t.db, wsm, 'nl', { when: 'upcoming', now });
		expect((await upcoming()).items.map((item) => item.entry_id)).not.toContain(created.entryId);

		const picture = await image('wsm', 'feest.jpg');
		const startsAt = new Date('2027-06-21T16:00:00Z');
		const endsAt = new Date('2027-06-21T22:00:00Z');
		expect(
			await saveEntryDetails(t.db, {
				siteId: 'wsm',
				entryId: created.entryId,
				expectedVersion: 1,
				imageId: picture,
				videoUrl: null,
				event: { startsAt, endsAt, place: 'Zuidpaleis, Brussel', onlineUrl: 'https://example.org/live' },
				userId: users.ana,
				now
			})
		).toEqual({ kind: 'saved', version: 2 });

		const item = (await upcoming()).items.find((row) => row.entry_id === created.entryId);
		expect(item).toMatchObject({
			starts_at: startsAt,
			ends_at: endsAt,
			place: 'Zuidpaleis, Brussel',
			online_url: 'https://example.org/live'
		});
		expect((await eventDetails(t.db, [created.entryId])).get(created.entryId)).toMatchObject({
			place: 'Zuidpaleis, Brussel',
			time_zone: 'Europe/Brussels'
		});
		const after = await entryForEditing(t.db, 'wsm', created.entryId);
		expect(after).toMatchObject({ version: 2, image_id: picture, event: { starts_at: startsAt } });

		// Back to no picture, with the version just saved.
		expect(
			await saveEntryDetails(t.db, {
				siteId: 'wsm',
				entryId: created.entryId,
				expectedVersion: 2,
				imageId: null,
				videoUrl: null,
				userId: users.ana
			})
		).toEqual({ kind: 'saved', version: 3 });
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.image_id).toBeNull();
	});

	test('a save of entry details based on an old version is a conflict and writes nothing', async () => {
		const created = await create({
			type: 'vacancy',
			title: 'Boekhouder',
			vacancy: { closesOn: '2027-02-01', contract: 'Deeltijds', place: 'Gent' }
		});
		const vacancy = { closesOn: '2027-03-15', contract: 'Voltijds', place: 'Brussel' };
		const base = {
			siteId: 'wsm',
			entryId: created.entryId,
			imageId: null,
			videoUrl: null,
			userId: users.ana
		};
		expect(await saveEntryDetails(t.db, { ...base, expectedVersion: 1, vacancy })).toEqual({
			kind: 'saved',
			version: 2
		});
		const stale = await saveEntryDetails(t.db, {
			...base,
			expectedVersion: 1,
			vacancy: { ...vacancy, contract: 'Interim' }
		});
		expect(stale).toMatchObject({ kind: 'conflict', version: 2 });
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.vacancy).toEqual({
			closes_on: '2027-03-15',
			contract: 'Voltijds',
			place: 'Brussel'
		});
	});

	test('entry details refuse what the user can correct and stay inside the site', async () => {
		const created = await create({
			type: 'event',
			title: 'Debat',
			event: {
				startsAt: new Date('2027-04-01T18:00:00Z'),
				endsAt: new Date('2027-04-01T20:00:00Z'),
				place: 'Gent'
			}
		});
		const news = await create({ title: 'Nieuws zonder agenda' });
		const base = {
			siteId: 'wsm',
			entryId: created.entryId,
			expectedVersion: 1,
			imageId: null,
			videoUrl: null,
			userId: users.ana
		};
		const when = { startsAt: new Date('2027-04-02T18:00:00Z'), endsAt: new Date('2027-04-02T20:00:00Z') };
		expect(
			await saveEntryDetails(t.db, {
				...base,
				event: { startsAt: when.endsAt, endsAt: when.startsAt, place: 'Gent' }
			})
		).toEqual({ kind: 'invalid', field: 'endsAt', reason: 'ends-before-start' });
		for (const onlineUrl of ['javascript:alert(1)', 'http://example.org', 'niet een adres'])
			expect(await saveEntryDetails(t.db, { ...base, event: { ...when, place: null, onlineUrl } })).toEqual({
				kind: 'invalid',
				field: 'onlineUrl',
				reason: 'format'
			});
		expect(
			await saveEntryDetails(t.db, { ...base, event: { ...when, place: ' ', onlineUrl: null } })
		).toEqual({
			kind: 'invalid',
			field: 'place',
			reason: 'required'
		});
		// FOS's picture cannot be WSM's; a malformed id is refused the same way.
		const fosPicture = await image('fos', 'fos.jpg');
		for (const imageId of [fosPicture, 'not-a-uuid'])
			expect(await saveEntryDetails(t.db, { ...base, imageId })).toEqual({
				kind: 'invalid',
				field: 'image',
				reason: 'not-a-site-image'
			});
		// Another site's entry is not found, even by its id.
		expect(await saveEntryDetails(t.db, { ...base, siteId: 'fos', userId: users.ben })).toEqual({
			kind: 'not-found'
		});
		expect(await saveEntryDetails(t.db, { ...base, entryId: 'nope' })).toEqual({ kind: 'not-found' });
		// Nothing of the above was written.
		expect(await entryForEditing(t.db, 'wsm', created.entryId)).toMatchObject({
			version: 1,
			image_id: null,
			event: { place: 'Gent' }
		});
		// Event details of a news item are not written: it has no agenda entry.
		expect(
			await saveEntryDetails(t.db, { ...base, entryId: news.entryId, event: { ...when, place: 'Gent' } })
		).toEqual({ kind: 'saved', version: 2 });
		expect((await entryForEditing(t.db, 'wsm', news.entryId))?.event).toBeNull();
	});

	test('an entry’s film is stored with its details, reaches the public translation, and is cleared', async () => {
		const created = await create({ type: 'page', section: 'about', title: 'Wie we zijn' });
		saved(await edit(created.entryId, 'nl', { status: 'published' }));
		const film = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
		const base = { siteId: 'wsm', entryId: created.entryId, imageId: null, userId: users.ana };
		const published = () => publishedTranslation(t.db, wsm, 'nl', { entryId: created.entryId });
		// None until an editor sets one.
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.video_url).toBeNull();
		expect((await published())?.video_url).toBeNull();

		expect(await saveEntryDetails(t.db, { ...base, expectedVersion: 1, videoUrl: film })).toEqual({
			kind: 'saved',
			version: 2
		});
		expect(await entryForEditing(t.db, 'wsm', created.entryId)).toMatchObject({
			version: 2,
			video_url: film
		});
		expect((await published())?.video_url).toBe(film);
		const translationId = (await published())!.id;
		expect((await previewTranslation(t.db, 'wsm', translationId))?.video_url).toBe(film);

		// Longer than the column takes: refused at its field, nothing written; the database
		// refuses it as well.
		expect(
			await saveEntryDetails(t.db, { ...base, expectedVersion: 2, videoUrl: `${film}&x=${'a'.repeat(500)}` })
		).toEqual({ kind: 'invalid', field: 'video', reason: 'too-long' });
		await expect(
			withDbErrors(() =>
				t.db
					.updateTable('entries')
					.set({ video_url: `https://vimeo.com/${'1'.repeat(500)}` })
					.where('id', '=', created.entryId)
					.execute()
			)
		).rejects.toBeInstanceOf(InvalidValue);
		expect((await published())?.video_url).toBe(film);

		// Cleared: the page shows no film again.
		expect(await saveEntryDetails(t.db, { ...base, expectedVersion: 2, videoUrl: null })).toEqual({
			kind: 'saved',
			version: 3
		});
		expect((await entryForEditing(t.db, 'wsm', created.entryId))?.video_url).toBeNull();
		expect((await published())?.video_url).toBeNull();
	});

	test("a publication gets a file per language, in the site's media, and the public listing sees it", async () => {
		const created = await create({ type: 'publication', title: 'Jaarverslag' });
		saved(await edit(created.entryId, 'nl', { status: 'published' }));
		const file = {
			storageKey: 'a'.repeat(64),
			filename: 'jaarverslag.pdf',
			mimeType: 'application/pdf',
			byteSize: 1234
		};
		const base = { siteId: 'wsm', entryId: created.entryId, locale: 'nl', file, userId: users.ana };
		const result = await setPublicationFile(t.db, base);
		if (result.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
		const media = await t.db
			.selectFrom('media')
			.selectAll()
			.where('id', '=', result.mediaId)
			.executeTakeFirstOrThrow();
		expect(media).toMatchObject({ site_id: 'wsm', width: null, height: null, filename: 'jaarverslag.pdf' });
		expect((await publicationFiles(t.db, [created.entryId])).get(created.entryId)).toEqual([
			expect.objectContaining({
				locale: 'nl',
				filename: 'jaarverslag.pdf',
				byte_size: 1234,
				storage_key: file.storageKey
			})
		]);

		// A replacement takes the place of the old file; the same bytes again reuse the media row.
		const replacement = { ...file, storageKey: 'b'.repeat(64), filename: 'jaarverslag-v2.pdf', byteSize: 99 };
		expect(await setPublicationFile(t.db, { ...base, file: replacement })).toMatchObject({ kind: 'saved' });
		expect(await setPublicationFile(t.db, { ...base, locale: 'fr', file: replacement })).toMatchObject({
			kind: 'saved'
		});
		expect(await publicationFilesForEditing(t.db, 'wsm', created.entryId)).toEqual([
			expect.objectContaining({ locale: 'fr', filename: 'jaarverslag-v2.pdf', byte_size: 99 }),
			expect.objectContaining({ locale: 'nl', filename: 'jaarverslag-v2.pdf', byte_size: 99 })
		]);

		// Another site's entry, another type and a locale the site lacks are refused.
		expect(await setPublicationFile(t.db, { ...base, siteId: 'fos', userId: users.ben })).toEqual({
			kind: 'not-found'
		});
		const news = await create({ title: 'Geen publicatie' });
		expect(await setPublicationFile(t.db, { ...base, entryId: news.entryId })).toEqual({ kind: 'not-found' });
		expect(await setPublicationFile(t.db, { ...base, entryId: 'nope' })).toEqual({ kind: 'not-found' });
		expect(await setPublicationFile(t.db, { ...base, locale: 'de' })).toEqual({
			kind: 'invalid',
			field: 'locale',
			reason: 'not-a-site-locale'
		});
		// Bytes another site's library holds (here a draft's file) get a row of this site; theirs is untouched.
		const fosFile = await t.db
			.insertInto('media')
			.values({
				site_id: 'fos',
				storage_key: 'c'.repeat(64),
				filename: 'fos.pdf',
				mime_type: 'application/pdf',
				byte_size: 5
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const same = await setPublicationFile(t.db, {
			...base,
			locale: 'en',
			file: { ...file, storageKey: 'c'.repeat(64) }
		});
		if (same.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(same)}`);
		expect(same.mediaId).not.toBe(fosFile.id);
		expect(
			await t.db
				.selectFrom('media')
				.select(['site_id', 'filename'])
				.where('storage_key', '=', 'c'.repeat(64))
				.orderBy('site_id')
				.execute()
		).toEqual([
			{ site_id: 'fos', filename: 'fos.pdf' },
			{ site_id: 'wsm', filename: 'jaarverslag.pdf' }
		]);
		// Bytes this site has as an image are still refused: one row per site and bytes.
		await t.db
			.insertInto('media')
			.values({
				site_id: 'wsm',
				storage_key: 'd'.repeat(64),
				filename: 'foto.jpg',
				mime_type: 'image/jpeg',
				byte_size: 5,
				width: 10,
				height: 10
			})
			.execute();
		expect(
			await setPublicationFile(t.db, { ...base, file: { ...file, storageKey: 'd'.repeat(64) } })
		).toEqual({
			kind: 'invalid',
			field: 'file',
			reason: 'in-use'
		});
		expect(
			await removePublicationFile(t.db, { siteId: 'wsm', entryId: created.entryId, locale: 'en' })
		).toEqual({ kind: 'removed', storageKeys: [] });

		expect(
			await removePublicationFile(t.db, { siteId: 'fos', entryId: created.entryId, locale: 'fr' })
		).toEqual({
			kind: 'not-found'
		});
		expect(
			await removePublicationFile(t.db, { siteId: 'wsm', entryId: created.entryId, locale: 'fr' })
		).toEqual({
			kind: 'removed',
			storageKeys: []
		});
		expect((await publicationFilesForEditing(t.db, 'wsm', created.entryId)).map((f) => f.locale)).toEqual([
			'nl'
		]);
	});

	test('replacing or removing a publication file answers only the stored bytes no row needs any more', async () => {
		const report = await create({ type: 'publication', title: 'Rapport' });
		const other = await create({ type: 'publication', title: 'Ander rapport' });
		const key = (digit: string) => digit.repeat(64);
		const pdf = (storageKey: string) => ({
			storageKey,
			filename: 'rapport.pdf',
			mimeType: 'application/pdf',
			byteSize: 10
		});
		const set = async (entryId: string, locale: string, storageKey: string) => {
			const result = await setPublicationFile(t.db, {
				siteId: 'wsm',
				entryId,
				locale,
				file: pdf(storageKey),
				userId: users.ana
			});
			if (result.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
			return result.storageKeys;
		};
		const remove = (entryId: string, locale: string, siteId = 'wsm') =>
			removePublicationFile(t.db, { siteId, entryId, locale });
		const mediaWith = async (storageKey: string) =>
			(await t.db.selectFrom('media').select('id').where('storage_key', '=', storageKey).execute()).length;

		// A first file replaces nothing; replacing it frees its bytes and drops its media row.
		expect(await set(report.entryId, 'nl', key('1'))).toEqual([]);
		expect(await set(report.entryId, 'nl', key('1'))).toEqual([]);
		expect(await set(report.entryId, 'nl', key('2'))).toEqual([key('1')]);
		expect(await mediaWith(key('1'))).toBe(0);

		// The same bytes offered in another language and by another publication stay until the last goes.
		expect(await set(report.entryId, 'fr', key('2'))).toEqual([]);
		expect(await set(other.entryId, 'nl', key('2'))).toEqual([]);
		expect(await remove(report.entryId, 'nl')).toEqual({ kind: 'removed', storageKeys: [] });
		expect(await remove(report.entryId, 'fr')).toEqual({ kind: 'removed', storageKeys: [] });
		expect(await mediaWith(key('2'))).toBe(1);
		// Another site cannot remove it, and a language without a file has nothing to remove.
		expect(await remove(other.entryId, 'nl', 'fos')).toEqual({ kind: 'not-found' });
		expect(await remove(other.entryId, 'fr')).toEqual({ kind: 'not-found' });
		expect(await remove(other.entryId, 'nl')).toEqual({ kind: 'removed', storageKeys: [key('2')] });
		expect(await mediaWith(key('2'))).toBe(0);

		// Bytes a portal document also holds are kept (its row stays), though the file's row goes.
		const document = await t.db
			.insertInto('files')
			.values({ scope: 'platform', title: 'Zelfde PDF', created_by: users.ana })
			.returning('id')
			.executeTakeFirstOrThrow();
		await t.db
			.insertInto('file_versions')
			.values({
				file_id: document.id,
				version: 1,
				storage_key: key('3'),
				filename: 'zelfde.pdf',
				mime_type: 'application/pdf',
				byte_size: 10,
				sha256: new Uint8Array(32),
				uploaded_by: users.ana
			})
			.execute();
		expect(await set(report.entryId, 'nl', key('3'))).toEqual([]);
		expect(await remove(report.entryId, 'nl')).toEqual({ kind: 'removed', storageKeys: [] });
		expect(await mediaWith(key('3'))).toBe(0);

		// So are bytes that are also an image's resized copy.
		const image = await t.db
			.insertInto('media')
			.values({
				site_id: 'wsm',
				storage_key: key('4'),
				filename: 'foto.jpg',
				mime_type: 'image/jpeg',
				byte_size: 10,
				width: 800,
				height: 600
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await t.db
			.insertInto('media_variants')
			.values({
				media_id: image.id,
				format: 'jpeg',
				width: 400,
				height: 300,
				storage_key: key('5'),
				byte_size: 10
			})
			.execute();
		expect(await set(report.entryId, 'fr', key('5'))).toEqual([]);
		expect(await set(report.entryId, 'fr', key('6'))).toEqual([]);
		expect(await mediaWith(key('5'))).toBe(0);
		expect(await remove(report.entryId, 'fr')).toEqual({ kind: 'removed', storageKeys: [key('6')] });
		// The image itself is no publication's file: never dropped by these.
		expect(await mediaWith(key('4'))).toBe(1);
	});

	test('a report published by two sites is a file of each: its own row, shared bytes', async () => {
		const wsmReport = await create({ type: 'publication', title: 'Gedeeld rapport' });
		const fosReport = await create({
			type: 'publication',
			title: 'Gedeeld rapport',
			siteId: 'fos',
			userId: users.ben
		});
		const storageKey = 'e'.repeat(64);
		const attach = async (siteId: string, entryId: string, filename: string) => {
			const result = await setPublicationFile(t.db, {
				siteId,
				entryId,
				locale: 'nl',
				file: { storageKey, filename, mimeType: 'application/pdf', byteSize: 10 },
				userId: siteId === 'wsm' ? users.ana : users.ben
			});
			if (result.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
			return result.mediaId;
		};
		const wsmMedia = await attach('wsm', wsmReport.entryId, 'wsm-rapport.pdf');
		const fosMedia = await attach('fos', fosReport.entryId, 'fos-rapport.pdf');
		expect(fosMedia).not.toBe(wsmMedia);
		// The same bytes again in one site reuse its row.
		expect(await attach('fos', fosReport.entryId, 'fos-rapport.pdf')).toBe(fosMedia);
		const rows = await t.db
			.selectFrom('media')
			.select(['id', 'site_id', 'filename'])
			.where('storage_key', '=', storageKey)
			.orderBy('site_id')
			.execute();
		expect(rows).toEqual([
			{ id: fosMedia, site_id: 'fos', filename: 'fos-rapport.pdf' },
			{ id: wsmMedia, site_id: 'wsm', filename: 'wsm-rapport.pdf' }
		]);
		expect(await publicationFilesForEditing(t.db, 'fos', fosReport.entryId)).toEqual([
			expect.objectContaining({ locale: 'nl', filename: 'fos-rapport.pdf' })
		]);

		// Taking it off one site keeps the bytes for the other; the last one frees them.
		expect(
			await removePublicationFile(t.db, { siteId: 'fos', entryId: fosReport.entryId, locale: 'nl' })
		).toEqual({ kind: 'removed', storageKeys: [] });
		expect(
			(await t.db.selectFrom('media').select('id').where('storage_key', '=', storageKey).execute()).map(
				(row) => row.id
			)
		).toEqual([wsmMedia]);
		expect(
			await removePublicationFile(t.db, { siteId: 'wsm', entryId: wsmReport.entryId, locale: 'nl' })
		).toEqual({ kind: 'removed', storageKeys: [storageKey] });
	});

	test("the public list of a publication's files offers only languages whose translation is public now", async () => {
		const now = new Date();
		const created = await create({ type: 'publication', title: 'Jaarrapport' });
		saved(await edit(created.entryId, 'nl', { status: 'published', now }));
		saved(await edit(created.entryId, 'fr', { title: 'Rapport annuel' }));
		for (const [locale, digit] of [
			['nl', '7'],
			['fr', '8']
		] as const) {
			const result = await setPublicationFile(t.db, {
				siteId: 'wsm',
				entryId: created.entryId,
				locale,
				file: {
					storageKey: digit.repeat(64),
					filename: `${locale}.pdf`,
					mimeType: 'application/pdf',
					byteSize: 10
				},
				userId: users.ana
			});
			expect(result).toMatchObject({ kind: 'saved' });
		}
		const offered = async (at: Date) =>
			((await publicationFiles(t.db, [created.entryId], at)).get(created.entryId) ?? []).map((f) => f.locale);

		// The French text is a draft: its file is not offered.
		expect(await offered(now)).toEqual(['nl']);
		// Scheduled: offered from its time on, not before.
		const at = new Date(now.getTime() + 60 * minute);
		saved(await edit(created.entryId, 'fr', { status: 'scheduled', publishAt: at, now }));
		expect(await offered(new Date(at.getTime() - minute))).toEqual(['nl']);
		expect(await offered(at)).toEqual(['fr', 'nl']);
		// Archived: gone again.
		saved(await edit(created.entryId, 'nl', { status: 'archived', now: at }));
		expect(await offered(at)).toEqual(['fr']);
	});
});
