// The editors' forms and filters, read from what a browser sends with the schemas of
// `@solidair/db/input`: every value is checked there before it reaches a query, and a problem
// becomes a message in the editor's language (`inputMessage` of `@solidair/app-kit/server`).
import type { EntryType, Locale } from '@solidair/db';
import type { InvalidResult } from '@solidair/db/editing';
import {
	contractMaxLength,
	detailsSchema,
	entryBodyMaxLength,
	entrySummaryMaxLength,
	entryTitleMaxLength,
	newEntrySchema,
	placeMaxLength,
	revisionIdSchema,
	tooLong,
	translationSchema,
	type InputErrorCode
} from '@solidair/db/input';
import { parseDateTimeLocal } from '@solidair/i18n';
import { inputMessage, parseInput, videoOf } from '@solidair/app-kit/server';
import * as v from 'valibot';

export type { FieldErrors } from '@solidair/app-kit/server';

// ——— New entries ———

export interface NewEntryValues {
	type: string;
	sourceLocale: string;
	section: string;
	title: string;
	slug: string;
}

/** The new-entry form, for a site in `locales` whose page sections are `sections`. */
export function parseNewEntry(
	values: NewEntryValues,
	{ locales, sections, locale }: { locales: readonly Locale[]; sections: readonly string[]; locale: Locale }
) {
	const parsed = parseInput(newEntrySchema({ locales, sections }), { ...values }, locale);
	return parsed.ok ? { ok: true as const, input: parsed.data } : parsed;
}

// ——— Saving a translation ———

/** What the translation form posts, as typed (kept in the form after a refused save). */
export interface TranslationValues {
	title: string;
	slug: string;
	summary: string;
	body: string;
	status: string;
	publishAt: string;
	markUpToDate: string;
	/** Why to publish despite errors of the content checks (see content-checks.ts). */
	overrideReason: string;
}

export const translationFields = [
	'title',
	'slug',
	'summary',
	'body',
	'status',
	'publishAt',
	'markUpToDate',
	'overrideReason'
] as const;

/**
 * The translation form: the fields to store, whether the editor marked it up to date, and the
 * reason given to publish despite the content checks' errors ('' for none).
 */
export function parseTranslation(values: TranslationValues, locale: Locale) {
	const parsed = parseInput(translationSchema(parseDateTimeLocal), { ...values }, locale);
	if (!parsed.ok) return parsed;
	const { markUpToDate, overrideReason, ...fields } = parsed.data;
	return { ok: true as const, fields, markUpToDate, overrideReason };
}

/** The code of a problem the data layer found in a translation save. */
function invalidCode({ field, reason }: InvalidResult): string {
	if (reason === 'required' && field === 'publishAt') return 'publish_at_required';
	if (reason === 'required' && field === 'section') return 'section';
	if (reason === 'required') return 'required';
	if (reason === 'too-long') return tooLong(tooLongMax(field));
	if (reason === 'not-in-future') return 'not_in_future';
	if (field === 'slug') return 'slug';
	if (field === 'publishAt') return 'date';
	return 'choose' satisfies InputErrorCode;
}

/** A problem the data layer found in a save, as a message at its field. */
export function invalidMessage(problem: InvalidResult, locale: Locale): { field: string; message: string } {
	return { field: problem.field, message: inputMessage(invalidCode(problem), locale) };
}

/** The most characters a field refused as too long may hold. */
function tooLongMax(field: string): number {
	if (field === 'title') return entryTitleMaxLength;
	return field === 'body' ? entryBodyMaxLength : entrySummaryMaxLength;
}

// ——— Entry details ———

/** What the details form posts, as typed (kept in the form after a refused save). */
export interface DetailsValues {
	image: string;
	video: string;
	startsAt: string;
	endsAt: string;
	place: string;
	onlineUrl: string;
	closesOn: string;
	contract: string;
}

export const detailsFields = [
	'image',
	'video',
	'startsAt',
	'endsAt',
	'place',
	'onlineUrl',
	'closesOn',
	'contract'
] as const;

/**
 * The details form of an entry of `type`: its main picture, its film (an address that makes a
 * player, as in a Markdown paragraph) and an event's or vacancy's facts (detailsSchema).
 */
export function parseEntryDetails(values: DetailsValues, type: EntryType, locale: Locale) {
	const schema = detailsSchema(type, {
		parseTime: parseDateTimeLocal,
		isVideo: (url) => videoOf(url) !== undefined
	});
	const parsed = parseInput(schema, { ...values }, locale);
	return parsed.ok ? { ok: true as const, event: undefined, vacancy: undefined, ...parsed.data } : parsed;
}

/** The field and code of a problem the data layer found in a details save. */
function detailsProblem({ field, reason }: InvalidResult, type: EntryType): [keyof DetailsValues, string] {
	if (field === 'image') return [field, 'image'];
	if (field === 'video') return [field, 'video'];
	if (reason === 'ends-before-start') return ['endsAt', 'ends_before_start'];
	if (field === 'onlineUrl') return [field, 'https'];
	if (field === 'closesOn') return [field, 'day'];
	if (field === 'startsAt' || field === 'endsAt') return [field, 'date'];
	const at = field === 'contract' ? 'contract' : 'place';
	if (reason === 'too-long') return [at, tooLong(at === 'contract' ? contractMaxLength : placeMaxLength)];
	if (at === 'place' && reason === 'required' && type === 'event') return [at, 'place_or_url'];
	return [at, 'required'];
}

/** A problem the data layer found in a details save, as a message at its field. */
export function detailsMessage(
	problem: InvalidResult,
	type: EntryType,
	locale: Locale
): { field: keyof DetailsValues; message: string } {
	const [field, code] = detailsProblem(problem, type);
	return { field, message: inputMessage(code, locale) };
}

// ——— Revisions ———

/** A revision id from a URL or a form (a bigint as text), or `undefined`. */
export function revisionId(value: string | null): string | undefined {
	return v.is(revisionIdSchema, value) ? value : undefined;
}

/** The named text fields of a posted form, as typed ('' when absent or a file). */
export function textValues<const Names extends readonly string[]>(
	data: FormData,
	names: Names
): Record<Names[number], string> {
	return Object.fromEntries(
		names.map((name) => {
			const value = data.get(name);
			return [name, typeof value === 'string' ? value : ''];
		})
	) as Record<Names[number], string>;
}
