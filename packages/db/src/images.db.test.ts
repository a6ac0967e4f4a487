import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { copyWidths, ImageRejected, inspectImage, storeImage } from './images.ts';
import { imagesById, siteImageVariant } from './queries/images.ts';
import { fileStore, storeFile } from './storage.ts';
import { createTestDatabase, createTestOrganisation, createTestSite, type TestDatabase } from './testing.ts';

/** A JPEG of `width` × `height` pixels, as a camera would store it: maybe sideways, maybe with EXIF. */
async function jpeg(
	width: number,
	height: number,
	metadata?: { orientation: number; exif: Record<string, Record<string, string>> }
) {
	let image = sharp({ create: { width, height, channels: 3, background: '#a4262c' } }).jpeg();
	if (metadata) image = image.withMetadata(metadata);
	return new Uint8Array(await image.toBuffer());
}

async function rejection(bytes: Uint8Array) {
	return inspectImage(bytes).then(
		() => 'accepted',
		(error: unknown) => (error instanceof ImageRejected ? error.problem : String(error))
	);
}

describe('what an upload really is', () => {
	test('JPEG, PNG, WebP and AVIF are images; their size is read upright', async () => {
		const base = sharp({ create: { width: 40, height: 30, channels: 3, background: '#fff' } });
		for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
			const bytes = new Uint8Array(await base.clone().toFormat(format).toBuffer());
			expect(await inspectImage(bytes)).toMatchObject({ width: 40, height: 30 });
		}
		// EXIF orientation 6: stored sideways, shown upright.
		const sideways = await jpeg(40, 30, { orientation: 6, exif: {} });
		expect(await inspectImage(sideways)).toMatchObject({ width: 30, height: 40 });
	});

	test('files that only pretend to be images, and formats we do not serve, are refused', async () => {
		const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
		const svg = new TextEncoder().encode(
			'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
		);
		const gif = new Uint8Array(
			await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
				.gif()
				.toBuffer()
		);
		const truncated = (await jpeg(400, 300)).slice(0, 20);
		expect(await rejection(pdf)).toBe('not-an-image');
		expect(await rejection(svg)).toBe('not-an-image');
		expect(await rejection(gif)).toBe('not-an-image');
		expect(await rejection(truncated)).toBe('not-an-image');
		expect(await rejection(new Uint8Array(0))).toBe('not-an-image');
	});

	test('a decompression bomb (tiny file, huge picture) is refused before it is decoded', async () => {
		const bomb = new Uint8Array(
			await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } })
				.png({ compressionLevel: 9 })
				.toBuffer()
		);
		expect(bomb.byteLength).toBeLessThan(1_000_000);
		expect(await rejection(bomb)).toBe('too-many-pixels');
	});

	test('copies are never wider than the original', () => {
		expect(copyWidths(300)).toEqual([300]);
		expect(copyWidths(480)).toEqual([480]);
		expect(copyWidths(1000)).toEqual([480, 960, 1000]);
		expect(copyWidths(4000)).toEqual([480, 960, 1600]);
	});
});

