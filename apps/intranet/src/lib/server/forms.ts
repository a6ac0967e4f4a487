// The editors' forms and filters, read from what a browser sends: every value is checked here
// before it reaches a query, and a problem becomes a message in the editor's language.
import { isSlug, isUuid, type EntryType, type TranslationStatus } from '@solidair/db';
import {
	maxBodyLength,
	maxVideoUrlLength,
	type InvalidResult,
	type NewEventDetails,
	type NewVacancyDetails,
	type TranslationFields
} from '@solidair/db/editing';
import { isLocale, parseDateTimeLocal, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { videoOf } from '@solidair/site-kit/server';
import { isEntryType, isStatus } from '../entry-labels.ts';

// ——— The list's filters ———

export interface ListFilters {
	type: EntryType | '';
	status: TranslationStatus | '';
	q: string;
}

/** The list's GET parameters; `undefined` for values no form of ours sends (the page answers 400). */
export function parseListFilters(params: URLSearchParams): ListFilters | undefined {
	const type = params.get('type') ?? '';
	const status = params.get('status') ?? '';
	const q = (params.get('q') ?? '').trim();
	if ((type !== '' && !isEntryType(type)) || (status !== '' && !isStatus(status)) || q.length > 200)
		return undefined;
	return { type, status, q };
}

// ——— New entries ———

export interface NewEntryValues {
	type: string;
	sourceLocale: string;
	section: string;
	title: string;
	slug: string;
}

export type FieldErrors<Values> = Partial<Record<keyof Values & string, string>>;

export type NewEntryForm =
	| {
			ok: true;
			input: { type: EntryType; sourceLocale: Locale; section: string | null; title: string; slug?: string };
	  }
	| { ok: false; errors: FieldErrors<NewEntryValues> };

/** The new-entry form, for a site in `locales` whose page sections are `sections`. */
export function parseNewEntry(
	values: NewEntryValues,
	{ locales, sections, locale }: { locales: readonly Locale[]; sections: readonly string[]; locale: Locale }
): NewEntryForm {
	const errors: FieldErrors<NewEntryValues> = {};
	const choose = m.editing_error_choose({}, { locale });
	const type = values.type;
	if (!isEntryType(type)) errors.type = choose;
	const sourceLocale = values.sourceLocale;
	if (!isLocale(sourceLocale) || !locales.includes(sourceLocale)) errors.sourceLocale = choose;
	// Pages and campaigns live under one of the site's sections; other types have none.
	const needsSection = type === 'page' || type === 'campaign';
	if (needsSection && !sections.includes(values.section))
		errors.section = m.editing_error_section({}, { locale });
	const title = titleProblem(values.title, locale);
	if (title) errors.title = title;
	const slug = values.slug.trim();
	if (slug !== '' && !isSlug(slug)) errors.slug = m.editing_error_slug({}, { locale });
	if (Object.keys(errors).length > 0 || !isEntryType(type) || !isLocale(sourceLocale))
		return { ok: false, errors };
	return {
		ok: true,
		input: {
			type,
			sourceLocale,
			section: needsSection ? values.section : null,
			title: values.title.trim(),
			slug: slug || undefined
		}
	};
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
}

export const translationFields = [
	'title',
	'slug',
	'summary',
	'body',
	'status',
	'publishAt',
	'markUpToDate'
] as const;

export type TranslationForm =
	| { ok: true; fields: TranslationFields; markUpToDate: boolean }
	| { ok: false; errors: FieldErrors<TranslationValues> };

/**
 * The translation form. An empty slug is left out: a new translation then gets one made from its
 * title, an existing one keeps its own. The publication time is a `datetime-local` value on
 * Brussels clocks, read only when scheduling.
 */
export function parseTranslation(values: TranslationValues, locale: Locale): TranslationForm {
	const errors: FieldErrors<TranslationValues> = {};
	const title = titleProblem(values.title, locale);
	if (title) errors.title = title;
	const slug = values.slug.trim();
	if (slug !== '' && !isSlug(slug)) errors.slug = m.editing_error_slug({}, { locale });
	if (values.summary.length > 1000) errors.summary = m.field_too_long({ max: '1000' }, { locale });
	if (values.body.length > maxBodyLength)
		errors.body = m.field_too_long({ max: tooLongMax('body') }, { locale });
	const status = values.status;
	if (!isStatus(status)) errors.status = m.editing_error_choose({}, { locale });
	let publishAt: Date | undefined;
	if (status === 'scheduled') {
		publishAt = parseDateTimeLocal(values.publishAt);
		if (values.publishAt === '') errors.publishAt = m.editing_error_publish_at_required({}, { locale });
		else if (!publishAt) errors.publishAt = m.editing_error_date({}, { locale });
	}
	if (Object.keys(errors).length > 0 || !isStatus(status)) return { ok: false, errors };
	return {
		ok: true,
		fields: {
			title: values.title.trim(),
			slug: slug || undefined,
			summary: values.summary,
			// Browsers post line ends as CRLF; the text is stored as typed, with plain newlines.
			body: values.body.replace(/\r\n?/g, '\n'),
			status,
			publishAt
		},
		markUpToDate: values.markUpToDate === 'on'
	};
}

/** A problem the data layer found in a save, as a message at its field. */
export function invalidMessage(problem: InvalidResult, locale: Locale): { field: string; message: string } {
	const { field, reason } = problem;
	if (reason === 'required' && field === 'publishAt')
		return { field, message: m.editing_error_publish_at_required({}, { locale }) };
	if (reason === 'required' && field === 'section')
		return { field, message: m.editing_error_section({}, { locale }) };
	if (reason === 'required') return { field, message: m.field_required({}, { locale }) };
	if (reason === 'too-long')
		return { field, message: m.field_too_long({ max: tooLongMax(field) }, { locale }) };
	if (reason === 'not-in-future') return { field, message: m.editing_error_not_in_future({}, { locale }) };
	if (field === 'slug') return { field, message: m.editing_error_slug({}, { locale }) };
	if (field === 'publishAt') return { field, message: m.editing_error_date({}, { locale }) };
	return { field, message: m.editing_error_choose({}, { locale }) };
}

/** The most characters a field refused as too long may hold. */
function tooLongMax(field: string): string {
	return String(field === 'title' ? 300 : field === 'body' ? maxBodyLength : 1000);
}

function titleProblem(text: string, locale: Locale): string | undefined {
	const title = text.trim();
	if (title === '') return m.field_required({}, { locale });
	if (title.length > 300) return m.field_too_long({ max: '300' }, { locale });
	return undefined;
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

export type DetailsForm =
	| {
			ok: true;
			imageId: string | null;
			videoUrl: string | null;
			event?: NewEventDetails;
			vacancy?: NewVacancyDetails;
	  }
	| { ok: false; errors: FieldErrors<DetailsValues> };

/**
 * The details form of an entry of `type`: its main picture (an id, or '' for none), its film (a
 * YouTube or Vimeo address that makes a player, as in a Markdown paragraph; '' for none) and, for an
 * event, its start and end (`datetime-local` values on Brussels clocks), place and online address;
 * for a vacancy, its closing date, contract and place. Fields of other types are ignored.
 */
export function parseEntryDetails(values: DetailsValues, type: EntryType, locale: Locale): DetailsForm {
	const errors: FieldErrors<DetailsValues> = {};
	const required = m.field_required({}, { locale });
	const image = values.image.trim();
	if (image !== '' && !isUuid(image)) errors.image = m.editing_error_image({}, { locale });
	const video = values.video.trim();
	if (video !== '' && (video.length > maxVideoUrlLength || !videoOf(video)))
		errors.video = m.editing_error_video({}, { locale });
	const place = values.place.trim();
	if (place.length > 300) errors.place = m.field_too_long({ max: '300' }, { locale });
	let event: NewEventDetails | undefined;
	let vacancy: NewVacancyDetails | undefined;
	if (type === 'event') {
		const startsAt = parseDateTimeLocal(values.startsAt);
		const endsAt = parseDateTimeLocal(values.endsAt);
		if (values.startsAt === '') errors.startsAt = required;
		else if (!startsAt) errors.startsAt = m.editing_error_date({}, { locale });
		if (values.endsAt === '') errors.endsAt = required;
		else if (!endsAt) errors.endsAt = m.editing_error_date({}, { locale });
		else if (startsAt && endsAt < startsAt) errors.endsAt = m.editing_error_ends_before_start({}, { locale });
		const onlineUrl = values.onlineUrl.trim();
		if (onlineUrl !== '' && !isHttpsUrl(onlineUrl)) errors.onlineUrl = m.editing_error_https({}, { locale });
		if (place === '' && onlineUrl === '') errors.place = m.editing_error_place_or_url({}, { locale });
		if (startsAt && endsAt) event = { startsAt, endsAt, place: place || null, onlineUrl: onlineUrl || null };
	} else if (type === 'vacancy') {
		const closesOn = values.closesOn.trim();
		if (closesOn === '') errors.closesOn = required;
		else if (!isDay(closesOn)) errors.closesOn = m.editing_error_day({}, { locale });
		const contract = values.contract.trim();
		if (contract === '') errors.contract = required;
		else if (contract.length > 300) errors.contract = m.field_too_long({ max: '300' }, { locale });
		if (place === '') errors.place ??= required;
		vacancy = { closesOn, contract, place };
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, imageId: image || null, videoUrl: video || null, event, vacancy };
}

/** A problem the data layer found in a details save, as a message at its field. */
export function detailsMessage(
	problem: InvalidResult,
	type: EntryType,
	locale: Locale
): { field: keyof DetailsValues; message: string } {
	const { field, reason } = problem;
	if (field === 'image') return { field, message: m.editing_error_image({}, { locale }) };
	if (field === 'video') return { field, message: m.editing_error_video({}, { locale }) };
	if (reason === 'ends-before-start')
		return { field: 'endsAt', message: m.editing_error_ends_before_start({}, { locale }) };
	if (field === 'onlineUrl') return { field, message: m.editing_error_https({}, { locale }) };
	if (field === 'closesOn') return { field, message: m.editing_error_day({}, { locale }) };
	if (field === 'startsAt' || field === 'endsAt')
		return { field, message: m.editing_error_date({}, { locale }) };
	const at = field === 'contract' ? 'contract' : 'place';
	if (reason === 'too-long') return { field: at, message: m.field_too_long({ max: '300' }, { locale }) };
	if (at === 'place' && reason === 'required' && type === 'event')
		return { field: at, message: m.editing_error_place_or_url({}, { locale }) };
	return { field: at, message: m.field_required({}, { locale }) };
}

function isHttpsUrl(text: string): boolean {
	try {
		return new URL(text).protocol === 'https:';
	} catch {
		return false;
	}
}

/** A real calendar day as `YYYY-MM-DD`. */
function isDay(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

// ——— Revisions ———

/** A revision id from a URL or a form (a bigint as text), or `undefined`. */
export function revisionId(value: string | null): string | undefined {
	return value !== null && /^[1-9][0-9]{0,17}$/.test(value) ? value : undefined;
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
