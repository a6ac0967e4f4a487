// One rule for how much of a list a page asks for, so that no query trusts a limit or an offset
// from a URL: both come from the caller's page number, which anyone can edit.

/** A page of a list: at most `limit` rows (never more than `maxPageSize`), after skipping `offset`. */
export interface Paging {
	limit: number;
	offset?: number;
}

/** The most rows one page of an editor's or admin's list may hold. */
export const maxPageSize = 200;

/**
 * The `limit` and `offset` a query may use for `paging`: whole numbers, the limit between 0 and
 * `maxPageSize`, the offset at least 0 (a missing offset is the first page).
 */
export function pageWindow(paging: Paging): { limit: number; offset: number } {
	return {
		limit: Math.max(0, Math.min(Math.floor(paging.limit), maxPageSize)),
		offset: Math.max(0, Math.floor(paging.offset ?? 0))
	};
}

/**
 * A list's own `limit` option (not a page): `fallback` when omitted, then kept between 1 and `max`
 * so that a caller can neither ask for everything nor for nothing.
 */
export function boundedLimit(limit: number | undefined, fallback: number, max: number): number {
	return Math.min(Math.max(limit ?? fallback, 1), max);
}
