// When a translation is public, without a database. The times are instants (`Date`): a form's
// wall-clock value on Brussels clocks is turned into one by the app's form parser before it gets
// here, and the public queries compare `published_at` with the moment they run.
import type { TranslationStatus } from '../../schema.ts';
import { invalid, type InvalidResult } from './results.ts';

/** What the stored translation says about its publication (nothing for a new one). */
export interface StoredPublication {
	status: TranslationStatus;
	published_at: Date | null;
}

/** When `stored` went live, if it ever did: its publication time, once that has passed. */
export function wentLiveAt(stored: StoredPublication | undefined, now: Date): Date | null {
	return stored?.published_at && stored.published_at <= now ? stored.published_at : null;
}

/**
 * The `published_at` a save with `status` (and, when scheduling, `publishAt`) writes:
 * - `scheduled`: `publishAt`, required, and in the future unless it is the time the translation
 *   was already scheduled for (re-saving a scheduled text is fine even once its time has come);
 * - `published`: when it first went live (news is dated by it), or `now`;
 * - `draft`, `in_review` or `archived`: when it went live, if it did; a cancelled schedule forgets
 *   its time.
 */
export function publicationTime(
	status: TranslationStatus,
	publishAt: Date | null | undefined,
	stored: StoredPublication | undefined,
	now: Date
): { publishedAt: Date | null } | InvalidResult {
	const wentLive = wentLiveAt(stored, now);
	switch (status) {
		case 'scheduled': {
			if (!publishAt) return invalid('publishAt', 'required');
			const unchanged =
				stored?.status === 'scheduled' && stored.published_at?.getTime() === publishAt.getTime();
			if (!unchanged && publishAt <= now) return invalid('publishAt', 'not-in-future');
			return { publishedAt: publishAt };
		}
		case 'published':
			return { publishedAt: wentLive ?? now };
		default:
			return { publishedAt: wentLive };
	}
}
