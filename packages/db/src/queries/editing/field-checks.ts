// The checks of what an editor submits that need no database: what the database would refuse with
// an SQL error, turned into a field and a reason the form can show.
import {
	contractMaxLength,
	entryBodyMaxLength,
	entrySummaryMaxLength,
	entryTitleMaxLength,
	onlineUrlMaxLength,
	placeMaxLength
} from '../../input/entries.ts';
import { isSlug } from '../../slugify.ts';
import type { EntryType } from '../../schema.ts';
import { invalid, type InvalidResult, type TranslationFields } from './results.ts';

// The limits are the input schemas' (`@solidair/db/input`): the form refuses first, with the
// field's message; these checks keep a caller that skips the form from storing more.

/** Field checks the database would otherwise refuse with an SQL error, and the body's length. */
export function fieldProblem(fields: TranslationFields): InvalidResult | undefined {
	const title = fields.title.trim();
	if (title === '') return invalid('title', 'required');
	if (title.length > entryTitleMaxLength) return invalid('title', 'too-long');
	if (fields.summary.length > entrySummaryMaxLength) return invalid('summary', 'too-long');
	if (fields.body.length > entryBodyMaxLength) return invalid('body', 'too-long');
	if (fields.slug !== undefined && !isSlug(fields.slug)) return invalid('slug', 'format');
	return undefined;
}

/** The time zone of an event that names none: both organisations work from Brussels. */
export const defaultTimeZone = 'Europe/Brussels';

/** An event's when and where, as the editor submits them. */
export interface NewEventDetails {
	startsAt: Date;
	endsAt: Date;
	/** IANA time zone; default `defaultTimeZone`. */
	timeZone?: string;
	place?: string | null;
	/** An https:// address. */
	onlineUrl?: string | null;
}

/** A vacancy's closing date, contract and place, as the editor submits them. */
export interface NewVacancyDetails {
	/** `YYYY-MM-DD`. */
	closesOn: string;
	contract: string;
	place: string;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Field checks for an event's when and where; the database refuses the same with an SQL error. */
export function eventProblem(event: NewEventDetails): InvalidResult | undefined {
	if (Number.isNaN(event.startsAt.getTime())) return invalid('startsAt', 'format');
	if (Number.isNaN(event.endsAt.getTime())) return invalid('endsAt', 'format');
	if (event.endsAt < event.startsAt) return invalid('endsAt', 'ends-before-start');
	const place = event.place?.trim() ?? '';
	const onlineUrl = event.onlineUrl?.trim() ?? '';
	if (place.length > placeMaxLength) return invalid('place', 'too-long');
	if (onlineUrl !== '') {
		// Only web addresses: a `javascript:` or `data:` link must never reach a public page. The
		// schema takes https only (`event_details.online_url`), so plain http is refused as well.
		let url: URL | undefined;
		try {
			url = new URL(onlineUrl);
		} catch {
			url = undefined;
		}
		if (!url || url.protocol !== 'https:' || onlineUrl.length > onlineUrlMaxLength)
			return invalid('onlineUrl', 'format');
	}
	if (place === '' && onlineUrl === '') return invalid('place', 'required');
	return undefined;
}

export function vacancyProblem(vacancy: NewVacancyDetails): InvalidResult | undefined {
	if (!datePattern.test(vacancy.closesOn) || Number.isNaN(Date.parse(`${vacancy.closesOn}T00:00:00Z`)))
		return invalid('closesOn', 'format');
	if (vacancy.contract.trim() === '') return invalid('contract', 'required');
	if (vacancy.contract.length > contractMaxLength) return invalid('contract', 'too-long');
	if (vacancy.place.trim() === '') return invalid('place', 'required');
	if (vacancy.place.length > placeMaxLength) return invalid('place', 'too-long');
	return undefined;
}

/** The checks of a new entry: its section (pages and campaigns only) and its first details. */
export function newEntryProblem(input: {
	type: EntryType;
	section?: string | null;
	event?: NewEventDetails;
	vacancy?: NewVacancyDetails;
}): InvalidResult | undefined {
	const section = entrySection(input.type, input.section);
	if ((input.type === 'page' || input.type === 'campaign') && !section) return invalid('section', 'required');
	if (section && !/^[a-z][a-zA-Z]{1,40}$/.test(section)) return invalid('section', 'format');
	const { event, vacancy } = input;
	if (event) {
		if (event.endsAt < event.startsAt) return invalid('event', 'ends-before-start');
		if (!event.place && !event.onlineUrl) return invalid('event', 'required');
		if (event.onlineUrl && !event.onlineUrl.startsWith('https://')) return invalid('event', 'format');
	}
	if (vacancy && !datePattern.test(vacancy.closesOn)) return invalid('vacancy', 'format');
	return undefined;
}

/** Pages and campaigns live under a site section (a key of i18n's sectionSegments); other types have none. */
export function entrySection(type: EntryType, section: string | null | undefined): string | null {
	return type === 'page' || type === 'campaign' ? (section ?? null) : null;
}
