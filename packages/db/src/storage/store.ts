// The one interface both stores keep (local disk, S3); one contract suite (storage.test.ts) runs
// the same checks against each.

/** Bytes `start` to `end`, both included, within the object (the caller checked them against its size). */
export interface ByteRange {
	start: number;
	end: number;
}

export interface StoredBytes {
	/** The bytes asked for: the whole object, or the range. Read it or cancel it. */
	body: ReadableStream<Uint8Array>;
	/** The whole object's size in bytes. */
	size: number;
}

export interface MediaStore {
	/** Where the bytes are, for logs and the copy command: `file:/var/lib/…` or `s3://bucket/prefix`. */
	readonly location: string;
	/** Stores an object under its key; the same key again holds the same bytes, so it may overwrite. */
	put(key: string, bytes: Uint8Array, contentType?: string): Promise<void>;
	/** The object (or a range of it) as a stream, or null when there is none. */
	get(key: string, range?: ByteRange): Promise<StoredBytes | null>;
	/** The object's size, or null when there is none. */
	stat(key: string): Promise<{ size: number } | null>;
	/** Removes an object; one already gone is fine. */
	remove(key: string): Promise<void>;
	/** Every key in the store (in no particular order). */
	keys(): AsyncIterable<string>;
}

/** Keys are SHA-256 hex digests, so nothing from outside reaches a path or an object name. */
export function isStorageKey(key: string): boolean {
	return /^[0-9a-f]{64}$/.test(key);
}

export function checkedKey(key: string): string {
	if (!isStorageKey(key)) throw new Error('not a storage key');
	return key;
}

/**
 * The store could not do what was asked (refused, unreachable, failing): the server's problem.
 * `code` lets the upload forms answer 503 as they do for a full or missing disk.
 */
export class MediaStoreError extends Error {
	readonly code = 'EMEDIASTORE';
	/** The store's HTTP status, when it answered. */
	readonly status: number | undefined;
	constructor(message: string, status?: number) {
		super(message);
		this.name = 'MediaStoreError';
		this.status = status;
	}
}
