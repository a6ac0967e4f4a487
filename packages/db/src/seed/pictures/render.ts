// The seed's pictures as JPEG files with their responsive copies. Painting and encoding take a
// few seconds each, so the results are kept under `.data/seed-pictures/` keyed by a hash of the
// SVG and the copies' settings: a second seed (or the next test run) reads them back at once.
// A changed scene or a changed copy setting gets a new key; stale folders are only disk space.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { imageCopies, imageFormats, imageWidths, type ImageCopy } from '../../images.ts';
import type { ImageFormat } from '../../schema.ts';
import { pictureSvg, seedPictures, type SeedPicture } from './catalogue.ts';

export interface PictureFile {
	bytes: Uint8Array;
	copies: ImageCopy[];
}

export function pictureCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.SEED_PICTURE_CACHE ?? join(process.cwd(), '.data', 'seed-pictures'));
}

// Part of the key: copies made with other widths or formats must not be read back.
const copySettings = JSON.stringify({ imageWidths, imageFormats, v: 1 });

/** Renders the SVG to a JPEG and makes its copies (no cache). */
export async function renderPicture(svg: string): Promise<PictureFile> {
	const bytes = new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 88, mozjpeg: true }).toBuffer());
	return { bytes, copies: await imageCopies(bytes) };
}

const copyName = (c: Pick<ImageCopy, 'format' | 'width' | 'height'>): string =>
	`${c.width}x${c.height}.${c.format}`;

async function readCached(dir: string): Promise<PictureFile | undefined> {
	try {
		const names = await readdir(dir);
		const copies: ImageCopy[] = [];
		for (const name of names) {
			const m = /^(\d+)x(\d+)\.(avif|webp|jpeg)$/.exec(name);
			if (!m) continue;
			const bytes = new Uint8Array(await readFile(join(dir, name)));
			copies.push({ width: Number(m[1]), height: Number(m[2]), format: m[3] as ImageFormat, bytes });
		}
		if (copies.length === 0) return undefined;
		return { bytes: new Uint8Array(await readFile(join(dir, 'original.jpg'))), copies };
	} catch {
		return undefined;
	}
}

/** A picture's files, from the cache when it has them; written there otherwise. */
export async function pictureFile(picture: SeedPicture, cacheDir = pictureCacheDir()): Promise<PictureFile> {
	const svg = pictureSvg(picture);
	const key = createHash('sha256').update(svg).update(copySettings).digest('hex');
	const dir = join(cacheDir, key);
	const cached = await readCached(dir);
	if (cached) return cached;
	const file = await renderPicture(svg);
	// Written beside and renamed into place, so a seed stopped halfway never leaves half a folder.
	const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`;
	try {
		await mkdir(temporary, { recursive: true });
		await writeFile(join(temporary, 'original.jpg'), file.bytes);
		for (const copy of file.copies) await writeFile(join(temporary, copyName(copy)), copy.bytes);
		await rename(temporary, dir);
	} catch {
		// Another seed got there first, or the disk is read-only: the picture is still good.
		await rm(temporary, { recursive: true, force: true });
	}
	return file;
}

let rendered: Promise<Map<string, PictureFile>> | undefined;

/**
 * Every seed picture's files by key, two at a time (the machines have two cores), once per
 * process.
 */
export function renderSeedPictures(): Promise<Map<string, PictureFile>> {
	rendered ??= (async () => {
		const files = new Map<string, PictureFile>();
		const queue = [...seedPictures];
		const worker = async (): Promise<void> => {
			for (let next = queue.shift(); next; next = queue.shift()) files.set(next.key, await pictureFile(next));
		};
		await Promise.all([worker(), worker()]);
		return files;
	})();
	return rendered;
}
