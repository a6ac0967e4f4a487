// Dates and sizes as the reader says them; used on the server and in the browser alike.
import type { Locale } from '@solidair/i18n';

/** A date and time as the reader says it, in the given zone (the event's own, or Brussels). */
export function formatDateTime(date: Date, locale: Locale, timeZone = 'Europe/Brussels'): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/** A size in bytes as the reader says it (kB, MB). */
export function formatSize(bytes: number | string | bigint, locale: Locale): string {
	const value = Number(bytes);
	const [amount, unit] =
		value >= 1024 * 1024
			? [value / 1024 / 1024, 'megabyte']
			: value >= 1024
				? [value / 1024, 'kilobyte']
				: [value, 'byte'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(amount);
}
