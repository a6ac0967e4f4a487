// Apart from search.ts, which needs SvelteKit's request (for the page cache's tags), so that it
// can be tested alone.

/**
 * The `q` parameter as it was sent: undefined when it is not UTF-8 (URLSearchParams would
 * quietly turn the bytes into U+FFFD and search for those).
 */
export function rawQuery(search: string): string | undefined {
	const value = /(?:^\?|&)q=([^&]*)/.exec(search)?.[1];
	if (value === undefined) return '';
	try {
		return decodeURIComponent(value.replaceAll('+', ' '));
	} catch {
		return undefined;
	}
}
