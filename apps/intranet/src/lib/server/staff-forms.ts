// Reading the staff home's forms (an announcement, an agenda item, a document) and the directory's
// search with the schemas of `@solidair/db/input`: every value is checked there before it reaches
// a query, and a problem becomes a message in the staff member's language. Times are typed on
// Brussels clocks.
import type { StaffOrganisations } from '@solidair/auth';
import {
	announcementSchema,
	audience,
	directorySearchSchema,
	documentSchema,
	staffEventSchema
} from '@solidair/db/input';
import { parseDateTimeLocal, type Locale } from '@solidair/i18n';
import * as v from 'valibot';
import type { DirectoryValues } from '../staff.ts';
import { parseInput } from '@solidair/app-kit/server';

interface FormContext {
	locale: Locale;
	now: Date;
	/** WSM's and FOS's ids: the audiences one may choose besides `all`. */
	organisations: StaffOrganisations;
}

/** The "for whom?" choice: `all` (null) or an organisation's slug (its id); undefined otherwise. */
export function audienceChoice(value: string, organisations: StaffOrganisations): string | null | undefined {
	const result = v.safeParse(audience(organisations), value);
	return result.success ? result.output : undefined;
}

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
export function parseAnnouncement(values: AnnouncementValues, { locale, now, organisations }: FormContext) {
	return parseInput(
		announcementSchema({ parseTime: parseDateTimeLocal, now, organisations }),
		values,
		locale
	);
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

/** The new-agenda-item form: start and end required, the end not before the start nor past. */
export function parseStaffEvent(values: StaffEventValues, { locale, now, organisations }: FormContext) {
	return parseInput(staffEventSchema({ parseTime: parseDateTimeLocal, now, organisations }), values, locale);
}

// ——— Documents ———

export const documentFields = ['title', 'audience'] as const;
export type DocumentValues = Record<(typeof documentFields)[number], string>;

/** The new-document form's text fields (the file itself is read by `readUpload`). */
export function parseDocument(values: DocumentValues, { locale, organisations }: Omit<FormContext, 'now'>) {
	return parseInput(documentSchema({ organisations }), values, locale);
}

// ——— The directory's search ———

/**
 * The directory's GET search: a name, a team of the list, a language code (`es`), a country code
 * (`BE`). Anything else is refused: no form of ours sends it.
 */
export function parseDirectorySearch(
	values: DirectoryValues,
	{ teams, locale }: { teams: readonly string[]; locale: Locale }
) {
	return parseInput(directorySearchSchema({ teams }), { ...values }, locale);
}
