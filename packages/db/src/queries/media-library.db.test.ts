import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { storeImage } from '../images.ts';
import { fileStore, removeStoredFile } from '../storage.ts';
import { imagesById } from './images.ts';
import {
	createTestDatabase,
	createTestSite,
	expectPagedList,
	type ReadPage,
	type TestDatabase
} from '../testing.ts';
import {
	deleteImage,
	imageDetailsProblems,
	imageUsage,
	setEntryImage,
	siteImages,
	siteImagesPage,
	updateImageDetails,
	type SiteImagesFilter
} from './media-library.ts';

const colour = async (background: string) =>
	new Uint8Array(
		await sharp({ create: { width: 60, height: 40, channels: 3, background } })
			.png()
			.toBuffer()
	);

describe('image details are checked before they are saved', () => {
	test('alt text in every language of the site unless decorative; focal point within the image', () => {
		expect(
			imageDetailsProblems({ alt: { nl: 'Een vergadering', fr: ' ' }, decorative: false, focal: null }, [
				'nl',
				'fr'
			])
		).toEqual([{ field: 'alt', locale: 'fr', reason: 'required' }]);
		expect(
			imageDetailsProblems({ alt: {}, decorative: true, focal: { x: 0.5, y: 1 } }, ['nl', 'fr'])
		).toEqual([]);
		expect(
			imageDetailsProblems(
				{ alt: { nl: 'x'.repeat(501) }, decorative: true, focal: { x: 1.2, y: Number.NaN } },
				['nl']
			)
		).toEqual([
			{ field: 'alt', locale: 'nl', reason: 'too-long' },
			{ field: 'focal', reason: 'out-of-range' }
		]);
	});
});

