// What every app's form pages share in the browser as on the server (no server imports here).
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import type { FieldError } from '@solidair/ui';

/** A failed post's errors as the ErrorSummary lists them; `idOf` maps a field name to its control's id. */
export function summaryErrors(
	errors: Partial<Record<string, string>> | undefined,
	idOf: (field: string) => string = (field) => field
): FieldError[] {
	return Object.entries(errors ?? {}).map(([field, message]) => ({
		id: idOf(field),
		message: message ?? ''
	}));
}

/** The words every form control of a page needs in the visitor's language. */
export function fieldTexts(locale: Locale): { errorPrefix: string; requiredText: string } {
	return {
		errorPrefix: m.form_error_prefix({}, { locale }),
		requiredText: m.required_marker({}, { locale })
	};
}
