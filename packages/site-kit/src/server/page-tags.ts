// What a public page shows, as tags the server's page cache drops it by when that changes (see
// @solidair/server's page-cache.ts): `site:<site>` on every page, `lists:<site>` on pages that list
// or summarise entries, `entry:<id>` on an entry's own pages, `media:<id>` on pages showing a
// picture. Loaders add them with `tagPage`; `cacheHandle` collects them and hands them on.
import { AsyncLocalStorage } from 'node:async_hooks';

/** The tags of the request being answered; `marked` once a loader said its page may be kept. */
export interface PageTags {
	marked: boolean;
	tags: Set<string>;
}

// Our own request store rather than SvelteKit's getRequestEvent: the loaders are also imported
// outside a request (tests, the end-to-end helpers), where tagging is simply a no-op.
const store = new AsyncLocalStorage<PageTags>();

export const listsTag = (site: { id: string }) => `lists:${site.id}`;
export const entryTag = (entryId: string) => `entry:${entryId}`;
export const mediaTag = (mediaId: string) => `media:${mediaId}`;

/**
 * Called by a public loader or endpoint: its answer may be kept by the page cache, and is
 * dropped when one of `tags` is invalidated (none: only the site's own tag, which is always
 * added). Not for an answer that depends on a token or a visitor's choice; a preview is never kept.
 */
export function tagPage(...tags: Array<string | null | undefined>): void {
	const page = store.getStore();
	if (!page) return;
	page.marked = true;
	for (const tag of tags) if (tag) page.tags.add(tag);
}

/** Runs `render` collecting the tags its loaders give. */
export async function collectPageTags<T>(render: () => Promise<T>): Promise<{ result: T; page: PageTags }> {
	const page: PageTags = { marked: false, tags: new Set() };
	const result = await store.run(page, render);
	return { result, page };
}
