// The entry list's GET form: search, filters, sort and page, all in the address so that a list can
// be bookmarked and works without JavaScript. Values no form of ours sends (a type that does not
// exist, a language of another site, a page that is no whole number) are refused: the list answers
// 400. Free text is made storable instead (control characters such as a NUL become spaces).
import * as v from 'valibot';
import type { Locale } from '../schema.ts';
import { tooLong } from './codes.ts';
import { entryTypes } from './entries.ts';
import { choice } from './fields.ts';

export const entrySearchMaxLength = 200;
/** A byline or a user's display name, as the author filter names them. */
export const entryAuthorMaxLength = 200;
/** The highest page number read (the pager's links never go near it). */
export const entryListMaxPage = 999_999;

/** What a language of an entry can be: not there yet, one of its statuses, or behind its source. */
export const languageStates = [
	'missing',
	'draft',
	'in_review',
	'scheduled',
	'published',
	'archived',
	'outdated'
] as const;
export type LanguageState = (typeof languageStates)[number];

/** The list's orders: by last change (newest first is the default), by title, by type. */
export const entryListSorts = [
	'changed-desc',
	'changed-asc',
	'title-asc',
	'title-desc',
	'type-asc',
	'type-desc'
] as const;
export type EntryListSort = (typeof entryListSorts)[number];
export const defaultEntryListSort: EntryListSort = 'changed-desc';

/** One of `options`, or '' for "all" (read as `undefined`). */
const optionalChoice = <const Options extends readonly string[]>(options: Options) =>
	v.pipe(
		v.union([v.literal(''), choice(options)], 'choose'),
		v.transform((value): Options[number] | undefined => (value === '' ? undefined : value))
	);

/**
 * Free text of a GET form: control characters (a NUL, which PostgreSQL refuses in text) become
 * spaces and lone surrogates U+FFFD, then trimmed; '' (no filter) is `undefined`.
 */
const searchText = (max: number) =>
	v.pipe(
		v.string(),
		// eslint-disable-next-line no-control-regex -- these are the characters being replaced.
		v.transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, ' ').toWellFormed()),
		v.trim(),
		v.maxLength(max, tooLong(max)),
		v.transform((text) => text || undefined)
	);

/** The list's GET parameters for a site in `locales`; each absent one is read as ''. */
export function entryListQuery(locales: readonly Locale[]) {
	return v.object({
		q: searchText(entrySearchMaxLength),
		type: optionalChoice(entryTypes),
		language: optionalChoice(locales),
		state: optionalChoice(languageStates),
		author: searchText(entryAuthorMaxLength),
		sort: v.pipe(
			v.union([v.literal(''), choice(entryListSorts)], 'choose'),
			v.transform((sort): EntryListSort => sort || defaultEntryListSort)
		),
		page: v.pipe(
			v.string(),
			v.check((page) => page === '' || /^[1-9]\d{0,5}$/.test(page), 'choose'),
			v.transform((page) => (page === '' ? 1 : Math.min(Number(page), entryListMaxPage)))
		)
	});
}

export type EntryListQuery = v.InferOutput<ReturnType<typeof entryListQuery>>;

/** The names the list's form sends, each read from `params` ('' when absent). */
export const entryListParams = ['q', 'type', 'language', 'state', 'author', 'sort', 'page'] as const;

/** The list's parameters as the schema reads them: the first value of each, '' when absent. */
export function entryListInput(params: URLSearchParams): Record<(typeof entryListParams)[number], string> {
	return Object.fromEntries(entryListParams.map((name) => [name, params.get(name) ?? ''])) as Record<
		(typeof entryListParams)[number],
		string
	>;
}

/** The list's query read from its address, or `undefined` when it holds a value no form sends. */
export function readEntryList(
	locales: readonly Locale[],
	params: URLSearchParams
): EntryListQuery | undefined {
	const result = v.safeParse(entryListQuery(locales), entryListInput(params));
	return result.success ? result.output : undefined;
}
