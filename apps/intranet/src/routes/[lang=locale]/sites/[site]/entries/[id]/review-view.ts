// What the editor shows of review before publishing, without a server: which saves put a text
// online, a review step in words, and one history of a language with its revisions and review
// steps interleaved by time. The page uses it in the browser too.
import type { Locale, ReviewEventKind, TranslationStatus } from '@solidair/db';
import * as m from '@solidair/i18n/messages';

/**
 * Whether a translation with this status is online (or will be, at its time). A save that leaves
 * it so changes what the site shows: publishing in all but name, so it needs the right to publish.
 */
export const goesLive = (status: TranslationStatus | undefined): boolean =>
	status === 'published' || status === 'scheduled';

/** A review step in the editor's language: `Teruggestuurd`, `Approuvé`… */
export function stepLabel(kind: ReviewEventKind, locale: Locale): string {
	const labels: Record<ReviewEventKind, () => string> = {
		submitted: () => m.editing_review_step_submitted({}, { locale }),
		comment: () => m.editing_review_step_comment({}, { locale }),
		sent_back: () => m.editing_review_step_sent_back({}, { locale }),
		approved: () => m.editing_review_step_approved({}, { locale }),
		withdrawn: () => m.editing_review_step_withdrawn({}, { locale })
	};
	return labels[kind]();
}

export type HistoryItem<R, S> =
	| {
			kind: 'revision';
			revision: R;
			/** Its place among the revisions: 0 is the current one. */ index: number;
	  }
	| { kind: 'step'; step: S };

/**
 * The revisions (newest first, as loaded) and the review steps (oldest first, as loaded) as one
 * history, newest first. A step made in the same transaction as a revision (a submission saving
 * the text as `in_review`, an approval publishing it) has the same time and came after it, so
 * on a tie the step is the newer.
 */
export function historyOf<R extends { created_at: Date | string }, S extends { at: Date | string }>(
	revisions: readonly R[],
	steps: readonly S[]
): Array<HistoryItem<R, S>> {
	const time = (value: Date | string) => new Date(value).getTime();
	const items: Array<HistoryItem<R, S> & { at: number; order: number }> = [
		...revisions.map((revision, index) => ({
			kind: 'revision' as const,
			revision,
			index,
			at: time(revision.created_at),
			// Newest first already: keep that order among equal times.
			order: -index
		})),
		...steps.map((step, index) => ({ kind: 'step' as const, step, at: time(step.at), order: index }))
	];
	return items
		.sort((a, b) => b.at - a.at || (a.kind === b.kind ? b.order - a.order : a.kind === 'step' ? -1 : 1))
		.map(({ at: _at, order: _order, ...item }) => item as HistoryItem<R, S>);
}
