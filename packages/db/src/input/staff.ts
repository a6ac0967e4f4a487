// The inputs of the staff home: an announcement, an agenda item, a document, and the directory's
// search. Times are `datetime-local` values read on Brussels clocks by the caller's `parseTime`.
import * as v from 'valibot';
import { tooLong } from './codes.ts';
import {
	checkbox,
	httpsUrl,
	optionalText,
	plainNewlines,
	requiredText,
	requiredTime,
	type TimeReader
} from './fields.ts';

export const staffTitleMaxLength = 200;
export const announcementBodyMaxLength = 20_000;
export const staffEventDescriptionMaxLength = 5000;
export const staffPlaceMaxLength = 200;
export const staffOnlineUrlMaxLength = 500;
export const directorySearchMaxLength = 100;

export interface StaffContext {
	parseTime: TimeReader;
	now: Date;
	/** WSM's and FOS's ids: the audiences one may choose besides `all`. */
	organisations: { wsm: string; fos: string };
}

/** The "for whom?" choice: `all` (null) or an organisation's slug, read as its id. */
export const audience = (organisations: StaffContext['organisations']) =>
	v.pipe(
		v.picklist(['all', 'wsm', 'fos'], 'choose'),
		v.transform((value) => (value === 'all' ? null : organisations[value]))
	);

/** An optional time: `fallback` when empty, `date` when not a time. */
const optionalTime = <Fallback extends Date | null>(parseTime: TimeReader, fallback: Fallback) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.check((text) => text === '' || parseTime(text) !== undefined, 'date'),
		v.transform((text) => (text === '' ? fallback : (parseTime(text) as Date)))
	);

/**
 * A new announcement. An empty start is now; an empty end is never. The end must be later than
 * the start and than now (an announcement that would never be seen is a mistake).
 */
export function announcementSchema({ parseTime, now, organisations }: StaffContext) {
	return v.pipe(
		v.object({
			title: requiredText(staffTitleMaxLength),
			body: v.pipe(v.string(), plainNewlines(), requiredText(announcementBodyMaxLength)),
			audience: audience(organisations),
			pinned: checkbox(),
			publishFrom: optionalTime(parseTime, now),
			expiresAt: v.pipe(
				optionalTime(parseTime, null),
				v.check((end) => end === null || end > now, 'past')
			)
		}),
		v.forward(
			v.partialCheck(
				[['publishFrom'], ['expiresAt']],
				({ publishFrom, expiresAt }) => expiresAt === null || expiresAt > publishFrom,
				'order'
			),
			['expiresAt']
		),
		v.transform(({ audience, ...announcement }) => ({ ...announcement, organisationId: audience }))
	);
}

/** A new agenda item: start and end required, the end neither before the start nor past. */
export function staffEventSchema({ parseTime, now, organisations }: StaffContext) {
	return v.pipe(
		v.object({
			title: requiredText(staffTitleMaxLength),
			description: v.pipe(v.string(), plainNewlines(), optionalText(staffEventDescriptionMaxLength)),
			audience: audience(organisations),
			startsAt: requiredTime(parseTime),
			endsAt: requiredTime(parseTime),
			place: optionalText(staffPlaceMaxLength),
			onlineUrl: v.pipe(
				v.string(),
				v.trim(),
				v.check(
					(text) => text === '' || (text.length <= staffOnlineUrlMaxLength && httpsUrl(text) !== undefined),
					'url'
				),
				v.transform((text) => (text === '' ? null : (httpsUrl(text) as URL).href))
			)
		}),
		v.forward(
			v.partialCheck([['startsAt'], ['endsAt']], ({ startsAt, endsAt }) => endsAt >= startsAt, 'order'),
			['endsAt']
		),
		// After the order: an end before its start is told as such even when it is past too.
		v.forward(
			v.partialCheck([['endsAt']], ({ endsAt }) => endsAt >= now, 'past'),
			['endsAt']
		),
		v.transform(({ audience, description, ...item }) => ({
			...item,
			description: description ?? '',
			organisationId: audience
		}))
	);
}

/** A new document's text fields (the file itself is read apart). */
export function documentSchema({ organisations }: Pick<StaffContext, 'organisations'>) {
	return v.pipe(
		v.object({ title: requiredText(staffTitleMaxLength), audience: audience(organisations) }),
		v.transform(({ title, audience }) => ({ title, organisationId: audience }))
	);
}

/**
 * The directory's GET search: a name, a team of the list, a language code (`es`), a country code
 * (`BE`), each '' for any. Anything else is refused: no form of ours sends it.
 */
export function directorySearchSchema({ teams }: { teams: readonly string[] }) {
	const orEmpty = (check: (value: string) => boolean) =>
		v.pipe(
			v.string(),
			v.check((value) => value === '' || check(value), 'choose'),
			v.transform((value) => value || undefined)
		);
	return v.pipe(
		v.object({
			q: v.pipe(
				v.string(),
				v.trim(),
				v.maxLength(directorySearchMaxLength, tooLong(directorySearchMaxLength)),
				v.transform((text) => text || undefined)
			),
			team: orEmpty((team) => teams.includes(team)),
			language: orEmpty((language) => /^[a-z]{2,3}$/.test(language)),
			country: orEmpty((country) => /^[A-Za-z]{2}$/.test(country))
		}),
		v.transform(({ q, country, ...filter }) => ({
			query: q,
			...filter,
			country: country?.toUpperCase()
		}))
	);
}
