// What changed between two versions of a text, field by field and word by word: what an outdated
// translation shows of its source, and what a review would change in the published text. Pure, so
// the pages' server code and their tests share it.
import { changedParagraphs, wordDiff, wordsChanged, type DiffParagraph } from '@solidair/db';

export const textFields = ['title', 'summary', 'body'] as const;
export type TextField = (typeof textFields)[number];
export type FieldText = Record<TextField, string>;

export interface FieldChange {
	field: TextField;
	/** The changed paragraphs, with one around each for context; gaps for the rest. */
	paragraphs: DiffParagraph[];
}

/** The fields whose words differ between `before` and `after`, in the order title, summary, body. */
export function fieldChanges(before: FieldText, after: FieldText): FieldChange[] {
	return textFields.flatMap((field) => {
		const diff = wordDiff(before[field], after[field]);
		return wordsChanged(diff) ? [{ field, paragraphs: changedParagraphs(diff) }] : [];
	});
}
