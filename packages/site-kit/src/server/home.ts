// The home page's data in a handful of queries whatever its blocks (it is the most visited page):
// the blocks and the site's languages, then at once the lead, the news, the events and the
// network, then the pictures of the lead and the news together. No query per item.
import { listEntries } from '@solidair/db/content';
import { leadStory, storedHomeBlocks } from '@solidair/db/home';
import type { HomeBlock } from '@solidair/db/input';
import { listEvents } from '@solidair/db/listings';
import { networkCountries } from '@solidair/db/network';
import { homePath, type Locale } from '@solidair/i18n';
import type { PictureData } from '@solidair/ui';
import { database, picturesOf } from '@solidair/app-kit/server';
import { homeBlocksOf } from '../home/defaults.ts';
import type { PublicSite } from '../site.ts';
import type { EventCardData } from './agenda.ts';
import { entryPath, eventPath, newsPath } from './paths.ts';
import { mapPictureUrl } from './map-picture.ts';
import { countryPath, networkSection, type NetworkSection } from './network.ts';
import type { NewsCardData } from './news.ts';
import { shownDate } from './shown-date.ts';
import { localesOf, type Alternates } from './entries.ts';
import { listsTag, tagPage } from './page-tags.ts';

/** How many partner organisations the home names. */
const homePartners = 12;

export interface LeadData {
	type: 'campaign' | 'news';
	title: string;
	summary: string;
	href: string;
	image?: PictureData;
	/** The language of the text, when it stands in for the visitor's. */
	lang?: Locale;
}

export interface HomePartner {
	name: string;
	country: string;
}

export type HomeBlockData =
	| { kind: 'lead'; lead: LeadData }
	| { kind: 'news'; items: NewsCardData[] }
	| { kind: 'events'; items: EventCardData[] }
	| {
			kind: 'figures';
			countries: number;
			partners: number;
			map: Array<{ code: string; name: string; href: string }>;
			/** The map as a picture file (`/network-map.svg?v=…`), shown beside the country links. */
			mapPicture: string;
			section: NetworkSection;
	  }
	| { kind: 'partners'; partners: HomePartner[]; section: NetworkSection }
	| { kind: 'themes' | 'donate' | 'newsletter' };

export interface HomeData {
	/** The blocks that are on and have something to show, in the order staff gave them. */
	blocks: HomeBlockData[];
	alternates: Alternates;
}

/** The blocks of the site's home in `locale` (stored, else the site's defaults), with their data. */
export async function loadHome(site: PublicSite, locale: Locale, now: Date = new Date()): Promise<HomeData> {
	tagPage(listsTag(site));
	const db = database();
	const [stored, locales] = await Promise.all([storedHomeBlocks(db, site.id, locale), localesOf(site)]);
	const blocks = homeBlocksOf(site.id, stored).filter((block) => block.enabled);
	const find = (kind: HomeBlock['kind']) => blocks.find((block) => block.kind === kind);
	const lead = find('lead');
	const news = find('news');
	const events = find('events');
	const network = find('figures') ?? find('partners');

	const [leadRow, newsPage, eventList, countries] = await Promise.all([
		lead ? leadStory(db, locales, locale, lead.entryId, now) : undefined,
		// One more than shown: the lead, when it is a news item, is not repeated among them.
		news ? listEntries(db, locales, locale, { type: 'news', limit: (news.count ?? 3) + 1, now }) : undefined,
		events ? listEvents(db, locales, locale, { when: 'upcoming', limit: events.count ?? 3, now }) : undefined,
		network ? networkCountries(db, site.id, locale) : undefined
	]);
	const newsItems = (newsPage?.items ?? [])
		.filter((item) => item.entry_id !== leadRow?.entry_id)
		.slice(0, news?.count ?? 3);
	const pictures = await picturesOf(
		[leadRow?.image_id ?? null, ...newsItems.map((item) => item.image_id)],
		locale
	);
	const section = networkSection(site);

	const data = (block: HomeBlock): HomeBlockData | undefined => {
		switch (block.kind) {
			case 'lead': {
				const href =
					leadRow && (leadRow.type === 'news' ? newsPath(locale, leadRow.slug) : entryPath(locale, leadRow));
				if (!leadRow || !href) return undefined;
				return {
					kind: 'lead',
					lead: {
						type: leadRow.type,
						title: leadRow.title,
						summary: leadRow.summary,
						href,
						image: leadRow.image_id ? pictures.get(leadRow.image_id) : undefined,
						lang: leadRow.fallback ? leadRow.locale : undefined
					}
				};
			}
			case 'news':
				return newsItems.length === 0
					? undefined
					: {
							kind: 'news',
							items: newsItems.map((item) => ({
								href: newsPath(locale, item.slug),
								title: item.title,
								summary: item.summary,
								publishedAt: shownDate(item),
								author: item.author_name,
								tags: [],
								countries: [],
								lang: item.fallback ? item.locale : undefined,
								image: item.image_id ? pictures.get(item.image_id) : undefined
							}))
						};
			case 'events': {
				const items = eventList?.items ?? [];
				return items.length === 0
					? undefined
					: {
							kind: 'events',
							items: items.map((item) => ({
								href: eventPath(locale, item.slug),
								title: item.title,
								summary: item.summary,
								startsAt: item.starts_at.toISOString(),
								endsAt: item.ends_at.toISOString(),
								timeZone: item.time_zone,
								place: item.place,
								online: item.online_url !== null
							}))
						};
			}
			case 'figures':
				return !countries || countries.length === 0
					? undefined
					: {
							kind: 'figures',
							countries: countries.length,
							partners: countries.reduce((sum, country) => sum + country.partners.length, 0),
							map: countries.map((country) => ({
								code: country.code,
								name: country.name,
								href: countryPath(section, locale, country.slug)
							})),
							mapPicture: mapPictureUrl(countries.map((country) => country.code)),
							section
						};
			case 'partners': {
				const partners = (countries ?? [])
					.flatMap((country) =>
						country.partners.map((partner) => ({ name: partner.name, country: country.name }))
					)
					.toSorted((a, b) => a.name.localeCompare(b.name, locale));
				// A dozen names make the point; the network's page lists them all, by country.
				return partners.length === 0
					? undefined
					: { kind: 'partners', partners: partners.slice(0, homePartners), section };
			}
			default:
				return { kind: block.kind };
		}
	};
	return {
		blocks: blocks.flatMap((block) => data(block) ?? []),
		alternates: Object.fromEntries(site.locales.map((other) => [other, homePath(other)]))
	};
}
