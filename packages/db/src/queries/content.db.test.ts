import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Locale } from '../schema.ts';
import { createTestDatabase, createTestSite, type TestDatabase } from '../testing.ts';
import { alternates, listEntries, publishedTranslation, searchEntries, type SiteLocales } from './content.ts';

const now = new Date('2026-06-01T12:00:00Z');
const site: SiteLocales = { id: 'wsm', default_locale: 'nl', list_fallbacks: false };

describe.each(inject('databases'))('content queries on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	const ids: Record<string, string> = {};

	async function entry(
		key: string,
		translations: Array<{
			locale: Locale;
			slug: string;
			title: string;
			body?: string;
			status?: 'draft' | 'scheduled' | 'published' | 'archived';
			at?: string;
		}>
	) {
		const { id } = await t.db
			.insertInto('entries')
			.values({ site_id: 'wsm', type: 'news', source_locale: 'nl', key })
			.returning('id')
			.executeTakeFirstOrThrow();
		ids[key] = id;
		for (const tr of translations) {
			await t.db
				.insertInto('entry_translations')
				.values({
					entry_id: id,
					site_id: 'wsm',
					entry_type: 'news',
					locale: tr.locale,
					slug: tr.slug,
					title: tr.title,
					body: tr.body ?? '',
					status: tr.status ?? 'published',
					published_at: tr.at ?? '2026-05-01T10:00:00Z'
				})
				.execute();
		}
	}

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db);
		await entry('both', [
			{
				locale: 'nl',
				slug: 'vakbonden-winnen',
				title: 'Vakbonden winnen minimumloon',
				body: 'De vakbonden onderhandelden maandenlang met de werkgevers.'
			},
			{
				locale: 'fr',
				slug: 'les-syndicats-gagnent',
				title: 'Les syndicats gagnent',
				body: 'Les travailleuses ont obtenu une protection sociale.'
			},
			{ locale: 'es', slug: 'borrador', title: 'Borrador', status: 'draft' }
		]);
		await entry('dutch-only', [
			{
				locale: 'nl',
				slug: 'alleen-nederlands',
				title: 'Alleen in het Nederlands',
				body: 'Sociale bescherming voor iedereen.'
			}
		]);
		await entry('scheduled', [
			{ locale: 'nl', slug: 'straks', title: 'Straks', at: '2026-07-01T08:00:00Z', status: 'scheduled' },
			{
				locale: 'en',
				slug: 'later',
				title: 'Later',
				at: '2026-05-30T08:00:00Z',
				status: 'scheduled',
				body: 'Workers organised in unions.'
			}
		]);
		await entry('archived', [{ locale: 'nl', slug: 'oud', title: 'Oud', status: 'archived' }]);
		for (let i = 0; i < 30; i++) {
			await entry(`bulk-${i}`, [
				{
					locale: 'nl',
					slug: `bericht-${i}`,
					title: `Bericht ${i}`,
					at: new Date(Date.UTC(2026, 0, 1 + (i % 10), i)).toISOString()
				}
			]);
		}
	});
	afterAll(() => t?.drop());

	test('the asked locale when it is published', async () => {
		const fr = await publishedTranslation(t.db, site, 'fr', { slug: 'les-syndicats-gagnent' }, now);
		expect(fr).toMatchObject({ locale: 'fr', title: 'Les syndicats gagnent', fallback: false });
	});

	test('the default locale, marked as a fallback, when the asked one is not published', async () => {
		const es = await publishedTranslation(t.db, site, 'es', { entryId: ids.both! }, now);
		expect(es).toMatchObject({ locale: 'nl', slug: 'vakbonden-winnen', fallback: true });
		const fr = await publishedTranslation(t.db, site, 'fr', { slug: 'alleen-nederlands' }, now);
		expect(fr).toMatchObject({ locale: 'nl', fallback: true });
	});

	test('no fallback by slug when the entry has its own translation in the asked locale', async () => {
		expect(await publishedTranslation(t.db, site, 'fr', { slug: 'vakbonden-winnen' }, now)).toBeUndefined();
	});

	test('drafts, archived and not-yet-scheduled translations are not public', async () => {
		expect(await publishedTranslation(t.db, site, 'es', { slug: 'borrador' }, now)).toBeUndefined();
		expect(await publishedTranslation(t.db, site, 'nl', { slug: 'oud' }, now)).toBeUndefined();
		expect(await publishedTranslation(t.db, site, 'nl', { slug: 'straks' }, now)).toBeUndefined();
		expect(await publishedTranslation(t.db, site, 'en', { slug: 'later' }, now)).toMatchObject({
			locale: 'en'
		});
		// Once its time has come, the scheduled translation is public: no restart, no rebuild.
		const july = new Date('2026-07-02T00:00:00Z');
		expect(await publishedTranslation(t.db, site, 'nl', { slug: 'straks' }, july)).toMatchObject({
			title: 'Straks'
		});
	});

	test('alternates list each public locale with its own slug', async () => {
		expect(await alternates(t.db, ids.both!, now)).toEqual([
			{ locale: 'fr', slug: 'les-syndicats-gagnent' },
			{ locale: 'nl', slug: 'vakbonden-winnen' }
		]);
	});

	test('listings page by key set, newest first, without gaps or repeats', async () => {
		const seen: string[] = [];
		let page = await listEntries(t.db, site, 'nl', { type: 'news', limit: 7, now });
		seen.push(...page.items.map((i) => i.slug));
		while (page.next) {
			page = await listEntries(t.db, site, 'nl', { type: 'news', limit: 7, after: page.next, now });
			seen.push(...page.items.map((i) => i.slug));
		}
		expect(seen).toHaveLength(32);
		expect(new Set(seen).size).toBe(32);
		const dates = (await listEntries(t.db, site, 'nl', { type: 'news', limit: 100, now })).items.map((i) =>
			i.published_at.getTime()
		);
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
	});

	test('listings in a locale show only that locale, unless the site opts in to fallbacks', async () => {
		const fr = await listEntries(t.db, site, 'fr', { type: 'news', now });
		expect(fr.items.map((i) => i.slug)).toEqual(['les-syndicats-gagnent']);
		const withFallbacks = await listEntries(t.db, { ...site, list_fallbacks: true }, 'fr', {
			type: 'news',
			limit: 100,
			now
		});
		const slugs = withFallbacks.items.map((i) => i.slug);
		expect(slugs).toContain('alleen-nederlands');
		expect(slugs).not.toContain('vakbonden-winnen');
		expect(withFallbacks.items.find((i) => i.slug === 'alleen-nederlands')?.fallback).toBe(true);
	});

	test.each([
		['nl', 'vakbond', 'vakbonden-winnen'],
		['nl', 'werkgever', 'vakbonden-winnen'],
		['fr', 'syndicat', 'les-syndicats-gagnent'],
		['fr', 'travailleuse', 'les-syndicats-gagnent'],
		['en', 'union', 'later']
	] as const)('search in %s for "%s" finds its inflections (%s)', async (locale, query, slug) => {
		const hits = await searchEntries(t.db, site, locale, query, { now });
		expect(hits.map((h) => h.slug)).toContain(slug);
	});

	test('search highlights matches and escapes everything else', async () => {
		await entry('xss', [
			{ locale: 'nl', slug: 'xss', title: 'Test', body: '<script>alert(1)</script> mutualiteiten helpen' }
		]);
		const [hit] = await searchEntries(t.db, site, 'nl', 'mutualiteit', { now });
		expect(hit?.highlight).toContain('<mark>mutualiteiten</mark>');
		// Apart from the <mark> tags we add, no markup survives.
		expect(hit?.highlight.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/);
	});
});
