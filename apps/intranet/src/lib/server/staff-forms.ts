// Reading the staff home's forms (an announcement, an agenda item, a document) and the directory's
// search, as a browser sends them: every value is checked here before it reaches a query, and a
// problem becomes a message in the staff member's language. Times are typed on Brussels clocks.
import type { StaffOrganisations } from '@solidair/auth';
import type { StaffFilter } from '@solidair/db/people';
import type { NewAnnouncement, NewStaffEvent } from '@solidair/db/staff';
import { parseDateTimeLocal, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import type { DirectoryValues } from '../staff.ts';
import type { FieldErrors } from './forms.ts';

type Parsed<Values, Data> = { ok: true; data: Data } | { ok: false; errors: FieldErrors<Values> };

interface FormContext {
	locale: Locale;
	now: Date;
	/** WSM's and FOS's ids: the audiences one may choose besides `all`. */
	organisations: StaffOrganisations;
}

/** The "for whom?" choice: `all` (null) or an organisation's slug (its id); undefined otherwise. */
export function audienceChoice(value: string, organisations: StaffOrganisations): string | null | undefined {
	if (value === 'all') return null;
	return value === 'wsm' || value === 'fos' ? organisations[value] : undefined;
}

/** A required text of at most `max` characters: its trimmed value, or the problem. */
function requiredText(value: string, max: number, locale: Locale): { text: string; problem?: string } {
	const text = value.trim();
	if (text === '') return { text, problem: m.field_required({}, { locale }) };
	if (text.length > max) return { text, problem: m.field_too_long({ max: String(max) }, { locale }) };
	return { text };
}

/** An optional text of at most `max` characters: its trimmed value (null when empty), or the problem. */
function optionalText(value: string, max: number, locale: Locale): { text: string | null; problem?: string } {
	const text = value.trim();
	if (text.length > max) return { text, problem: m.field_too_long({ max: String(max) }, { locale }) };
	return { text: text || null };
}

// Browsers post line ends as CRLF; Markdown is stored with plain newlines.
const newlines = (text: string) => text.replace(/\r\n?/g, '\n');

// ——— Announcements ———

export const announcementFields = [
	'title',
	'body',
	'audience',
	'pinned',
	'publishFrom',
	'expiresAt'
] as const;
export type AnnouncementValues = Record<(typeof announcementFields)[number], string>;

/**
 * The new-announcement form. An empty start is now; an empty end is never. The end must be later
 * than the start and than now (an announcement that would never be seen is a mistake).
 */
export function parseAnnouncement(
	values: AnnouncementValues,
	{ locale, now, organisations }: FormContext
): Parsed<AnnouncementValues, Omit<NewAnnouncement, 'createdBy'>> {
	const errors: FieldErrors<AnnouncementValues> = {};
	const title = requiredText(values.title, 200, locale);
	if (title.problem) errors.title = title.problem;
	const body = requiredText(newlines(values.body), 20_000, locale);
	if (body.problem) errors.body = body.problem;
	const organisationId = audienceChoice(values.audience, organisations);
	if (organisationId === undefined) errors.audience = m.editing_error_choose({}, { locale });
	const publishFrom = values.publishFrom.trim() === '' ? now : parseDateTimeLocal(values.publishFrom.trim());
	if (!publishFrom) errors.publishFrom = m.editing_error_date({}, { locale });
	let expiresAt: Date | null = null;
	if (values.expiresAt.trim() !== '') {
		const parsed = parseDateTimeLocal(values.expiresAt.trim());
		if (!parsed) errors.expiresAt = m.editing_error_date({}, { locale });
		else if (parsed <= now) errors.expiresAt = m.staff_error_past({}, { locale });
		else if (publishFrom && parsed <= publishFrom) errors.expiresAt = m.staff_error_order({}, { locale });
		expiresAt = parsed ?? null;
	}
	if (Object.keys(errors).length > 0 || organisationId === undefined || !publishFrom)
		return { ok: false, errors };
	return {
		ok: true,
		data: {
			title: title.text,
			body: body.text,
			organisationId,
			pinned: values.pinned === 'on',
			publishFrom,
			expiresAt
		}
	};
}

// ——— Agenda items ———

export const staffEventFields = [
	'title',
	'description',
	'audience',
	'startsAt',
	'endsAt',
	'place',
	'onlineUrl'
] as const;
export type StaffEventValues = Record<(typeof staffEventFields)[number], string>;

/** An https address of at most 500 characters, or undefined. */
function httpsUrl(value: string): string | undefined {
	if (value.length > 500) return undefined;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** The new-agenda-item form: start and end required, the end not before the start nor past. */
export function parseStaffEvent(
	values: StaffEventValues,
	{ locale, now, organisations }: FormContext
): Parsed<StaffEventValues, Omit<NewStaffEvent, 'createdBy'>> {
	const errors: FieldErrors<StaffEventValues> = {};
	const title = requiredText(values.title, 200, locale);
	if (title.problem) errors.title = title.problem;
	const description = optionalText(newlines(values.description), 5000, locale);
	if (description.problem) errors.description = description.problem;
	const organisationId = audienceChoice(values.audience, organisations);
	if (organisationId === undefined) errors.audience = m.editing_error_choose({}, { locale });
	const time = (value: string) =>
		value.trim() === '' ? m.field_required({}, { locale }) : m.editing_error_date({}, { locale });
	const startsAt = parseDateTimeLocal(values.startsAt.trim());
	if (!startsAt) errors.startsAt = time(values.startsAt);
	const endsAt = parseDateTimeLocal(values.endsAt.trim());
	if (!endsAt) errors.endsAt = time(values.endsAt);
	else if (startsAt && endsAt < startsAt) errors.endsAt = m.staff_error_order({}, { locale });
	else if (endsAt < now) errors.endsAt = m.staff_error_past({}, { locale });
	const place = optionalText(values.place, 200, locale);
	if (place.problem) errors.place = place.problem;
	const onlineUrl = values.onlineUrl.trim() === '' ? null : httpsUrl(values.onlineUrl.trim());
	if (onlineUrl === undefined) errors.onlineUrl = m.staff_error_url({}, { locale });
	if (Object.keys(errors).length > 0 || organisationId === undefined || !startsAt || !endsAt)
		return { ok: false, errors };
	return {
		ok: true,
		data: {
			title: title.text,
			description: description.text ?? '',
			organisationId,
			startsAt,
			endsAt,
			place: place.text,
			onlineUrl: onlineUrl ?? null
		}
	};
}

// ——— Documents ———

export const documentFields = ['title', 'audience'] as const;
export type DocumentValues = Record<(typeof documentFields)[number], string>;

/** The new-document form's text fields (the file itself is read by `readUpload`). */
export function parseDocument(
	values: DocumentValues,
	{ locale, organisations }: Omit<FormContext, 'now'>
): Parsed<DocumentValues, { title: string; organisationId: string | null }> {
	const errors: FieldErrors<DocumentValues> = {};
	const title = requiredText(values.title, 200, locale);
	if (title.problem) errors.title = title.problem;
	const organisationId = audienceChoice(values.audience, organisations);
	if (organisationId === undefined) errors.audience = m.editing_error_choose({}, { locale });
	if (Object.keys(errors).length > 0 || organisationId === undefined) return { ok: false, errors };
	return { ok: true, data: { title: title.text, organisationId } };
}

// ——— The directory's search ———

/**
 * The directory's GET search: a name (at most 100 characters), a team of the list, a language
 * code (`es`), a country code (`BE`). Anything else is refused: no form of ours sends it.
 */
export function parseDirectorySearch(
	values: DirectoryValues,
	{ teams, locale }: { teams: readonly string[]; locale: Locale }
): Parsed<DirectoryValues, StaffFilter> {
	const errors: FieldErrors<DirectoryValues> = {};
	const choose = m.editing_error_choose({}, { locale });
	const query = values.q.trim();
	if (query.length > 100) errors.q = m.field_too_long({ max: '100' }, { locale });
	if (values.team !== '' && !teams.includes(values.team)) errors.team = choose;
	if (values.language !== '' && !/^[a-z]{2,3}$/.test(values.language)) errors.language = choose;
	if (values.country !== '' && !/^[A-Za-z]{2}$/.test(values.country)) errors.country = choose;
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		data: {
			query: query || undefined,
			team: values.team || undefined,
			language: values.language || undefined,
			country: values.country.toUpperCase() || undefined
		}
	};
}
