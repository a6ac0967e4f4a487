// The title and summary as search engines and link previews show them.
import type { CheckInput, Finding } from './types.ts';

/** About what search engines show of a title before cutting it off. */
export const titleMaxShown = 60;

export function summaryPresent(input: CheckInput): Finding[] {
	return input.summary.trim() ? [] : [{ check: 'summary', severity: 'warning', field: 'summary', where: '' }];
}

export function titleLength(input: CheckInput): Finding[] {
	const title = input.title.trim();
	// Characters as a reader counts them, not UTF-16 units.
	return [...title].length > titleMaxShown
		? [{ check: 'title-length', severity: 'warning', field: 'title', where: title }]
		: [];
}
