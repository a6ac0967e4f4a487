// What the inbox, subscribers and admin pages share: which site a URL names, asking `can` and
// answering a refusal, and reading the filters of a list from its URL.
import { audit, can, type Action, type Resource, type SignedInActor, type SiteId } from '@solidair/auth';
import type { GuardEvent } from '@solidair/account/server';
import { database } from '@solidair/app-kit/server';
import { error } from '@sveltejs/kit';
import { isPublicSite } from '../public-sites.ts';

export { publicSites, siteName } from '../public-sites.ts';

/** The `[site]` segment of a URL: a public site, or a 404. */
export function siteParam(value: string): SiteId {
	if (!isPublicSite(value)) error(404, 'Not found');
	return value;
}

/** What a refusal reads of the request. */
export interface AccessEvent {
	getClientAddress(): string;
	route: { id: string | null };
}

/**
 * Refused: logged as `resource.access_denied`, answered with a 404 as for something that does not
 * exist (whether it does is not told).
 */
export async function refuse(
	event: AccessEvent,
	actor: SignedInActor,
	action: Action,
	target: { type: string; id?: string }
): Promise<never> {
	await audit(database(), {
		actorId: actor.id,
		action: 'resource.access_denied',
		targetType: target.type,
		// Whatever was in the URL or the form, cut short: the log is no place for arbitrary input.
		targetId: target.id?.slice(0, 64),
		ip: event.getClientAddress(),
		details: { route: event.route.id, attempted: action }
	});
	error(404, 'Not found');
}

/** A request as the helpers of a page take it, with the route's parameters `P` besides `lang`. */
export type StaffEvent<P extends Record<string, string>> = GuardEvent &
	AccessEvent & { params: { lang: string } & P };

/** Goes on only when `can(actor, action, resource)`; otherwise `refuse`. */
export async function demand(
	event: AccessEvent,
	actor: SignedInActor,
	action: Action,
	resource: Resource,
	targetId?: string
): Promise<void> {
	if (!can(actor, action, resource))
		await refuse(event, actor, action, { type: resource.type, id: targetId });
}

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
