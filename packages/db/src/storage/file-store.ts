// The local-disk store (the embedded default): `<dir>/<first two hex digits>/<key>`. A file is
// written under a temporary name and renamed into place, so a crash or a full disk never leaves
// half a file under a real key.
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { checkedKey, isStorageKey, type ByteRange, type MediaStore, type StoredBytes } from './store.ts';

const missing = (error: unknown) => (error as { code?: string }).code === 'ENOENT';

export function fileStore(folder: string): MediaStore & { readonly dir: string; path(key: string): string } {
	const dir = resolve(folder);
	const path = (key: string) => join(dir, checkedKey(key).slice(0, 2), key);
	const size = (key: string) =>
		stat(path(key)).then(
			(info) => info.size,
			(error: unknown) => {
				if (missing(error)) return null;
				throw error;
			}
		);
	return {
		dir,
		location: `file:${dir}`,
		path,
		async put(key, bytes) {
			const target = path(key);
			await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
			const temporary = join(dir, `.tmp-${crypto.randomUUID()}`);
			try {
				await writeFile(temporary, bytes, { flag: 'wx' });
				await rename(temporary, target);
			} catch (error) {
				await rm(temporary, { force: true });
				throw error;
			}
		},
		async get(key, range?: ByteRange): Promise<StoredBytes | null> {
			const total = await size(key);
			if (total === null) return null;
			const stream = createReadStream(path(key), range ? { start: range.start, end: range.end } : {});
			return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, size: total };
		},
		async stat(key) {
			const total = await size(key);
			return total === null ? null : { size: total };
		},
		async remove(key) {
			await rm(path(key), { force: true });
		},
		async *keys() {
			const folders = await readdir(dir).catch((error: unknown) => {
				if (missing(error)) return [];
				throw error;
			});
			for (const folder of folders.filter((name) => /^[0-9a-f]{2}$/.test(name))) {
				for (const name of await readdir(join(dir, folder))) {
					if (isStorageKey(name) && name.startsWith(folder)) yield name;
				}
			}
		}
	};
}
