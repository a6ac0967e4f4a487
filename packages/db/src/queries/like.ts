/**
 * An ILIKE pattern for "contains `text`", its LIKE wildcards escaped: people search for what they
 * typed, and a `%` of theirs must not match everything.
 */
export function containsPattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
