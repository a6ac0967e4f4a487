// Where uploaded and seeded files live, content-addressed (the key is the SHA-256 of the bytes, so
// a stored object never changes): on local disk under MEDIA_DIR (the embedded default), or in an
// S3-compatible bucket when MEDIA_STORE says `s3://bucket[/prefix]` (several machines share it).
// Every reader and writer goes through a MediaStore; nothing else knows where the bytes are.
import { createHash } from 'node:crypto';
import { fileStore } from './storage/file-store.ts';
import { s3Store } from './storage/s3-store.ts';
import { mediaStoreSettings } from './storage/settings.ts';
import type { MediaStore } from './storage/store.ts';

export { copyMediaStore, type CopySummary } from './storage/copy.ts';
export { fileStore } from './storage/file-store.ts';
export { s3Store, type S3StoreOptions } from './storage/s3-store.ts';
export {
	isStorageKey,
	MediaStoreError,
	type ByteRange,
	type MediaStore,
	type StoredBytes
} from './storage/store.ts';
export {
	mediaDir,
	mediaStoreSettings,
	mediaStoreVariables,
	type MediaStoreSettings
} from './storage/settings.ts';

/** The store MEDIA_STORE (and the S3 variables, or MEDIA_DIR) describe; throws when incomplete. */
export function mediaStoreFromEnv(env: NodeJS.ProcessEnv = process.env): MediaStore {
	const settings = mediaStoreSettings(env);
	if (!settings.ok) throw new Error(settings.problems.join('\n'));
	return settings.kind === 'file' ? fileStore(settings.dir) : s3Store(settings.s3);
}

let current: MediaStore | undefined;

/** This process's store, made from its environment once (the apps' servers checked it at start). */
export function mediaStore(): MediaStore {
	current ??= mediaStoreFromEnv();
	return current;
}

/** The key of some bytes: their SHA-256 in hex. */
export function storageKey(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Stores bytes and returns their key and size; storing the same bytes twice keeps one object. */
export async function storeFile(
	bytes: Uint8Array,
	store: MediaStore = mediaStore(),
	contentType?: string
): Promise<{ key: string; size: number }> {
	const key = storageKey(bytes);
	await store.put(key, bytes, contentType);
	return { key, size: bytes.byteLength };
}

/** Removes a stored object that no row needs any more; one already gone is fine. */
export async function removeStoredFile(key: string, store: MediaStore = mediaStore()): Promise<void> {
	await store.remove(key);
}

/** The whole of a stored object, or null when there is none (tests, image checks). */
export async function readStoredFile(
	key: string,
	store: MediaStore = mediaStore()
): Promise<Uint8Array | null> {
	const object = await store.get(key);
	return object ? new Uint8Array(await new Response(object.body).arrayBuffer()) : null;
}
