// The inputs of the content editor: a new entry, one language's text, and the details every
// language shares (the list's filters are in entry-list.ts). Limits are named here, for the forms
// and the queries.
import * as v from 'valibot';
import type { EntryType, Locale, TranslationStatus } from '../schema.ts';
import { isSlug } from '../slugify.ts';
import { isUuid } from '../uuid.ts';
import { tooLong } from './codes.ts';
import {
	checkbox,
	choice,
	httpsUrl,
	isDay,
	plainNewlines,
	requiredText,
	requiredTime,
	type TimeReader
} from './fields.ts';

export const entryTitleMaxLength = 300;
export const entrySummaryMaxLength = 1000;
export const entryBodyMaxLength = 100_000;
export const videoUrlMaxLength = 500;
/** An event's or vacancy's place, and a vacancy's contract. */
export const placeMaxLength = 300;
export const contractMaxLength = 300;
/** The longest online address of an event the database takes (`event_details.online_url`). */
export const onlineUrlMaxLength = 2000;
/** The reason an editor gives to publish a text despite errors of the content checks (kept in the audit log). */
export const overrideReasonMaxLength = 500;

/** Why to publish a text despite its content checks' errors (the editor's publish, a review's approval). */
export const overrideReason = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.maxLength(overrideReasonMaxLength, tooLong(overrideReasonMaxLength))
	);

export const entryTypes = [
	'page',
	'news',
	'event',
	'vacancy',
	'publication',
	'campaign'
] as const satisfies readonly EntryType[];
export const translationStatuses = [
	'draft',
	'in_review',
	'scheduled',
	'published',
	'archived'
] as const satisfies readonly TranslationStatus[];

/** An optional slug: trimmed, `undefined` when empty (one is then made from the title). */
const optionalSlug = () =>
	v.pipe(
		v.string(),
		v.trim(),
		v.check((slug) => slug === '' || isSlug(slug), 'slug'),
		v.transform((slug) => slug || undefined)
	);

// ——— New entries ———

/** A new entry of a site in `locales` whose page sections are `sections`. */
export function newEntrySchema({
	locales,
	sections
}: {
	locales: readonly Locale[];
	sections: readonly string[];
}) {
	return v.pipe(
		v.object({
			type: choice(entryTypes),
			sourceLocale: choice(locales),
			section: v.string(),
			title: requiredText(entryTitleMaxLength),
			slug: optionalSlug()
		}),
		// Pages and campaigns live under one of the site's sections; other types have none.
		v.forward(
			v.partialCheck(
				[['type'], ['section']],
				({ type, section }) => !hasSection(type) || sections.includes(section),
				'section'
			),
			['section']
		),
		v.transform((entry) => ({ ...entry, section: hasSection(entry.type) ? entry.section : null }))
	);
}

const hasSection = (type: EntryType) => type === 'page' || type === 'campaign';

// ——— One language's text ———

/**
 * One language's text. An empty slug is left out: a new translation then gets one made from its
 * title, an existing one keeps its own. The publication time (`datetime-local`, read with
 * `parseTime`) is read only when scheduling.
 */
export function translationSchema(parseTime: TimeReader) {
	return v.pipe(
		v.object({
			title: requiredText(entryTitleMaxLength),
			slug: optionalSlug(),
			summary: v.pipe(v.string(), v.maxLength(entrySummaryMaxLength, tooLong(entrySummaryMaxLength))),
			body: v.pipe(v.string(), v.maxLength(entryBodyMaxLength, tooLong(entryBodyMaxLength)), plainNewlines()),
			status: choice(translationStatuses),
			publishAt: v.string(),
			markUpToDate: checkbox(),
			// Read only when the content checks find errors; never stored with the text.
			overrideReason: overrideReason()
		}),
		v.forward(
			v.partialCheck(
				[['status'], ['publishAt']],
				({ status, publishAt }) => status !== 'scheduled' || publishAt !== '',
				'publish_at_required'
			),
			['publishAt']
		),
		v.forward(
			v.partialCheck(
				[['status'], ['publishAt']],
				({ status, publishAt }) =>
					status !== 'scheduled' || publishAt === '' || parseTime(publishAt) !== undefined,
				'date'
			),
			['publishAt']
		),
		v.transform(({ publishAt, ...text }) => ({
			...text,
			publishAt: text.status === 'scheduled' ? parseTime(publishAt) : undefined
		}))
	);
}

// ——— The editor's publish buttons and its autosave ———

/**
 * What a language's form asks for, one button each: keep the status (a new text: a draft),
 * schedule it, put it online now, or take it offline (back to a draft).
 */