describe.each(inject('databases'))('the media library on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let dir: string;
	let store: ReturnType<typeof fileStore>;
	const ids = { used: '', inText: '', unused: '', fos: '', entry: '' };

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		dir = mkdtempSync(join(tmpdir(), 'media-library-'));
		store = fileStore(dir);
		await createTestSite(t.db, ['nl', 'fr']);
		await createTestSite(t.db, ['nl'], 'fos');
		const addImage = async (siteId: string, background: string, filename: string) =>
			storeImage(
				t.db,
				{
					bytes: await colour(background),
					siteId,
					filename,
					alt: { nl: `Beeld ${filename}`, fr: `Image ${filename}` }
				},
				{ store }
			);
		ids.used = await addImage('wsm', '#a00', 'betoging.png');
		ids.inText = await addImage('wsm', '#0a0', 'veld.png');
		ids.unused = await addImage('wsm', '#00a', 'zee.png');
		ids.fos = await addImage('fos', '#aa0', 'fos.png');
		const entry = await t.db
			.insertInto('entries')
			.values({
				site_id: 'wsm',
				type: 'news',
				source_locale: 'nl',
				image_id: ids.used,
				author_name: null,
				key: null,
				section: null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		ids.entry = entry.id;
		await t.db
			.insertInto('entry_translations')
			.values({
				entry_id: entry.id,
				site_id: 'wsm',
				entry_type: 'news',
				locale: 'nl',
				slug: 'betoging',
				title: 'Betoging voor sociale bescherming',
				body: `Tekst\n\n![Het veld](/media/${ids.inText}/960w-abc.webp)`,
				seo_title: null,
				seo_description: null,
				published_at: null,
				source_updated_at: null
			})
			.execute();
	});
	afterAll(async () => {
		await t?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	test('the list: the site’s own images only, with alt texts and how often each is used', async () => {
		const images = await siteImages(t.db, 'wsm');
		expect(images.map((image) => [image.filename, image.usageCount]).sort()).toEqual([
			['betoging.png', 1],
			['veld.png', 1],
			['zee.png', 0]
		]);
		expect(images.find((image) => image.id === ids.unused)).toMatchObject({
			alt: { nl: 'Beeld zee.png', fr: 'Image zee.png' },
			decorative: false,
			width: 60,
			height: 40
		});
		expect((await siteImages(t.db, 'wsm', { query: 'image zee' })).map((image) => image.id)).toEqual([
			ids.unused
		]);
		// A LIKE wildcard typed in the search is a character, not "anything".
		expect(await siteImages(t.db, 'wsm', { query: '%' })).toEqual([]);
		expect((await siteImages(t.db, 'fos')).map((image) => image.id)).toEqual([ids.fos]);
	});

	test('the unused filter keeps only what no entry shows, as its picture or in its text', async () => {
		const unused = await siteImagesPage(t.db, 'wsm', { unused: true }, { limit: 10 });
		expect(unused).toMatchObject({ total: 1, images: [{ id: ids.unused, usageCount: 0 }] });
		// With a search: both must hold.
		expect((await siteImagesPage(t.db, 'wsm', { unused: true, query: 'veld' }, { limit: 10 })).total).toBe(0);
		expect((await siteImagesPage(t.db, 'wsm', { unused: false, query: 'veld' }, { limit: 10 })).total).toBe(
			1
		);
	});

	test('an entry’s picture is set from the picker: only the site’s own image for its own entry', async () => {
		const before = await t.db
			.selectFrom('entries')
			.select('version')
			.where('id', '=', ids.entry)
			.executeTakeFirstOrThrow();
		expect(await setEntryImage(t.db, 'fos', ids.entry, ids.fos)).toEqual({ kind: 'not-found' });
		expect(await setEntryImage(t.db, 'wsm', ids.entry, ids.fos)).toEqual({ kind: 'not-an-image' });
		expect(await setEntryImage(t.db, 'wsm', ids.entry, 'not-an-id')).toEqual({ kind: 'not-an-image' });
		expect(await setEntryImage(t.db, 'wsm', ids.entry, ids.unused)).toEqual({
			kind: 'saved',
			version: before.version + 1
		});
		expect((await imageUsage(t.db, 'wsm', ids.unused)).map((use) => use.how)).toEqual(['picture']);
		expect(
			(await siteImagesPage(t.db, 'wsm', { unused: true }, { limit: 10 })).images.map((i) => i.id)
		).toEqual([ids.used]);
		// Put back as it was for the tests below.
		await setEntryImage(t.db, 'wsm', ids.entry, ids.used);
	});

	test('where an image is used: as an entry’s picture or in its text', async () => {
		expect(await imageUsage(t.db, 'wsm', ids.used)).toEqual([
			{ entryId: ids.entry, type: 'news', title: 'Betoging voor sociale bescherming', how: 'picture' }
		]);
		expect((await imageUsage(t.db, 'wsm', ids.inText)).map((use) => use.how)).toEqual(['text']);
		expect(await imageUsage(t.db, 'wsm', ids.unused)).toEqual([]);
		expect(await imageUsage(t.db, 'wsm', 'not-an-id')).toEqual([]);
	});

	test('details are saved for the site’s own images only; decorative images lose their alt texts', async () => {
		expect(
			await updateImageDetails(t.db, 'fos', ids.unused, { alt: { nl: 'x' }, decorative: false, focal: null })
		).toBe(false);
		expect(
			await updateImageDetails(t.db, 'wsm', ids.unused, {
				alt: { nl: 'De Noordzee bij Oostende', fr: 'La mer du Nord à Ostende' },
				decorative: false,
				focal: { x: 0.25, y: 0.75 }
			})
		).toBe(true);
		const [image] = await siteImages(t.db, 'wsm', { query: 'Oostende' });
		expect(image).toMatchObject({
			id: ids.unused,
			alt: { nl: 'De Noordzee bij Oostende', fr: 'La mer du Nord à Ostende' }
		});
		const row = await t.db
			.selectFrom('media')
			.select(['focal_x', 'focal_y'])
			.where('id', '=', ids.unused)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ focal_x: 0.25, focal_y: 0.75 });
		await updateImageDetails(t.db, 'wsm', ids.unused, {
			alt: { nl: 'blijft niet' },
			decorative: true,
			focal: null
		});
		expect((await siteImages(t.db, 'wsm', { query: 'zee' }))[0]).toMatchObject({ decorative: true, alt: {} });
	});

	test('the credit is saved trimmed, kept when left out, emptied to none, and bounded', async () => {
		const credit = async () =>
			(await t.db.selectFrom('media').select('credit').where('id', '=', ids.used).executeTakeFirstOrThrow())
				.credit;
		const details = { alt: { nl: 'Een betoging' }, decorative: false, focal: null };
		await updateImageDetails(t.db, 'wsm', ids.used, { ...details, credit: '  Foto: An Janssens ' });
		expect(await credit()).toBe('Foto: An Janssens');
		await updateImageDetails(t.db, 'wsm', ids.used, details);
		expect(await credit()).toBe('Foto: An Janssens');
		expect((await imagesById(t.db, [ids.used])).get(ids.used)?.credit).toBe('Foto: An Janssens');
		await updateImageDetails(t.db, 'wsm', ids.used, { ...details, credit: ' ' });
		expect(await credit()).toBeNull();
		expect(imageDetailsProblems({ ...details, credit: 'x'.repeat(201) }, ['nl'])).toEqual([
			{ field: 'credit', reason: 'too-long' }
		]);
		expect(imageDetailsProblems({ ...details, credit: 'x'.repeat(200) }, ['nl'])).toEqual([]);
	});

	test('an image in use is not deleted; an unused one is, with the files no other row needs', async () => {
		const inUse = await deleteImage(t.db, 'wsm', ids.inText);
		expect(inUse).toMatchObject({ kind: 'in-use', uses: [{ entryId: ids.entry, how: 'text' }] });
		expect(await deleteImage(t.db, 'fos', ids.unused)).toEqual({ kind: 'not-found' });

		const deleted = await deleteImage(t.db, 'wsm', ids.unused);
		if (deleted.kind !== 'deleted') throw new Error(`not deleted: ${deleted.kind}`);
		// The original and its copies (up to three widths × three formats for a 60 px image: one width).
		expect(deleted.storageKeys.length).toBeGreaterThanOrEqual(4);
		for (const key of deleted.storageKeys) await removeStoredFile(key, store);
		expect(deleted.storageKeys.some((key) => existsSync(store.path(key)))).toBe(false);
		expect(
			await t.db.selectFrom('media_variants').select('media_id').where('media_id', '=', ids.unused).execute()
		).toEqual([]);
		expect((await siteImages(t.db, 'wsm')).map((image) => image.id)).not.toContain(ids.unused);
		// The other images' files are untouched.
		const others = await t.db
			.selectFrom('media_variants')
			.select('storage_key')
			.where('media_id', 'in', [ids.used, ids.inText])
			.execute();
		expect(others.length).toBeGreaterThan(0);
		for (const { storage_key } of others) expect(existsSync(store.path(storage_key))).toBe(true);
	});

	test("deleting one site's copy of shared bytes keeps the other site's image and its stored files", async () => {
		const bytes = await colour('#0aa');
		const upload = (siteId: string, alt: string) =>
			storeImage(t.db, { bytes, siteId, filename: 'gedeeld.png', alt: { nl: alt } }, { store });
		const wsm = await upload('wsm', 'Van WSM');
		const fos = await upload('fos', 'Van FOS');
		expect(fos).not.toBe(wsm);
		const keysOf = async (id: string) => {
			const media = await t.db
				.selectFrom('media')
				.select('storage_key')
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			const variants = await t.db
				.selectFrom('media_variants')
				.select('storage_key')
				.where('media_id', '=', id)
				.execute();
			return [media.storage_key, ...variants.map((variant) => variant.storage_key)];
		};
		const wsmKeys = await keysOf(wsm);

		// FOS cannot delete WSM's row; deleting its own frees nothing WSM still uses.
		expect(await deleteImage(t.db, 'fos', wsm)).toEqual({ kind: 'not-found' });
		const deleted = await deleteImage(t.db, 'fos', fos);
		if (deleted.kind !== 'deleted') throw new Error(`not deleted: ${deleted.kind}`);
		expect(deleted.storageKeys.filter((key) => wsmKeys.includes(key))).toEqual([]);
		for (const key of deleted.storageKeys) await removeStoredFile(key, store);
		for (const key of wsmKeys) expect(existsSync(store.path(key))).toBe(true);
		expect(await siteImages(t.db, 'fos', { id: fos })).toEqual([]);
		expect(await siteImages(t.db, 'wsm', { id: wsm })).toEqual([
			expect.objectContaining({ filename: 'gedeeld.png', alt: { nl: 'Van WSM' } })
		]);

		// The last row that uses the bytes takes them along.
		const last = await deleteImage(t.db, 'wsm', wsm);
		if (last.kind !== 'deleted') throw new Error(`not deleted: ${last.kind}`);
		expect(last.storageKeys.sort()).toEqual([...new Set(wsmKeys)].sort());
	});
});

