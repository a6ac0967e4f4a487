// The page cache as the invalidation listener sees it (the shared contract of issue 22): the cache
// itself lives in page-cache.ts; the listener only drops what it is told to.

export interface PageCache {
	/** Drops every cached page carrying one of these tags (`entry:<id>`, `lists:<site>`, `site:<site>`, `media:<id>`). */
	invalidate(tags: Iterable<string>): void;
	/** Drops every cached page. */
	clear(): void;
}
