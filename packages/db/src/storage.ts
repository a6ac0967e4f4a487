// Where uploaded and seeded files live: content-addressed files under MEDIA_DIR (default
// `.data/media` in the working directory). A file is written under a temporary name and renamed
// into place, so a crash or a full disk never leaves half a file under a real key.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export function mediaDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.MEDIA_DIR ?? join(process.cwd(), '.data', 'media'));
}

/** The path of a stored file; keys are SHA-256 hex digests, so nothing from outside reaches the path. */
export function storedFilePath(key: string, dir: string = mediaDir()): string {
	if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('not a storage key');
	return join(dir, key.slice(0, 2), key);
}

/** Stores bytes and returns their key and size; storing the same bytes twice keeps one file. */
export async function storeFile(
	bytes: Uint8Array,
	dir: string = mediaDir()
): Promise<{ key: string; size: number }> {
	const key = createHash('sha256').update(bytes).digest('hex');
	const path = storedFilePath(key, dir);
	await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
	const temporary = join(dir, `.tmp-${randomUUID()}`);
	try {
		await writeFile(temporary, bytes, { flag: 'wx' });
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
	return { key, size: bytes.byteLength };
}

/** Removes a stored file that no row needs any more; one already gone is fine. */
export async function removeStoredFile(key: string, dir: string = mediaDir()): Promise<void> {
	await rm(storedFilePath(key, dir), { force: true });
}
