// "Outdated" translations, without a database. `entry_translations.source_updated_at` is, in the
// entry's source locale, when its title, summary or body last changed (a status-only save does not
// move it); in any other locale, the source's value this text was translated from, copied when its
// own text is saved. A translation is outdated when the source's value is later than its own.
// (Not the source's `updated_at`: that also moves when the source is only published or archived,
// which gives a translator nothing to do.) Content without that history (the seed) has null
// everywhere and is not outdated until its source text is edited.
import type { Locale } from '../../schema.ts';

export interface SourceStamp {
	locale: Locale;
	source_updated_at: Date | null;
}

/**
 * Whether `translation` lags behind its entry's source-locale translation: the source's text
 * changed after the source version this translation was last saved against (or the translation
 * was never saved against one while the source has been edited). The source itself never is.
 */
export function isOutdated(translation: SourceStamp, source: SourceStamp | undefined): boolean {
	if (!source || translation.locale === source.locale || source.source_updated_at === null) return false;
	return (
		translation.source_updated_at === null ||
		translation.source_updated_at.getTime() < source.source_updated_at.getTime()
	);
}

/** The text a translator works on: what a change of makes the other locales outdated. */
export interface TranslationText {
	title: string;
	summary: string;
	body: string;
}

/** Whether a save changes the text (a new translation always does); the title is compared trimmed. */
export function textChanged(stored: TranslationText | undefined, submitted: TranslationText): boolean {
	return (
		!stored ||
		stored.title !== submitted.title.trim() ||
		stored.summary !== submitted.summary ||
		stored.body !== submitted.body
	);
}

export interface SourceStampInput {
	/** Whether the saved translation is in the entry's source locale. */
	isSource: boolean;
	/** Its stamp before this save (null for a new one). */
	stored: Date | null;
	/** The source translation's stamp now (null when the source has none, or for the source itself). */
	source: Date | null;
	textChanged: boolean;
	/** The editor marks the translation up to date although its text did not change. */
	markUpToDate?: boolean;
	now: Date;
}

/**
 * The `source_updated_at` a save writes: the source moves its stamp to `now` when its text
 * changes; another locale copies the source's stamp when its own text changes or the editor
 * marks it up to date; anything else keeps what it had.
 */
export function nextSourceStamp(input: SourceStampInput): Date | null {
	if (input.isSource) return input.textChanged ? input.now : input.stored;
	if (input.textChanged || input.markUpToDate) return input.source;
	return input.stored;
}
