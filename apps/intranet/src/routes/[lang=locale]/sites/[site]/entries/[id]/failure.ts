// The one shape every refused action of the entry editor sends back, and how the page reads it.
// No server import here: the page uses it in the browser too.
import type { Locale } from '@solidair/db';
import type { StoredTranslation } from '@solidair/db/editing';
import * as m from '@solidair/i18n/messages';
import type { FieldError } from '@solidair/ui';
import type { Finding } from '#lib/content-checks/index.ts';

/** Which of the editor's forms was refused. */
export type EditorForm = 'details' | 'translation' | 'file' | 'restore';

export interface EditorFailure {
	form: EditorForm;
	/** The language whose form it was (all but `details`). */
	locale?: Locale;
	/** The input as typed, kept in the form. */
	values: Record<string, string>;
	/** Field name → message in the editor's language. */
	errors: Record<string, string>;
	/** The version the form is based on from now on: after a conflict, the one that won. */
	expectedVersion?: number;
	/** Someone saved in between; for a translation, what they saved. */
	conflict?: { theirs?: StoredTranslation };
	/** A publish refused by the content checks: their findings in the text as it was sent. */
	checks?: Finding[];
}

/** The failure of `form` (in the language `locale`, for a language's form), if that form failed. */
export function failureOf(
	failure: EditorFailure | null | undefined,
	form: EditorForm,
	locale?: Locale
): EditorFailure | undefined {
	if (!failure || failure.form !== form) return undefined;
	return locale === undefined || failure.locale === locale ? failure : undefined;
}

/**
 * The error summary's links: a field of the details form is `details-<field>`, a field of a
 * language's form `<field>-<locale>` (the ids the forms give their fields).
 */
export function summaryOf(failure: EditorFailure | null | undefined, locale: Locale): FieldError[] {
	if (!failure) return [];
	const at = (field: string) =>
		failure.form === 'details' ? `details-${field}` : `${field}-${failure.locale}`;
	const errors = Object.entries(failure.errors).map(([field, message]) => ({ id: at(field), message }));
	if (!failure.conflict) return errors;
	const conflict =
		failure.form === 'details'
			? { id: 'details-conflict', message: m.editing_details_conflict({}, { locale }) }
			: { id: `conflict-${failure.locale}`, message: m.editing_conflict_title({}, { locale }) };
	return [conflict, ...errors];
}
