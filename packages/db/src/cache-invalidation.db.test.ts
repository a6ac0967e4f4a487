// The triggers of migration 0026: which changes tell the app instances to drop which cached pages.
// A second connection LISTENs as an instance does (`listenForNotifications`).
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Database, Locale, TranslationStatus } from './schema.ts';
import {
	createTestDatabase,
	createTestSite,
	listenForNotifications,
	type InvalidationNotice,
	type NotificationListener,
	type TestDatabase
} from './testing.ts';

describe.each(inject('databases'))('cache invalidation triggers on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let db: Kysely<Database>;
	let listener: NotificationListener;
	const notificationsOf = (change: () => Promise<unknown>) => listener.notificationsOf(change);
	const past = new Date('2026-11-01T09:00:00Z');

	async function entry(
		status: TranslationStatus,
		options: { siteId?: string; publishedAt?: Date | null; locales?: Locale[] } = {}
	): Promise<{ id: string; translationId: string }> {
		const siteId = options.siteId ?? 'wsm';
		const { id } = await db
			.insertInto('entries')
			.values({ site_id: siteId, type: 'news', source_locale: 'nl' })
			.returning('id')
			.executeTakeFirstOrThrow();
		let translationId = '';
		for (const locale of options.locales ?? ['nl']) {
			const row = await db
				.insertInto('entry_translations')
				.values({
					entry_id: id,
					site_id: siteId,
					entry_type: 'news',
					locale,
					slug: `n-${id.slice(0, 8)}-${locale}`,
					title: `Nieuws ${locale}`,
					status,
					published_at:
						options.publishedAt === undefined ? (status === 'draft' ? null : past) : options.publishedAt
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			translationId ||= row.id;
		}
		return { id, translationId };
	}

	async function image(siteId = 'wsm'): Promise<string> {
		const { id } = await db
			.insertInto('media')
			.values({
				site_id: siteId,
				storage_key: `key-${Math.random().toString(36).slice(2)}`,
				filename: 'foto.jpg',
				mime_type: 'image/jpeg',
				byte_size: 1000,
				width: 800,
				height: 600
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		return id;
	}

	const tagsOf = (id: string, siteId = 'wsm') => ({ tags: [`entry:${id}`, `lists:${siteId}`] });

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		db = t.db;
		await createTestSite(db, ['nl', 'fr']);
		await createTestSite(db, ['nl', 'fr'], 'fos');
		listener = await listenForNotifications(db, t.url, 'solidair_cache');
	});
	afterAll(async () => {
		await listener?.stop();
		await t?.drop();
	});

	test('publishing a draft names the entry and its site’s lists', async () => {
		const { id, translationId } = await entry('draft');
		const sent = await notificationsOf(() =>
			db
				.updateTable('entry_translations')
				.set({ status: 'published', published_at: past })
				.where('id', '=', translationId)
				.execute()
		);
		expect(sent).toEqual([tagsOf(id)]);
	});

	test('editing a published text, unpublishing it and deleting it each name its pages', async () => {
		const { id, translationId } = await entry('published');
		const edit = () =>
			db
				.updateTable('entry_translations')
				.set({ body: 'Nieuwe tekst' })
				.where('id', '=', translationId)
				.execute();
		expect(await notificationsOf(edit)).toEqual([tagsOf(id)]);
		const unpublish = () =>
			db
				.updateTable('entry_translations')
				.set({ status: 'draft', published_at: null })
				.where('id', '=', translationId)
				.execute();
		expect(await notificationsOf(unpublish)).toEqual([tagsOf(id)]);

		const other = await entry('published', { siteId: 'fos' });
		expect(
			await notificationsOf(() => db.deleteFrom('entries').where('id', '=', other.id).execute())
		).toEqual([tagsOf(other.id, 'fos')]);
	});

	test('a save that changes nothing a page shows, and any edit of a draft, send nothing', async () => {
		const published = await entry('published');
		const draft = await entry('draft');
		const sent = await notificationsOf(async () => {
			await db
				.updateTable('entry_translations')
				.set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
				.where('id', '=', published.translationId)
				.execute();
			await db
				.updateTable('entry_translations')
				.set({ title: 'Nog een kladversie', body: 'Ruwe tekst' })
				.where('id', '=', draft.translationId)
				.execute();
			await db.updateTable('entries').set({ author_name: 'An' }).where('id', '=', draft.id).execute();
			await db
				.insertInto('event_details')
				.values({
					entry_id: draft.id,
					starts_at: past,
					ends_at: past,
					place: 'Brussel'
				})
				.execute();
		});
		expect(sent).toEqual([]);
	});

	test('a change rolled back sends nothing', async () => {
		const { translationId } = await entry('published');
		const sent = await notificationsOf(() =>
			db
				.transaction()
				.execute(async (tx) => {
					await tx
						.updateTable('entry_translations')
						.set({ title: 'Fout' })
						.where('id', '=', translationId)
						.execute();
					throw new Error('rolled back');
				})
				.catch(() => {})
		);
		expect(sent).toEqual([]);
	});

	test('scheduling a text for later wakes the instances’ timers without dropping any page', async () => {
		const { translationId } = await entry('draft');
		const tomorrow = new Date(Date.now() + 86_400_000);
		const sent = await notificationsOf(() =>
			db
				.updateTable('entry_translations')
				.set({ status: 'scheduled', published_at: tomorrow })
				.where('id', '=', translationId)
				.execute()
		);
		expect(sent).toEqual([{ tags: [] }]);
	});

	test('details of a public entry name its pages; a page in a menu names its whole site', async () => {
		const { id, translationId } = await entry('published');
		expect(
			await notificationsOf(() =>
				db
					.insertInto('vacancy_details')
					.values({ entry_id: id, closes_on: '2027-01-31', contract: 'Voltijds', place: 'Brussel' })
					.execute()
			)
		).toEqual([tagsOf(id)]);
		await db.insertInto('site_menus').values({ site_id: 'wsm', locale: 'nl', kind: 'footer' }).execute();
		const menu = () =>
			db
				.insertInto('site_menu_items')
				.values({ site_id: 'wsm', locale: 'nl', kind: 'footer', position: 0, entry_id: id })
				.execute();
		expect(await notificationsOf(menu)).toEqual([{ tags: ['site:wsm'] }]);
		const retitle = () =>
			db
				.updateTable('entry_translations')
				.set({ title: 'Over ons' })
				.where('id', '=', translationId)
				.execute();
		expect(await notificationsOf(retitle)).toEqual([{ tags: [`entry:${id}`, 'lists:wsm', 'site:wsm'] }]);
	});

	test('a picture names itself, the public entries it illustrates or sits in, and their lists', async () => {
		const mediaId = await image();
		const { id } = await entry('published');
		await db.updateTable('entries').set({ image_id: mediaId }).where('id', '=', id).execute();
		const inText = await entry('published', { siteId: 'fos' });
		await db
			.updateTable('entry_translations')
			.set({ body: `![Betoging](/media/${mediaId}/960w.avif)` })
			.where('entry_id', '=', inText.id)
			.execute();
		await entry('draft').then(({ id: draftId }) =>
			db.updateTable('entries').set({ image_id: mediaId }).where('id', '=', draftId).execute()
		);
		const expected = {
			tags: [`entry:${id}`, `entry:${inText.id}`, 'lists:fos', 'lists:wsm', `media:${mediaId}`].sort()
		};
		const alt = () =>
			db
				.insertInto('media_alt_texts')
				.values({ media_id: mediaId, locale: 'nl', alt_text: 'Een betoging' })
				.execute();
		const credit = () =>
			db.updateTable('media').set({ credit: 'Foto: WSM' }).where('id', '=', mediaId).execute();
		for (const change of [alt, credit]) {
			const sent = await notificationsOf(change);
			expect(sent).toEqual([expected]);
		}
		const unused = await image();
		expect(
			await notificationsOf(() =>
				db.updateTable('media').set({ credit: 'Foto: FOS' }).where('id', '=', unused).execute()
			)
		).toEqual([{ tags: [`media:${unused}`] }]);
	});

	test('menus, home blocks, partners and settings name their site; a setting no page shows does not', async () => {
		await db.insertInto('countries').values({ code: 'PE', continent: 'latin-america' }).execute();
		const changes: Array<[() => Promise<unknown>, InvalidationNotice[]]> = [
			[
				() => db.insertInto('site_menus').values({ site_id: 'fos', locale: 'nl', kind: 'header' }).execute(),
				[{ tags: ['site:fos'] }]
			],
			[
				() =>
					db
						.insertInto('home_blocks')
						.values({ site_id: 'wsm', locale: 'nl', kind: 'news', position: 0, item_count: 3 })
						.execute(),
				[{ tags: ['site:wsm'] }]
			],
			[
				() =>
					db
						.insertInto('partners')
						.values({ key: 'cgtp', site_id: 'wsm', country_code: 'PE', kind: 'union', name: 'CGTP' })
						.execute(),
				[{ tags: ['site:wsm'] }]
			],
			[
				() => db.insertInto('site_countries').values({ site_id: 'fos', country_code: 'PE' }).execute(),
				[{ tags: ['site:fos'] }]
			],
			[
				() => db.updateTable('sites').set({ name: 'WSM vzw' }).where('id', '=', 'wsm').execute(),
				[{ tags: ['site:wsm'] }]
			],
			[() => db.updateTable('sites').set({ require_review: true }).where('id', '=', 'wsm').execute(), []]
		];
		for (const [change, expected] of changes) expect(await notificationsOf(change)).toEqual(expected);
	});

	test('a shared tag or country names the sites whose pages show it; an unused one none', async () => {
		const used = await db
			.insertInto('tags')
			.values({ key: 'lonen', kind: 'tag' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const unused = await db
			.insertInto('tags')
			.values({ key: 'ongebruikt', kind: 'tag' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const { id } = await entry('published', { siteId: 'fos' });
		await db.insertInto('entry_tags').values({ entry_id: id, tag_id: used.id }).execute();
		const label = (tagId: string) => () =>
			db
				.insertInto('tag_translations')
				.values({ tag_id: tagId, locale: 'nl', label: 'Lonen', slug: `lonen-${tagId.slice(0, 4)}` })
				.execute();
		expect(await notificationsOf(label(used.id))).toEqual([{ tags: ['site:fos'] }]);
		expect(await notificationsOf(label(unused.id))).toEqual([]);

		await db.insertInto('countries').values({ code: 'BO', continent: 'latin-america' }).execute();
		await db.insertInto('site_countries').values({ site_id: 'wsm', country_code: 'BO' }).execute();
		const name = () =>
			db
				.insertInto('country_translations')
				.values({ country_code: 'BO', locale: 'nl', name: 'Bolivia', slug: 'bolivia' })
				.execute();
		expect(await notificationsOf(name)).toEqual([{ tags: ['site:wsm'] }]);
	});

	test('one statement over many rows sends one notification, every page once past the size limit', async () => {
		const few = await Promise.all([1, 2, 3].map(() => entry('published')));
		const touch = (ids: string[]) => () =>
			db
				.updateTable('entry_translations')
				.set({ summary: 'Bijgewerkt' })
				.where('entry_id', 'in', ids)
				.execute();
		const sent = await notificationsOf(touch(few.map((e) => e.id)));
		expect(sent).toEqual([{ tags: [...few.map((e) => `entry:${e.id}`), 'lists:wsm'].sort() }]);

		const many: string[] = [];
		for (let i = 0; i < 200; i++) many.push((await entry('published')).id);
		expect(await notificationsOf(touch(many))).toEqual([{ all: true }]);
		expect(await notificationsOf(() => sql`truncate home_blocks`.execute(db))).toEqual([{ all: true }]);
	});
});