describe.each(inject('databases'))('the media library on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let dir: string;
	let store: ReturnType<typeof fileStore>;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db);
		await t.db
			.insertInto('sites')
			.values({
				id: 'fos',
				organisation_id: await createTestOrganisation(t.db, 'fos'),
				name: 'FOS',
				locales: ['nl', 'fr', 'en'],
				default_locale: 'nl',
				theme: 'fos'
			})
			.execute();
		dir = mkdtempSync(join(tmpdir(), 'solidair-media-'));
		store = fileStore(dir);
	});
	afterAll(async () => {
		await t?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	test('an upload is stored with upright, metadata-free copies in three formats', async () => {
		const photo = await jpeg(1200, 800, {
			orientation: 6,
			exif: {
				IFD0: { Make: 'PhoneCo', Copyright: 'someone' },
				IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 50/1 0/1' }
			}
		});
		expect((await sharp(photo).metadata()).exif?.length).toBeGreaterThan(0);
		const id = await storeImage(
			t.db,
			{ bytes: photo, siteId: 'wsm', filename: 'march.jpg', alt: { nl: 'Betoging in Brussel', fr: '' } },
			{ store }
		);
		const image = (await imagesById(t.db, [id])).get(id)!;
		expect(image).toMatchObject({
			width: 800,
			height: 1200,
			alt: { nl: 'Betoging in Brussel' },
			decorative: false
		});
		expect(image.alt.fr).toBeUndefined();
		expect(image.variants.map((v) => `${v.format} ${v.width}x${v.height}`).sort()).toEqual(
			['avif', 'jpeg', 'webp'].flatMap((f) => [`${f} 480x720`, `${f} 800x1200`]).sort()
		);
		for (const variant of image.variants) {
			const metadata = await sharp(await readFile(store.path(variant.storage_key))).metadata();
			expect(metadata.format).toBe(variant.format === 'avif' ? 'heif' : variant.format);
			expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height]);
			expect(metadata.exif).toBeUndefined();
			expect(metadata.orientation ?? 1).toBe(1);
		}
	});

	test('the same bytes again update the image instead of adding one; alt text is required', async () => {
		const bytes = await jpeg(600, 400);
		const image = { bytes, siteId: 'wsm', filename: 'a.jpg', alt: { nl: 'Eerste' } };
		const first = await storeImage(t.db, image, { store });
		const second = await storeImage(t.db, { ...image, alt: { nl: 'Tweede' } }, { store });
		expect(second).toBe(first);
		expect((await imagesById(t.db, [first])).get(first)?.alt).toEqual({ nl: 'Tweede' });
		await expect(storeImage(t.db, { ...image, alt: { nl: '  ' } }, { store })).rejects.toThrow(/alt text/);
		const decorative = await storeImage(
			t.db,
			{ ...image, bytes: await jpeg(500, 400), alt: {}, decorative: true },
			{ store }
		);
		expect((await imagesById(t.db, [decorative])).get(decorative)?.decorative).toBe(true);
	});

	test('a refused upload leaves no row and no file behind', async () => {
		const before = readdirSync(dir, { recursive: true }).length;
		const rows = await t.db.selectFrom('media').select('id').execute();
		const pdf = new TextEncoder().encode('%PDF-1.7 not an image');
		await expect(
			storeImage(t.db, { bytes: pdf, siteId: 'wsm', filename: 'x.jpg', alt: { nl: 'x' } }, { store })
		).rejects.toThrow(ImageRejected);
		expect(readdirSync(dir, { recursive: true }).length).toBe(before);
		expect(await t.db.selectFrom('media').select('id').execute()).toHaveLength(rows.length);
	});

	test("a copy is found only on its own site's media endpoint", async () => {
		const id = await storeImage(
			t.db,
			{ bytes: await jpeg(700, 500), siteId: 'wsm', filename: 'b.jpg', alt: { nl: 'b' } },
			{ store }
		);
		expect(await siteImageVariant(t.db, 'wsm', id, 'avif', 480)).toMatchObject({
			byte_size: expect.any(Number)
		});
		expect(await siteImageVariant(t.db, 'fos', id, 'avif', 480)).toBeUndefined();
		expect(await siteImageVariant(t.db, 'wsm', id, 'avif', 481)).toBeUndefined();
	});

	test('the same bytes in two sites are two images, each with its own details; again in one site, one', async () => {
		const bytes = await jpeg(640, 480);
		const wsm = await storeImage(
			t.db,
			{ bytes, siteId: 'wsm', filename: 'wsm.jpg', alt: { nl: 'Van WSM' }, focal: { x: 0.2, y: 0.3 } },
			{ store }
		);
		const fos = await storeImage(
			t.db,
			{ bytes, siteId: 'fos', filename: 'fos.jpg', alt: { nl: 'Van FOS' }, focal: { x: 0.8, y: 0.9 } },
			{ store }
		);
		expect(fos).not.toBe(wsm);
		const row = (id: string) =>
			t.db
				.selectFrom('media')
				.select(['site_id', 'filename', 'storage_key'])
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
		const [wsmRow, fosRow] = [await row(wsm), await row(fos)];
		expect(wsmRow).toMatchObject({ site_id: 'wsm', filename: 'wsm.jpg' });
		expect(fosRow).toMatchObject({ site_id: 'fos', filename: 'fos.jpg', storage_key: wsmRow.storage_key });
		const images = await imagesById(t.db, [wsm, fos]);
		expect(images.get(wsm)).toMatchObject({ alt: { nl: 'Van WSM' }, focal: { x: 0.2, y: 0.3 } });
		expect(images.get(fos)).toMatchObject({ alt: { nl: 'Van FOS' }, focal: { x: 0.8, y: 0.9 } });
		// Each site's endpoint serves its own row only.
		expect(await siteImageVariant(t.db, 'fos', fos, 'jpeg', 480)).toBeDefined();
		expect(await siteImageVariant(t.db, 'fos', wsm, 'jpeg', 480)).toBeUndefined();

		// Again in FOS's library: FOS's image is updated, WSM's left alone.
		expect(
			await storeImage(t.db, { bytes, siteId: 'fos', filename: 'fos-2.jpg', alt: { nl: 'Nieuw' } }, { store })
		).toBe(fos);
		expect((await imagesById(t.db, [fos])).get(fos)).toMatchObject({ alt: { nl: 'Nieuw' }, focal: null });
		expect(await row(wsm)).toEqual(wsmRow);
		expect((await imagesById(t.db, [wsm])).get(wsm)).toMatchObject({
			alt: { nl: 'Van WSM' },
			focal: { x: 0.2, y: 0.3 }
		});

		// The intranet's shared library (no site) is one library too: the same bytes twice are one image.
		const shared = await storeImage(
			t.db,
			{ bytes, siteId: null, filename: 'a.jpg', alt: { nl: 'Eén' } },
			{ store }
		);
		expect([wsm, fos]).not.toContain(shared);
		expect(
			await storeImage(t.db, { bytes, siteId: null, filename: 'b.jpg', alt: { nl: 'Twee' } }, { store })
		).toBe(shared);
		expect(
			await t.db.selectFrom('media').select('id').where('storage_key', '=', wsmRow.storage_key).execute()
		).toHaveLength(3);
	});

	test("bytes the site has as a publication's file are refused as an image; the file stays a file", async () => {
		const bytes = new Uint8Array(
			await sharp({ create: { width: 300, height: 200, channels: 3, background: '#1d4f91' } })
				.png()
				.toBuffer()
		);
		const { key, size } = await storeFile(bytes, store);
		const file = await t.db
			.insertInto('media')
			.values({
				site_id: 'wsm',
				storage_key: key,
				filename: 'infographic.png',
				mime_type: 'image/png',
				byte_size: size
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const before = readdirSync(dir, { recursive: true }).length;
		const upload = { bytes, siteId: 'wsm', filename: 'beeld.png', alt: { nl: 'Een grafiek' } };
		const refused = await storeImage(t.db, upload, { store }).then(
			() => 'stored',
			(error: unknown) => (error instanceof ImageRejected ? error.problem : String(error))
		);
		expect(refused).toBe('already-a-file');
		// No copies were written, and the row is still the publication's file, untouched.
		expect(readdirSync(dir, { recursive: true }).length).toBe(before);
		expect(
			await t.db
				.selectFrom('media')
				.select(['site_id', 'filename', 'width', 'height'])
				.where('storage_key', '=', key)
				.execute()
		).toEqual([{ site_id: 'wsm', filename: 'infographic.png', width: null, height: null }]);
		expect(
			await t.db.selectFrom('media_variants').select('media_id').where('media_id', '=', file.id).execute()
		).toEqual([]);
		// Another site's library takes the same bytes as an image.
		const fos = await storeImage(t.db, { ...upload, siteId: 'fos' }, { store });
		expect(fos).not.toBe(file.id);
		expect((await imagesById(t.db, [fos])).get(fos)).toMatchObject({ width: 300, height: 200 });
	});
});
