// Formatting over Intl, the same on server and in the browser: every helper takes the locale
// and (for dates) the time zone explicitly, so nothing depends on the machine it runs on.
import type { Locale } from './locales.ts';

/** The organisations' own time zone; events elsewhere carry theirs. */
export const defaultTimeZone = 'Europe/Brussels';

type DateInput = Date | string | number;

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

// Intl formatters are costly to build and cheap to reuse.
const cache = new Map<
	string,
	| Intl.DateTimeFormat
	| Intl.NumberFormat
	| Intl.RelativeTimeFormat
	| Intl.ListFormat
	| Intl.PluralRules
	| Intl.DisplayNames
>();
function cached<
	T extends
		| Intl.DateTimeFormat
		| Intl.NumberFormat
		| Intl.RelativeTimeFormat
		| Intl.ListFormat
		| Intl.PluralRules
		| Intl.DisplayNames
>(key: string, make: () => T): T {
	let formatter = cache.get(key) as T | undefined;
	if (!formatter) {
		formatter = make();
		cache.set(key, formatter);
	}
	return formatter;
}

function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return cached(`dt:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export interface DateOptions {
	/** @default 'Europe/Brussels' */
	timeZone?: string;
	/** @default 'long' */
	style?: 'long' | 'medium' | 'short';
}

/** A calendar date, e.g. `29 maart 2026` / `29 mars 2026`. */
export function formatDate(
	value: DateInput,
	locale: Locale,
	{ timeZone = defaultTimeZone, style = 'long' }: DateOptions = {}
): string {
	return dateTimeFormat(locale, { dateStyle: style, timeZone }).format(toDate(value));
}

/** A time of day, e.g. `14:30`, `2:30 PM` in English. */
export function formatTime(
	value: DateInput,
	locale: Locale,
	{ timeZone = defaultTimeZone }: Pick<DateOptions, 'timeZone'> = {}
): string {
	return dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(toDate(value));
}

/** Date and time, with the zone's abbreviation when it is not Brussels (an event in Lima). */
export function formatDateTime(
	value: DateInput,
	locale: Locale,
	{ timeZone = defaultTimeZone, style = 'long' }: DateOptions = {}
): string {
	const options: Intl.DateTimeFormatOptions = { dateStyle: style, timeStyle: 'short', timeZone };
	if (timeZone !== defaultTimeZone) {
		// dateStyle/timeStyle cannot be combined with timeZoneName; spell the parts out instead.
		return dateTimeFormat(locale, {
			year: 'numeric',
			month: style === 'short' ? 'numeric' : 'long',
			day: 'numeric',
			hour: 'numeric',
			minute: '2-digit',
			timeZone,
			timeZoneName: 'short'
		}).format(toDate(value));
	}
	return dateTimeFormat(locale, options).format(toDate(value));
}

/** A range such as `29–30 maart 2026` or `29 maart 2026, 10:00–12:00`, without repeating what is shared. */
export function formatDateRange(
	start: DateInput,
	end: DateInput,
	locale: Locale,
	{ timeZone = defaultTimeZone, withTime = true }: { timeZone?: string; withTime?: boolean } = {}
): string {
	const options: Intl.DateTimeFormatOptions = withTime
		? { dateStyle: 'long', timeStyle: 'short', timeZone }
		: { dateStyle: 'long', timeZone };
	return dateTimeFormat(locale, options).formatRange(toDate(start), toDate(end));
}

/** A machine-readable ISO date-time with the zone's offset at that moment, for `<time datetime>`. */
export function isoWithOffset(value: DateInput, timeZone: string = defaultTimeZone): string {
	const date = toDate(value);
	const parts = Object.fromEntries(
		dateTimeFormat('en', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			timeZoneName: 'longOffset'
		})
			.formatToParts(date)
			.map((part) => [part.type, part.value])
	) as Record<string, string>;
	const offset = parts.timeZoneName === 'GMT' ? '+00:00' : (parts.timeZoneName ?? '').replace('GMT', '');
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The wall-clock value of a moment in a zone, as an `<input type="datetime-local">` holds it: `2026-03-29T14:30`. */
export function dateTimeLocalValue(value: DateInput, timeZone: string = defaultTimeZone): string {
	return isoWithOffset(value, timeZone).slice(0, 16);
}

/**
 * The moment an `<input type="datetime-local">` value (`2026-03-29T14:30`) names on the clocks of
 * `timeZone`; `undefined` for anything else, or a date that does not exist. A time in the hour
 * skipped when clocks go forward is read with the winter offset (02:30 → 03:30 summer time); a time
 * in the hour repeated when they go back is its second occurrence.
 */
export function parseDateTimeLocal(value: string, timeZone: string = defaultTimeZone): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
		number,
		number,
		number,
		number,
		number,
		number
	];
	const wall = Date.UTC(year, month - 1, day, hour, minute, second);
	const check = new Date(wall);
	if (
		check.getUTCDate() !== day ||
		check.getUTCMonth() !== month - 1 ||
		hour > 23 ||
		minute > 59 ||
		second > 59
	)
		return undefined;
	// The zone's offset at a moment: its wall clock read as if it were UTC, minus the moment.
	const offsetAt = (moment: number) =>
		Date.parse(`${isoWithOffset(moment, timeZone).slice(0, 19)}Z`) - moment;
	// Twice: the first guess may lie on the other side of a clock change.
	return new Date(wall - offsetAt(wall - offsetAt(wall)));
}

/** A number with the locale's separators, e.g. `1.234,5` in Dutch. */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
	return cached(
		`n:${locale}:${JSON.stringify(options)}`,
		() => new Intl.NumberFormat(locale, options)
	).format(value);
}

/** An amount in euro, e.g. `€ 40,00` / `40,00 €`; whole amounts without cents when `whole` is set. */
export function formatEuro(
	amount: number,
	locale: Locale,
	{ whole = false }: { whole?: boolean } = {}
): string {
	return formatNumber(amount, locale, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: whole ? 0 : 2
	});
}

const relativeUnits: Array<[Intl.RelativeTimeFormatUnit, number]> = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['week', 7 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
	['second', 1]
];

/** How long ago or until, e.g. `3 dagen geleden`, `dans 2 heures`; `now` is explicit so server and browser agree. */
export function formatRelative(value: DateInput, now: DateInput, locale: Locale): string {
	const seconds = Math.round((toDate(value).getTime() - toDate(now).getTime()) / 1000);
	const [unit, size] = relativeUnits.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
	const formatter = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
	return formatter.format(Math.round(seconds / size), unit);
}

/** A list joined the locale's way: `A, B en C`, `A, B et C`. */
export function formatList(
	items: readonly string[],
	locale: Locale,
	type: Intl.ListFormatType = 'conjunction'
): string {
	return cached(`l:${locale}:${type}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(
		items
	);
}

/** Picks the plural form for a count: `plural(n, 'fr', { one: 'document', other: 'documents' })`. */
export function plural(
	count: number,
	locale: Locale,
	forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
): string {
	const rule = cached(`p:${locale}`, () => new Intl.PluralRules(locale)).select(count);
	return forms[rule] ?? forms.other;
}

/** A language's name in a locale: `languageName('nl', 'fr')` → `néerlandais`. */
export function languageName(code: string, locale: Locale): string {
	return (
		cached(`lang:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })).of(code) ?? code
	);
}

/** A country's name in a locale, from its ISO 3166 code: `regionName('BJ', 'fr')` → `Bénin`. */
export function regionName(code: string, locale: Locale): string {
	return (
		cached(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(
			code.toUpperCase()
		) ?? code
	);
}
