// The building blocks of our schemas: the fields every form has, each refusing with a code.
import * as v from 'valibot';
import { tooLong } from './codes.ts';

/** A required text: trimmed, not empty, at most `max` characters. */
export const requiredText = (max: number) =>
	v.pipe(v.string('required'), v.trim(), v.nonEmpty('required'), v.maxLength(max, tooLong(max)));

/** An optional text: trimmed, at most `max` characters, `null` when empty. */
export const optionalText = (max: number) =>
	v.pipe(
		v.string('required'),
		v.trim(),
		v.maxLength(max, tooLong(max)),
		v.transform((text) => text || null)
	);

/** A text that may stay empty: trimmed, at most `max` characters, `''` when empty. */
export const textOrEmpty = (max: number) =>
	v.pipe(v.string('required'), v.trim(), v.maxLength(max, tooLong(max)));

/** The longest e-mail address there is (RFC 5321's path limit, less its brackets). */
export const emailMaxLength = 254;

/** A required e-mail address: trimmed, what browsers accept as type=email, `email` otherwise. */
export const email = () =>
	v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(emailMaxLength, tooLong(emailMaxLength)),
		v.email('email')
	);

/** A value of a fixed list (a select, a radio group), or `choose`. */
export const choice = <const Options extends readonly string[]>(options: Options) =>
	v.picklist(options, 'choose');

/** A checkbox: on when the browser sent `on`. */
export const checkbox = () =>
	v.pipe(
		v.string(),
		v.transform((value) => value === 'on')
	);

/** Browsers post line ends as CRLF; texts are stored with plain newlines. */
export const plainNewlines = () => v.transform((text: string) => text.replace(/\r\n?/g, '\n'));

/** Reads a `datetime-local` value on the site's clocks as a moment, or gives `undefined`. */
export type TimeReader = (text: string) => Date | undefined;

/** A required `datetime-local` time: `required` when empty, `date` when not a time. */
export const requiredTime = (parseTime: TimeReader) =>
	v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.check((text) => parseTime(text) !== undefined, 'date'),
		v.transform((text) => parseTime(text) as Date)
	);

/** A real calendar day as `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** An https address as written, or `undefined` for anything else. */
export function httpsUrl(text: string): URL | undefined {
	try {
		const url = new URL(text);
		return url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}
