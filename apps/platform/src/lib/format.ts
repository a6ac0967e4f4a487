// Dates as the reader says them; used on the server and in the browser alike. (Sizes: @solidair/site-kit/files.)
import type { Locale } from '@solidair/i18n';

/** A date and time as the reader says it, in the given zone (the event's own, or Brussels). */
export function formatDateTime(date: Date, locale: Locale, timeZone = 'Europe/Brussels'): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}
