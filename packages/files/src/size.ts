import type { Locale } from '@solidair/i18n';

/** A size in bytes as the reader says it (kB, MB); on the server and in the browser alike. */
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
