// The words for what is wrong with a new password, in the user's language.
import type { PasswordProblem } from '@solidair/auth/password';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

// The limits of `passwordProblem` (packages/auth/src/password.ts), as numbers for the sentences;
// not imported, so that pages need not load the argon2 module for two constants.
export const minPasswordLength = 8;
export const maxPasswordLength = 255;

export function passwordMessage(problem: PasswordProblem, locale: Locale): string {
	switch (problem) {
		case 'too_short':
			return m.password_too_short({ min: String(minPasswordLength) }, { locale: locale });
		case 'too_long':
			return m.password_too_long({ max: String(maxPasswordLength) }, { locale: locale });
		case 'common':
			return m.password_common({}, { locale: locale });
		case 'like_account':
			return m.password_like_account({}, { locale: locale });
	}
}

export function passwordHint(locale: Locale): string {
	return m.password_hint({ min: String(minPasswordLength) }, { locale: locale });
}