export const editorIntents = ['save', 'schedule', 'publish', 'unpublish'] as const;
export type EditorIntent = (typeof editorIntents)[number];
export const editorIntentSchema = choice(editorIntents);

/** The status a save with `intent` gives a translation now in `current` (none: not yet added). */
export function intentStatus(
	intent: EditorIntent,
	current: TranslationStatus | undefined
): TranslationStatus {
	if (intent === 'publish') return 'published';
	if (intent === 'schedule') return 'scheduled';
	if (intent === 'unpublish') return 'draft';
	return current ?? 'draft';
}

/**
 * What the editor saves by itself while someone types: one language's text as it stands, with the
 * limits of a save, but a title that may still be empty (it is not published by this).
 */
export const autosaveSchema = v.object({
	title: v.pipe(v.string(), v.maxLength(entryTitleMaxLength, tooLong(entryTitleMaxLength))),
	summary: v.pipe(v.string(), v.maxLength(entrySummaryMaxLength, tooLong(entrySummaryMaxLength))),
	body: v.pipe(v.string(), v.maxLength(entryBodyMaxLength, tooLong(entryBodyMaxLength)), plainNewlines())
});

// ——— The details every language shares ———

export interface DetailsContext {
	/** Reads a `datetime-local` value on the site's clocks. */
	parseTime: TimeReader;
	/** Whether an address makes a video player (YouTube, Vimeo), as in a Markdown paragraph. */
	isVideo: (url: string) => boolean;
}

/** The main picture (an id, or '' for none) and the film (an address that plays, or '' for none). */
const media = ({ isVideo }: DetailsContext) => ({
	image: v.pipe(
		v.string(),
		v.trim(),
		v.check((id) => id === '' || isUuid(id), 'image'),
		v.transform((id) => id || null)
	),
	video: v.pipe(
		v.string(),
		v.trim(),
		v.check((url) => url === '' || (url.length <= videoUrlMaxLength && isVideo(url)), 'video'),
		v.transform((url) => url || null)
	)
});

const place = () => v.pipe(v.string(), v.trim(), v.maxLength(placeMaxLength, tooLong(placeMaxLength)));

/**
 * The details of an entry of `type`: its picture and film and, for an event, its start and end,
 * place and online address (one of the two at least); for a vacancy, its closing day, contract and
 * place. The fields of other types are ignored.
 */
export function detailsSchema(type: EntryType, context: DetailsContext) {
	if (type === 'event') return eventDetails(context);
	if (type === 'vacancy') return vacancyDetails(context);
	return v.pipe(
		v.object(media(context)),
		v.transform(({ image, video }) => ({ imageId: image, videoUrl: video }))
	);
}

function eventDetails(context: DetailsContext) {
	return v.pipe(
		v.object({
			...media(context),
			startsAt: requiredTime(context.parseTime),
			endsAt: requiredTime(context.parseTime),
			place: place(),
			onlineUrl: v.pipe(
				v.string(),
				v.trim(),
				v.maxLength(onlineUrlMaxLength, tooLong(onlineUrlMaxLength)),
				v.check((url) => url === '' || httpsUrl(url) !== undefined, 'https')
			)
		}),
		v.forward(
			v.partialCheck(
				[['startsAt'], ['endsAt']],
				({ startsAt, endsAt }) => endsAt >= startsAt,
				'ends_before_start'
			),
			['endsAt']
		),
		v.forward(
			v.partialCheck(
				[['place'], ['onlineUrl']],
				({ place, onlineUrl }) => place !== '' || onlineUrl !== '',
				'place_or_url'
			),
			['place']
		),
		v.transform(({ image, video, startsAt, endsAt, place, onlineUrl }) => ({
			imageId: image,
			videoUrl: video,
			event: { startsAt, endsAt, place: place || null, onlineUrl: onlineUrl || null }
		}))
	);
}

function vacancyDetails(context: DetailsContext) {
	return v.pipe(
		v.object({
			...media(context),
			closesOn: v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.check(isDay, 'day')),
			contract: requiredText(contractMaxLength),
			place: v.pipe(place(), v.nonEmpty('required'))
		}),
		v.transform(({ image, video, closesOn, contract, place }) => ({
			imageId: image,
			videoUrl: video,
			vacancy: { closesOn, contract, place }
		}))
	);
}

// ——— Revisions ———

/** A revision's id, from a URL or a form: a bigint as text. */
export const revisionIdSchema = v.pipe(v.string(), v.regex(/^[1-9][0-9]{0,17}$/));
