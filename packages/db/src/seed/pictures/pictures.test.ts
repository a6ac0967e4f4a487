import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { seedCampaigns } from '../content/campaigns.ts';
import { seedNews } from '../content/articles.ts';
import { pictureFor, pictureSvg, seedPictures } from './catalogue.ts';
import { outputSize } from './paint.ts';
import { pictureFile } from './render.ts';

describe('the seed pictures', () => {
	test('there are at least 24, each with its own key', () => {
		expect(seedPictures.length).toBeGreaterThanOrEqual(24);
		expect(new Set(seedPictures.map((p) => p.key)).size).toBe(seedPictures.length);
	});

	test('each is described in nl, fr, en and es, differently from the others, and credited', () => {
		for (const picture of seedPictures) {
			for (const locale of ['nl', 'fr', 'en', 'es'] as const) {
				const text = picture.alt[locale];
				expect(text.length, `${picture.key} ${locale}`).toBeGreaterThan(20);
				expect(text.length).toBeLessThanOrEqual(500);
				// Says what it shows, not that it is a picture.
				expect(text).not.toMatch(/^(image|afbeelding|foto|photo|imagen|picture)\b/i);
			}
			expect(picture.credit).toBe(picture.site === 'wsm' ? 'Illustratie: WSM' : 'Illustratie: FOS');
			expect(picture.focal.x).toBeGreaterThanOrEqual(0);
			expect(picture.focal.y).toBeLessThanOrEqual(1);
		}
		// A repainted telling of a story (`…-pe`) shares its story's description; all others differ.
		const subjects = seedPictures.filter((p) => !/-[a-z]{2}$/.test(p.key));
		expect(subjects.length).toBeGreaterThanOrEqual(24);
		for (const locale of ['nl', 'fr', 'en', 'es'] as const)
			expect(new Set(subjects.map((p) => p.alt[locale])).size).toBe(subjects.length);
	});

	test('every seeded news item and campaign finds a picture of its own site', () => {
		for (const entry of [...seedNews, ...seedCampaigns])
			expect(pictureFor(entry.key)?.site, entry.key).toBe(entry.site);
		// Each news item its own picture, whichever country it is told in.
		expect(new Set(seedNews.map((news) => pictureFor(news.key)?.key)).size).toBe(seedNews.length);
		expect(pictureFor('wsm-minimum-wage-zz')?.key).toBe('wsm-minimum-wage');
		expect(pictureFor('wsm-nothing-like-it')).toBeUndefined();
	});

	test('the SVGs are the same on every run and hold no text', () => {
		for (const picture of seedPictures) {
			const svg = pictureSvg(picture);
			expect(pictureSvg(picture)).toBe(svg);
			expect(svg).not.toMatch(/<text|<image|href=/);
		}
	});

	test('sharp reads each at the expected size, and no two look alike', async () => {
		const thumbs: Buffer[] = [];
		for (const picture of seedPictures) {
			const svg = Buffer.from(pictureSvg(picture));
			const meta = await sharp(svg).metadata();
			expect([meta.format, meta.width, meta.height], picture.key).toEqual([
				'svg',
				outputSize.width,
				outputSize.height
			]);
			// Painted at an eighth of the size (density 72 / 8): the same scene, quick enough for a unit test.
			thumbs.push(
				await sharp(svg, { density: 9 }).resize(32, 18, { fit: 'fill' }).removeAlpha().raw().toBuffer()
			);
		}
		// Mean difference per channel between two thumbnails, 0–255: a repeat would be near 0. A
		// repainted round of one story (same scene and light) only needs to differ; subjects, clearly.
		const difference = (a: Buffer, b: Buffer) =>
			a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0) / a.length;
		const story = (key: string) => key.replace(/-[a-z]{2}$/, '');
		for (let i = 0; i < thumbs.length; i++) {
			for (let j = i + 1; j < thumbs.length; j++) {
				const [a, b] = [seedPictures[i]!.key, seedPictures[j]!.key];
				const least = story(a) === story(b) ? 1 : 8;
				expect(difference(thumbs[i]!, thumbs[j]!), `${a} vs ${b}`).toBeGreaterThan(least);
			}
		}
	}, 60_000);
});

describe('pictureFile', () => {
	const dirs: string[] = [];
	afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

	test('makes the JPEG and its nine copies once, then reads them back from the cache', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'seed-pictures-'));
		dirs.push(dir);
		const picture = seedPictures[0]!;
		const first = await pictureFile(picture, dir);
		const meta = await sharp(first.bytes).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', outputSize.width, outputSize.height]);
		expect(first.copies).toHaveLength(9);
		const [folder] = await readdir(dir);
		expect(await readdir(join(dir, folder!))).toHaveLength(10);
		const second = await pictureFile(picture, dir);
		expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
		const key = (c: { format: string; width: number }) => `${c.width}.${c.format}`;
		expect(second.copies.map(key).sort()).toEqual(first.copies.map(key).sort());
	}, 60_000);
});
