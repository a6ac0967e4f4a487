// The non-HTML answers of a public site: news feed, calendars, sitemap and robots.txt.
import { listEntries } from '@solidair/db/content';
import { listEvents } from '@solidair/db/listings';
import { sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import type { ContentSite, PublicSite } from '../site.ts';
import { loadEvent } from './agenda.ts';
import { calendar, database, publicUrl, type CalendarEvent } from '@solidair/app-kit/server';
import { atomFeed } from './feed.ts';
import { eventPath, newsPath } from './paths.ts';
import { shownMoment } from './shown-date.ts';
import { localesOf } from './entries.ts';
import { listsTag, tagPage } from './page-tags.ts';

/** Public, shared caches may keep it a few minutes: new items show up soon enough. */
const cacheable = 'public, max-age=300, stale-while-revalidate=60';

/** The Atom feed of a site's news in a locale: the 30 newest items. */
export async function newsFeed(site: PublicSite, locale: Locale, requested: URL): Promise<Response> {
	tagPage(listsTag(site));
	const url = publicUrl(requested);
	const db = database();
	const { items } = await listEntries(db, await localesOf(site), locale, { type: 'news', limit: 30 });
	const title = m.news_feed_title({ site: site.name }, { locale });
	const body = atomFeed({
		id: `tag:${url.hostname},2026:${site.id}/news/${locale}`,
		title,
		siteUrl: new URL(sectionPath('news', locale), url).href,
		feedUrl: url.href,
		language: locale,
		entries: items.map((item) => ({
			id: `tag:${url.hostname},2026:${site.id}/news/${item.entry_id}/${item.locale}`,
			title: item.title,
			url: new URL(newsPath(locale, item.slug), url).href,
			summary: item.summary,
			publishedAt: shownMoment(item),
			updatedAt: item.published_at,
			author: item.author_name ?? undefined
		}))
	});
	return new Response(body, {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': cacheable }
	});
}

function ics(body: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `inline; filename="${filename}"`,
			'cache-control': cacheable
		}
	});
}

/** One event as an `.ics` file, to add to a calendar. */
export async function eventCalendar(
	site: ContentSite,
	locale: Locale,
	slug: string,
	requested: URL
): Promise<Response> {
	const url = publicUrl(requested);
	const { event } = await loadEvent(site, locale, slug);
	const entry: CalendarEvent = {
		uid: `${event.id}@${site.id}.solidair`,
		title: event.title,
		description: event.summary,
		url: new URL(event.href, url).href,
		startsAt: new Date(event.startsAt),
		endsAt: new Date(event.endsAt),
		timeZone: event.timeZone,
		place: event.place ?? undefined,
		onlineUrl: event.onlineUrl ?? undefined,
		updatedAt: new Date(event.updatedAt)
	};
	return ics(calendar({ name: event.title, events: [entry] }), `${slug}.ics`);
}

/**
 * The subscribable agenda of a site in a locale: upcoming events and those of the last months.
 * `site.name` names the calendar: the portal passes its name in the locale, which varies.
 */
export async function agendaCalendar(
	site: ContentSite & { name: string },
	locale: Locale,
	requested: URL
): Promise<Response> {
	tagPage(listsTag(site));
	const url = publicUrl(requested);
	const db = database();
	const locales = await localesOf(site);
	const [upcoming, past] = await Promise.all([
		listEvents(db, locales, locale, { when: 'upcoming', limit: 200 }),
		listEvents(db, locales, locale, { when: 'past', limit: 50 })
	]);
	const events = [...upcoming.items, ...past.items].map((item): CalendarEvent => ({
		uid: `${item.entry_id}@${site.id}.solidair`,
		title: item.title,
		description: item.summary,
		url: new URL(eventPath(locale, item.slug), url).href,
		startsAt: item.starts_at,
		endsAt: item.ends_at,
		timeZone: item.time_zone,
		place: item.place ?? undefined,
		onlineUrl: item.online_url ?? undefined,
		updatedAt: item.published_at
	}));
	return ics(
		calendar({ name: m.agenda_calendar_name({ site: site.name }, { locale }), events }),
		`${site.id}-${locale}.ics`
	);
}
