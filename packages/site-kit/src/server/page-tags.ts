// What a public page shows, as tags the server's page cache drops it by when that changes (see
// @solidair/server's page-cache.ts): `site:<site>` on every page, `lists:<site>` on pages that list
// or summarise entries, `entry:<id>` on an entry's own pages, `media:<id>` on pages showing a
// picture. Loaders add them with `tagPage` (tag-page.ts); `cacheHandle` sends them to the server.

/** Tags of the page being rendered, by its `locals` (the one object every step of a request shares). */
const tagsByRequest = new WeakMap<object, Set<string>>();

export const listsTag = (site: { id: string }) => `lists:${site.id}`;
export const entryTag = (entryId: string) => `entry:${entryId}`;
export const mediaTag = (mediaId: string) => `media:${mediaId}`;

/** Marks the request's answer cacheable, showing what `tags` name (none: only the site's frame). */
export function addPageTags(locals: object, tags: Iterable<string | null | undefined>): void {
	let set = tagsByRequest.get(locals);
	if (!set) tagsByRequest.set(locals, (set = new Set()));
	for (const tag of tags) if (tag) set.add(tag);
}

/** The tags loaders gave the request's answer, or undefined when none marked it cacheable. */
export function pageTags(locals: object): ReadonlySet<string> | undefined {
	return tagsByRequest.get(locals);
}
