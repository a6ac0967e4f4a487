// What the review page and its actions share (no server import: the page reads it too).
import type { Locale } from '@solidair/db';
import * as m from '@solidair/i18n/messages';
import type { Finding } from '#lib/content-checks/index.ts';

/** The reviewer's forms. */
export type ReviewForm = 'comment' | 'sendBack' | 'approve';

/** The one shape of a refused step: which form, what was typed, and why, per field. */
export interface ReviewFailure {
	form: ReviewForm;
	values: Record<string, string>;
	errors: Record<string, string>;
	/** The content checks of the text, when they refused an approval. */
	checks?: Finding[];
}

/** What was done, as the address says after post/redirect/get (`?done=comment`). */
export const reviewDoneKinds = ['comment', 'sent_back', 'approved', 'scheduled'] as const;
export type ReviewDoneKind = (typeof reviewDoneKinds)[number];

/** The message for what was done, in `locale`; `time` is when a scheduled text goes live. */
export function reviewDoneMessage(kind: ReviewDoneKind, locale: Locale, time: string): string {
	switch (kind) {
		case 'comment':
			return m.review_done_comment({}, { locale });
		case 'sent_back':
			return m.review_done_sent_back({}, { locale });
		case 'approved':
			return m.review_done_approved({}, { locale });
		case 'scheduled':
			return m.review_done_scheduled({ time }, { locale });
	}
}
