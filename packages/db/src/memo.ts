// Answers to the signed-in pages' hottest reads (who a session is, their roles, the portal's
// dashboard), remembered in this process until the database says what they read has changed.
//
// On a small server each round trip to PostgreSQL cost the portal more than the lookup itself (a
// write to its socket, a wake-up of the database on the other core), three of them per page. The
// same triggers and listener that keep the public pages fresh (migrations 0026 and 0027,
// `@solidair/server`'s invalidation.ts) name what changed as tags: `user:<id>` for a user's
// account, sessions and roles, `portal` for anything the dashboard shows of others.
//
// Safe by construction, not by timing:
// - Nothing is read from or kept in the memo unless an app's listener hears the database
//   (`listening(true)`); while it does not (at start, connection lost, in tests), every read goes
//   to the database.
// - A value read while an invalidation came in is not kept (it may predate the change).
// - An entry is kept for a minute at most, whatever was heard: time alone ends some answers (a
//   meeting leaves the dashboard once over), and a connection gone silent is found within that.
// - A request that may have written (any method but GET and HEAD) forgets its user's entries when
//   it is done, so the page it redirects to reads afresh on this instance without waiting for the
//   notification; other instances hear it within milliseconds.

export interface MemoOptions {
	/** Entries kept at most; the oldest go first. */
	maxEntries?: number;
	/** Milliseconds an entry is kept at most. */
	ttlMs?: number;
	/** The clock (tests move it). */
	now?: () => number;
}

export interface Memo {
	/**
	 * The remembered answer for `key`, or `load()`'s. It is kept with the tags `tagsOf` gives it
	 * (none, undefined: not kept, e.g. an unknown session) when nothing was invalidated meanwhile.
	 */
	get<T>(key: string, load: () => Promise<T>, tagsOf: (value: T) => string[] | undefined): Promise<T>;
	/** Forgets every entry with one of these tags. */
	invalidate(tags: string[]): void;
	/** Forgets everything. */
	clear(): void;
	/** Whether invalidations are heard; until they are, nothing is kept or answered from memory. */
	listening(on: boolean): void;
	/** Entries kept now. */
	readonly size: number;
}

interface Entry {
	value: unknown;
	tags: string[];
	storedAt: number;
}

export function createMemo(options: MemoOptions = {}): Memo {
	const maxEntries = options.maxEntries ?? 10_000;
	const ttlMs = options.ttlMs ?? 60_000;
	const now = options.now ?? Date.now;
	const entries = new Map<string, Entry>();
	const keysByTag = new Map<string, Set<string>>();
	let heard = false;
	// Bumped by every invalidation: a read that started before one is not kept.
	let generation = 0;

	const remove = (key: string) => {
		const entry = entries.get(key);
		if (!entry) return;
		entries.delete(key);
		for (const tag of entry.tags) {
			const keys = keysByTag.get(tag);
			keys?.delete(key);
			if (keys?.size === 0) keysByTag.delete(tag);
		}
	};

	const clear = () => {
		generation++;
		entries.clear();
		keysByTag.clear();
	};

	return {
		async get<T>(
			key: string,
			load: () => Promise<T>,
			tagsOf: (value: T) => string[] | undefined
		): Promise<T> {
			const entry = heard ? entries.get(key) : undefined;
			if (entry && now() - entry.storedAt < ttlMs) return entry.value as T;
			if (entry) remove(key);
			const started = generation;
			const value = await load();
			const tags = tagsOf(value);
			if (heard && tags && generation === started) {
				remove(key);
				entries.set(key, { value, tags, storedAt: now() });
				for (const tag of tags) {
					let keys = keysByTag.get(tag);
					if (!keys) keysByTag.set(tag, (keys = new Set()));
					keys.add(key);
				}
				// Entries are in the order they were stored (a stored key is removed first), so the
				// oldest lead: past their time or over the bound, they go; memory holds at most a
				// minute's worth, never more than `maxEntries`.
				const stored = now();
				for (const [oldestKey, oldest] of entries) {
					if (entries.size <= maxEntries && stored - oldest.storedAt < ttlMs) break;
					remove(oldestKey);
				}
			}
			return value;
		},
		invalidate(tags) {
			generation++;
			for (const tag of tags) for (const key of [...(keysByTag.get(tag) ?? [])]) remove(key);
		},
		clear,
		listening(on) {
			heard = on;
			clear();
		},
		get size() {
			return entries.size;
		}
	};
}

/** This process's memo: the portal's listener switches it on; elsewhere it passes every read through. */
export const memo: Memo = createMemo();
