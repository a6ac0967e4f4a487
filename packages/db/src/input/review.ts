// The notes of a review: the editor's note with a submission, a reviewer's comment, the reason
// for sending a text back, a note with an approval. One limit, as the table allows.
import * as v from 'valibot';
import { tooLong } from './codes.ts';
import { plainNewlines } from './fields.ts';

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
