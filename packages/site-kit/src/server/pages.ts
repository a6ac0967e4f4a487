import { type EntryType } from '@solidair/db';
import { publishedTranslation, sectionPages } from '@solidair/db/content';
import {
	localizedPath,
	routePath,
	sectionOfRoute,
	sectionSegments,
	type Locale,
	type Section
} from '@solidair/i18n';
import { error } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database, entryBody, picturesOf, publicOrigin, type BodyPart } from '@solidair/app-kit/server';
import { loadMenus } from './menus.ts';
import { entryAlternates, localesOf, sectionAlternates, slugPattern, type Alternates } from './entries.ts';
import type { PictureData } from '@solidair/ui';
import { entryTag, listsTag, mediaTag, tagPage } from './page-tags.ts';

/** What a content page shows: the entry, in the locale asked or the default one as a stand-in. */
export interface PageContent {
	title: string;
	summary: string;
	/** The body rendered from Markdown, with its videos apart, then the entry's film; safe (see markdown.ts). */
	body: BodyPart[];
	/** The language the text is in: the default locale's when the page is a stand-in. */
	locale: Locale;
	/** True when the page is not published in the visitor's locale and the default one stands in. */
	fallback: boolean;
	/** A campaign asks the visitor to act (give, subscribe); a page only informs. */
	kind: 'page' | 'campaign';
	image?: PictureData;
}

export interface SectionPageData {
	section: Section;
	page: PageContent;
	alternates: Alternates;
}

export interface SectionLandingData {
	section: Section;
	/** The page whose slug is the section's own name, shown as the landing's text. */
	intro?: PageContent;
	pages: SectionLink[];
	/** The section's campaigns (WSM's "Doe mee"), with their pictures. */
	campaigns: Array<SectionLink & { image?: PictureData }>;
	alternates: Alternates;
}

export interface SectionLink {
	href: string;
	title: string;
	summary: string;
}

/** What a content page shows of an entry's translation (a page, a campaign, or any type in a preview). */
export async function pageContent(
	entry: {
		type: EntryType;
		title: string;
		summary: string;
		body: string;
		image_id: string | null;
		video_url: string | null;
		locale: Locale;
		fallback: boolean;
	},
	locale: Locale
): Promise<PageContent> {
	const pictures = await picturesOf([entry.image_id], locale);
	return {
		title: entry.title,
		summary: entry.summary,
		body: entryBody(entry),
		locale: entry.locale,
		fallback: entry.fallback,
		kind: entry.type === 'campaign' ? 'campaign' : 'page',
		image: entry.image_id ? pictures.get(entry.image_id) : undefined
	};
}

/** `/[lang]/[section]` (route segment, e.g. `about-us`) to the section it names, or 404. */
function sectionFrom(routeSegment: string): Section {
	const section = sectionOfRoute(routeSegment);
	if (!section) error(404);
	return section;
}

/** Loads a page of a site section: `/nl/over-ons/strategieen`. */
export async function loadSectionPage(
	site: PublicSite,
	locale: Locale,
	params: { section: string; slug: string }
): Promise<SectionPageData> {
	const section = sectionFrom(params.section);
	if (!slugPattern.test(params.slug)) error(404);
	const db = database();
	const entry = await publishedTranslation(db, await localesOf(site), locale, {
		slug: params.slug,
		type: ['page', 'campaign']
	});
	if (!entry || entry.section !== section) error(404);
	tagPage(entryTag(entry.entry_id), entry.image_id && mediaTag(entry.image_id));
	const alternates = await entryAlternates(site, entry.entry_id, (other, slug) =>
		localizedPath(`/${other}/${params.section}/${slug}`, other)
	);
	return { section, page: await pageContent(entry, locale), alternates };
}

/** Loads a section's landing page: its intro page (slug = section name) and its other pages. */
export async function loadSectionLanding(
	site: PublicSite,
	locale: Locale,
	params: { section: string }
): Promise<SectionLandingData> {
	const section = sectionFrom(params.section);
	tagPage(listsTag(site));
	const db = database();
	const ownName = sectionSegments[section][locale];
	const [pages, intro] = await Promise.all([
		sectionPages(db, site.id, section, locale),
		publishedTranslation(db, await localesOf(site), locale, { slug: ownName, type: 'page' })
	]);
	const alternates = sectionAlternates(site, params.section);
	const pictures = await picturesOf(
		pages.map((page) => page.image_id),
		locale
	);
	const link = (page: (typeof pages)[number]) => ({
		href: localizedPath(`/${locale}/${params.section}/${page.slug}`, locale),
		title: page.title,
		summary: page.summary
	});
	return {
		section,
		intro: intro && intro.section === section ? await pageContent(intro, locale) : undefined,
		pages: pages.filter((page) => page.type === 'page' && page.slug !== ownName).map(link),
		campaigns: pages
			.filter((page) => page.type === 'campaign')
			.map((page) => ({ ...link(page), image: page.image_id ? pictures.get(page.image_id) : undefined })),
		alternates
	};
}

/** What every public page's layout needs: its locale, where it is, its URL in each locale, its menus. */
export async function publicLayoutData(site: PublicSite, event: { locals: { locale: Locale }; url: URL }) {
	const route = routePath(event.url.pathname);
	const alternates = route
		? (Object.fromEntries(site.locales.map((other) => [other, localizedPath(route, other)])) as Alternates)
		: undefined;
	return {
		locale: event.locals.locale,
		pathname: event.url.pathname,
		origin: publicOrigin(event.url),
		alternates,
		menus: await loadMenus(site, event.locals.locale)
	};
}
