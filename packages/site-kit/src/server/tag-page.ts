// Apart from page-tags.ts so that what tests import does not need SvelteKit's `$app/server`.
import { getRequestEvent } from '$app/server';
import { addPageTags } from './page-tags.ts';

/**
 * Called by a public loader or endpoint: its answer may be kept by the page cache, and is
 * dropped when one of `tags` is invalidated (the site's own tag is always added). Never in a
 * preview, nor for an answer that depends on a token or a visitor's choice.
 */
export function tagPage(...tags: Array<string | null | undefined>): void {
	addPageTags(getRequestEvent().locals, tags);
}
