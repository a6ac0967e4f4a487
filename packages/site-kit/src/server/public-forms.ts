// What the public sites' forms add to the parsing every form shares (`@solidair/app-kit/server`):
// a honeypot and a rate limit per client address.
import { database } from '@solidair/app-kit/server';
import { withinRateLimit } from '@solidair/db/throttle';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { fail } from '@sveltejs/kit';
import { honeypotField } from '../honeypot.ts';

/** True when the honeypot was filled in: the post is answered as a success and dropped. */
export function isRobot(data: FormData): boolean {
	return String(data.get(honeypotField) ?? '') !== '';
}

/**
 * Counts a post of `form` from the client address; false when it has posted too often. The
 * address comes from the socket (adapter-node), or a header only when a trusted proxy is configured.
 */
export async function allowedToPost(
	site: { id: string },
	form: string,
	clientAddress: string,
	limit = 10,
	windowSeconds = 600
): Promise<boolean> {
	return withinRateLimit(database(), `${site.id}:${form}:${clientAddress}`, { limit, windowSeconds });
}

/** The 429 answer of a rate-limited form, input kept. */
export function tooMany(values: Record<string, string>, locale: Locale) {
	return fail(429, { values, errors: {}, formError: m.form_too_many({}, { locale }) });
}
