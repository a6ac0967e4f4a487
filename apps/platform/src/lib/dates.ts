import type { Locale } from '@solidair/i18n';

/** A moment as the portal shows it: date and time in Brussels, in the reader's language. */
export function dateTime(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Brussels'
	}).format(date);
}
