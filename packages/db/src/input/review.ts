// The notes of a review: the editor's note with a submission, a reviewer's comment, the reason
// for sending a text back, a note with an approval. One limit, as the table allows.
import * as v from 'valibot';
import { tooLong } from './codes.ts';
import { overrideReason } from './entries.ts';
import { choice, plainNewlines, type TimeReader } from './fields.ts';

/** At most this many characters in a note, a comment or a reason (`entry_review_events.note`). */
export const reviewNoteMaxLength = 2000;

// Browsers post a textarea's newlines as CRLF: counted as one, as the database will store them.
const note = () =>
	v.pipe(
		v.string('required'),
		plainNewlines(),
		v.trim(),
		v.maxLength(reviewNoteMaxLength, tooLong(reviewNoteMaxLength))
	);

/** A note that may stay empty (with a submission, a withdrawal or an approval). */
export const reviewNoteSchema = v.object({ note: note() });

/** A note that must say something: a comment, or the reason a text is sent back. */
export const requiredReviewNoteSchema = v.object({ note: v.pipe(note(), v.nonEmpty('required')) });

/** When an approved text goes live: now, or at a later time on Brussels clocks. */
export const approvalTimes = ['now', 'later'] as const;

/**
 * An approval: `when` now or later, `publishAt` (a `datetime-local` value, required for later,
 * read by `parseTime` as the editor's schedule field is), an optional note and the reason to
 * publish despite the content checks' errors. Gives the moment to schedule at (null: now).
 */
export function approveReviewSchema(parseTime: TimeReader) {
	return v.pipe(
		v.object({
			when: choice(approvalTimes),
			publishAt: v.pipe(v.string(), v.trim()),
			note: note(),
			overrideReason: overrideReason()
		}),
		v.forward(
			v.partialCheck(
				[['when'], ['publishAt']],
				({ when, publishAt }) => when !== 'later' || publishAt !== '',
				'publish_at_required'
			),
			['publishAt']
		),
		v.forward(
			v.partialCheck(
				[['when'], ['publishAt']],
				({ when, publishAt }) => when !== 'later' || publishAt === '' || parseTime(publishAt) !== undefined,
				'date'
			),
			['publishAt']
		),
		v.transform(({ when, publishAt, note, overrideReason }) => ({
			note,
			overrideReason,
			publishAt: when === 'later' ? (parseTime(publishAt) ?? null) : null
		}))
	);
}
