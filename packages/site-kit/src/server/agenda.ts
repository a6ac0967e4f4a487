import { type PublishedTranslation } from '@solidair/db/content';
import { eventDetails, listEvents, type EventItem } from '@solidair/db/listings';
import { sectionPath, type Locale } from '@solidair/i18n';
import { error } from '@sveltejs/kit';
import type { ContentSite } from '../site.ts';
import { database, entryBody, type BodyPart } from '@solidair/app-kit/server';
import { eventPath } from './paths.ts';
import { entryAlternates, entryBySlug, localesOf, sectionAlternates, type Alternates } from './entries.ts';
import { entryTag, listsTag, mediaTag, tagPage } from './page-tags.ts';

const pageSize = 12;

export interface EventCardData {
	href: string;
	title: string;
	summary: string;
	startsAt: string;
	endsAt: string;
	timeZone: string;
	place: string | null;
	online: boolean;
}

function card(locale: Locale, item: EventItem): EventCardData {
	return {
		href: eventPath(locale, item.slug),
		title: item.title,
		summary: item.summary,
		startsAt: item.starts_at.toISOString(),
		endsAt: item.ends_at.toISOString(),
		timeZone: item.time_zone,
		place: item.place,
		online: item.online_url !== null
	};
}

export interface AgendaData {
	when: 'upcoming' | 'past';
	items: EventCardData[];
	page: number;
	pageCount: number;
	/** The other list (past ↔ upcoming). */
	otherHref: string;
	listPath: string;
	alternates: Alternates;
}

/** `?page=` as a positive whole number, 1 when absent; anything else is a bad request. */
function pageNumber(url: URL): number {
	const value = url.searchParams.get('page');
	if (value === null) return 1;
	if (!/^[1-9]\d{0,4}$/.test(value)) error(400, 'bad page');
	return Number(value);
}

/** The agenda: upcoming events soonest first, or (`?past=1`) past ones latest first, paged. */
export async function loadAgenda(site: ContentSite, locale: Locale, url: URL): Promise<AgendaData> {
	tagPage(listsTag(site));
	const pastParam = url.searchParams.get('past');
	if (pastParam !== null && pastParam !== '1') error(400, 'bad filter');
	const when = pastParam === '1' ? 'past' : 'upcoming';
	const page = pageNumber(url);
	const { items, total } = await listEvents(database(), await localesOf(site), locale, {
		when,
		limit: pageSize,
		offset: (page - 1) * pageSize
	});
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	if (page > pageCount) error(404);
	const listPath = sectionPath('agenda', locale);
	return {
		when,
		items: items.map((item) => card(locale, item)),
		page,
		pageCount,
		otherHref: when === 'past' ? listPath : `${listPath}?past=1`,
		listPath,
		alternates: sectionAlternates(site, 'events')
	};
}

export interface EventData {
	event: EventCardData & {
		id: string;
		/** The body rendered from Markdown, with its videos apart; safe (see markdown.ts). */
		body: BodyPart[];
		onlineUrl: string | null;
		updatedAt: string;
		locale: Locale;
		fallback: boolean;
		past: boolean;
	};
	alternates: Alternates;
}

/** One event by slug; an old slug answers with a 301. */
export async function loadEvent(
	site: ContentSite,
	locale: Locale,
	slug: string,
	now: Date = new Date()
): Promise<EventData> {
	const entry = await entryBySlug(site, locale, slug, 'event', eventPath);
	tagPage(entryTag(entry.entry_id), entry.image_id && mediaTag(entry.image_id));
	return (await eventData(site, locale, entry, now)) ?? error(404);
}

/** The page of an event's translation (a public one, or any one in a preview); none without its times. */
export async function eventData(
	site: ContentSite,
	locale: Locale,
	entry: PublishedTranslation,
	now: Date = new Date()
): Promise<EventData | undefined> {
	const [details, alternates] = await Promise.all([
		eventDetails(database(), [entry.entry_id]),
		entryAlternates(site, entry.entry_id, eventPath)
	]);
	const when = details.get(entry.entry_id);
	if (!when) return undefined;
	return {
		event: {
			id: entry.entry_id,
			href: eventPath(locale, entry.slug),
			title: entry.title,
			summary: entry.summary,
			body: entryBody(entry),
			startsAt: when.starts_at.toISOString(),
			endsAt: when.ends_at.toISOString(),
			timeZone: when.time_zone,
			place: when.place,
			online: when.online_url !== null,
			onlineUrl: when.online_url,
			updatedAt: entry.updated_at.toISOString(),
			locale: entry.locale,
			fallback: entry.fallback,
			past: when.ends_at < now
		},
		alternates
	};
}