describe.each(inject('databases'))('the media library a page at a time on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	// Ten images uploaded at the same moment, stored in descending id order: only their ids order them.
	const tied = Array.from({ length: 10 }, () => crypto.randomUUID()).sort((a, b) => (a < b ? 1 : -1));
	const moment = new Date('2026-06-01T10:00:00Z');

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db, ['nl', 'fr']);
		await createTestSite(t.db, ['nl'], 'fos');
		const image = (
			i: number,
			values: { site_id?: string; width?: number | null; filename?: string } = {}
		) => ({
			site_id: 'wsm',
			storage_key: `originals/${String(i).padStart(64, '0')}.png`,
			// Every other one a "zee" in its name.
			filename: `${i % 2 === 0 ? 'zee' : 'veld'}-${String(i).padStart(2, '0')}.png`,
			mime_type: 'image/png',
			byte_size: 100,
			width: 60,
			height: 40,
			created_at: i < 10 ? moment : new Date(moment.getTime() - (i + 1) * 60_000),
			...(i < 10 ? { id: tied[i] } : {}),
			...values
		});
		const made = await t.db
			.insertInto('media')
			.values([
				...Array.from({ length: 31 }, (_, i) => image(i)),
				// Not listed: another site's, and one whose upload never finished (no size).
				image(31, { site_id: 'fos' }),
				image(32, { width: null })
			])
			.returning(['id', 'filename'])
			.execute();
		// Three "veld" images found by their alt text.
		await t.db
			.insertInto('media_alt_texts')
			.values(
				made
					.filter(({ filename }) => ['veld-11.png', 'veld-13.png', 'veld-15.png'].includes(filename))
					.map(({ id }) => ({ media_id: id, locale: 'fr' as const, alt_text: 'La mer du Nord (zee)' }))
			)
			.execute();
	});
	afterAll(() => t?.drop());

	/** WSM's library, filtered, a page at a time. */
	const wsmPages =
		(filter: SiteImagesFilter): ReadPage =>
		async (paging) => {
			const { total, images } = await siteImagesPage(t.db, 'wsm', filter, paging);
			return { total, ids: images.map((image) => image.id) };
		};

	test('pages hold every image exactly once, newest first then by id, and the count is right', async () => {
		const everyone = (await siteImages(t.db, 'wsm')).map((image) => image.id);
		expect(everyone).toHaveLength(31);
		await expectPagedList(wsmPages({}), everyone, 7);
		// Uploaded at the same moment (the newest): by id, whatever order they were stored in.
		expect(everyone.slice(0, 10)).toEqual([...tied].reverse());
	});

	test('a search is paged the same way: only what matches its name or alt text, counted', async () => {
		const matching = (await siteImages(t.db, 'wsm', { query: 'zee' })).map((image) => image.id);
		// zee-00, zee-02 … zee-30 and the three "veld" with "zee" in an alt text; not FOS's, nor
		// the unfinished one.
		expect(matching).toHaveLength(19);
		await expectPagedList(wsmPages({ query: 'zee' }), matching, 4);
		expect(await siteImagesPage(t.db, 'wsm', { query: 'nergens' }, { limit: 4 })).toEqual({
			total: 0,
			images: []
		});
		expect((await siteImagesPage(t.db, 'fos', {}, { limit: 4 })).total).toBe(1);
		expect(await siteImagesPage(t.db, 'wsm', { id: 'not-an-id' }, { limit: 4 })).toEqual({
			total: 0,
			images: []
		});
	});
});
