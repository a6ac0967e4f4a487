// What the inbox, subscribers and admin pages share: which site a URL names, the request their
// helpers take, and reading the filters of a list from its URL. (Refusals: `authorize` and `refuse`
// of @solidair/auth.)
import type { RefusalEvent, SiteId } from '@solidair/auth';
import type { GuardEvent } from '@solidair/account/server';
import { error } from '@sveltejs/kit';
import { isPublicSite } from '../public-sites.ts';

export { publicSites, siteName } from '../public-sites.ts';

/** The `[site]` segment of a URL: a public site, or a 404. */
export function siteParam(value: string): SiteId {
	if (!isPublicSite(value)) error(404, 'Not found');
	return value;
}

/** A request as the helpers of a page take it, with the route's parameters `P` besides `lang`. */
export type StaffEvent<P extends Record<string, string>> = GuardEvent &
	RefusalEvent & {
		getClientAddress(): string;
		route: { id: string | null };
		params: { lang: string } & P;
	};

// ---- Filters of a list, from its URL --------------------------------------------------------
// The filter forms offer only valid values (selects, maxlength): anything else was typed into the
// address bar, and gets a 400 page in the user's language, as the public sites' lists do.

export const pageSize = 25;

/** A parameter that must be one of `allowed` when given (empty is the same as absent). */
export function choiceParam<T extends string>(url: URL, name: string, allowed: readonly T[]): T | undefined {
	const value = url.searchParams.get(name) ?? '';
	if (value === '') return undefined;
	const chosen = allowed.find((candidate) => candidate === value);
	if (!chosen) error(400, 'Bad filter');
	return chosen;
}

/** Free text, trimmed, at most `max` characters. */
export function textParam(url: URL, name: string, max = 200): string {
	const value = (url.searchParams.get(name) ?? '').trim();
	if (value.length > max) error(400, 'Bad filter');
	return value;
}

/** The page asked for: 1 when absent. */
export function pageParam(url: URL): number {
	const value = url.searchParams.get('page');
	if (value === null) return 1;
	if (!/^[1-9]\d{0,5}$/.test(value)) error(400, 'Bad page');
	return Number(value);
}

/** The rows a page skips. */
export const offsetOf = (page: number): number => (page - 1) * pageSize;

/**
 * How many pages `total` rows make (at least one). A page past the last is no error: a list
 * shrinks (messages handled, people leave), and a link to its old last page then shows that there
 * is no such page, with the way back (ListResults.svelte).
 */
export function pageCountOf(total: number): number {
	return Math.max(1, Math.ceil(total / pageSize));
}
