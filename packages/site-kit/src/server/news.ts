import { listEntries, type ListCursor, type PublishedTranslation } from '@solidair/db/content';
import { relatedEntries } from '@solidair/db/listings';
import {
	countriesInUse,
	countriesOfEntries,
	tagsInUse,
	tagsOfEntries,
	type CountryLabel,
	type TagLabel
} from '@solidair/db/taxonomy';
import { sectionPath, type Locale } from '@solidair/i18n';
import { error } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database, entryBody, picturesOf, type BodyPart } from '@solidair/app-kit/server';
import { newsPath } from './paths.ts';
import { shownDate } from './shown-date.ts';
import type { PictureData } from '@solidair/ui';
import {
	entryAlternates,
	entryBySlug,
	localesOf,
	sectionAlternates,
	slugPattern,
	type Alternates
} from './entries.ts';
import { entryTag, listsTag, mediaTag, tagPage } from './page-tags.ts';

const pageSize = 12;

/** `?after=` of the news list: the last item's publication time and id, e.g. `2026-03-01T10:00:00.000Z_<uuid>`. */
export function encodeCursor(cursor: ListCursor): string {
	return `${cursor.publishedAt.toISOString()}_${cursor.id}`;
}

export function decodeCursor(value: string): ListCursor | undefined {
	const match =
		/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(
			value
		);
	if (!match) return undefined;
	const publishedAt = new Date(match[1]!);
	return Number.isNaN(publishedAt.getTime()) ? undefined : { publishedAt, id: match[2]! };
}

export interface NewsCardData {
	href: string;
	title: string;
	summary: string;
	publishedAt: string;
	author: string | null;
	tags: TagLabel[];
	countries: CountryLabel[];
	/** The language of the text, when it stands in for the visitor's (the default locale's). */
	lang?: Locale;
	image?: PictureData;
}

export interface NewsListData {
	items: NewsCardData[];
	filters: { tags: TagLabel[]; countries: CountryLabel[] };
	selected: { tag?: string; country?: string };
	/** The next (older) page's URL, when there is one. */
	olderHref?: string;
	/** Back to the first page, when this is not it. */
	newestHref?: string;
	alternates: Alternates;
}

/** The news list: newest first, filtered by one tag or dossier and/or one country, keyset paging. */
export async function loadNewsList(site: PublicSite, locale: Locale, url: URL): Promise<NewsListData> {
	tagPage(listsTag(site));
	const db = database();
	const tagSlug = url.searchParams.get('tag') ?? undefined;
	const countrySlug = url.searchParams.get('country') ?? undefined;
	const afterParam = url.searchParams.get('after');
	const after = afterParam === null ? undefined : decodeCursor(afterParam);
	if (afterParam !== null && !after) error(400, 'bad cursor');
	if (
		(tagSlug !== undefined && !slugPattern.test(tagSlug)) ||
		(countrySlug !== undefined && !slugPattern.test(countrySlug))
	)
		error(400, 'bad filter');

	const [tags, countries, locales] = await Promise.all([
		tagsInUse(db, site.id, locale, 'news'),
		countriesInUse(db, site.id, locale, 'news'),
		localesOf(site)
	]);
	const tag = tagSlug === undefined ? undefined : tags.find((t) => t.slug === tagSlug);
	const country = countrySlug === undefined ? undefined : countries.find((c) => c.slug === countrySlug);
	if ((tagSlug && !tag) || (countrySlug && !country)) error(404);

	const page = await listEntries(db, locales, locale, {
		type: 'news',
		limit: pageSize,
		after,
		tagId: tag?.id,
		countryCode: country?.code
	});
	const ids = page.items.map((item) => item.entry_id);
	const [itemTags, itemCountries, pictures] = await Promise.all([
		tagsOfEntries(db, ids, locale),
		countriesOfEntries(db, ids, locale),
		picturesOf(
			page.items.map((item) => item.image_id),
			locale
		)
	]);

	const listPath = sectionPath('news', locale);
	const query = (extra: Record<string, string>) => {
		const params = new URLSearchParams({
			...(tag && { tag: tag.slug }),
			...(country && { country: country.slug }),
			...extra
		});
		const text = params.toString();
		return text ? `${listPath}?${text}` : listPath;
	};
	return {
		items: page.items.map((item) => ({
			href: newsPath(locale, item.slug),
			title: item.title,
			summary: item.summary,
			publishedAt: shownDate(item),
			author: item.author_name,
			tags: itemTags.get(item.entry_id) ?? [],
			countries: itemCountries.get(item.entry_id) ?? [],
			lang: item.fallback ? item.locale : undefined,
			image: item.image_id ? pictures.get(item.image_id) : undefined
		})),
		filters: { tags, countries },
		selected: { tag: tag?.slug, country: country?.slug },
		olderHref: page.next ? query({ after: encodeCursor(page.next) }) : undefined,
		newestHref: after ? query({}) : undefined,
		// Filters are slugs in this locale; the other languages get their unfiltered list.
		alternates: sectionAlternates(site, 'news')
	};
}

export interface ArticleData {
	article: {
		title: string;
		summary: string;
		/** The body rendered from Markdown, with its videos apart; safe (see markdown.ts). */
		body: BodyPart[];
		publishedAt: string;
		updatedAt: string;
		author: string | null;
		locale: Locale;
		fallback: boolean;
		tags: TagLabel[];
		countries: CountryLabel[];
		image?: PictureData;
	};
	related: NewsCardData[];
	alternates: Alternates;
}

/** A news article by its slug in the URL's locale; an old slug answers with a 301 to the current one. */
export async function loadArticle(site: PublicSite, locale: Locale, slug: string): Promise<ArticleData> {
	return articleData(site, locale, await entryBySlug(site, locale, slug, 'news', newsPath));
}

/** The article page of a news translation: a public one, or any one in a preview. */
export async function articleData(
	site: PublicSite,
	locale: Locale,
	entry: PublishedTranslation
): Promise<ArticleData> {
	const db = database();
	const [alternates, tags, countries, related, pictures] = await Promise.all([
		entryAlternates(site, entry.entry_id, newsPath),
		tagsOfEntries(db, [entry.entry_id], locale),
		countriesOfEntries(db, [entry.entry_id], locale),
		relatedEntries(db, site.id, locale, entry.entry_id, 'news'),
		picturesOf([entry.image_id], locale)
	]);
	// The related cards show other entries: a change to one of them shows here too. (A preview's
	// tags are never used: cacheHandle keeps no preview.)
	tagPage(
		entryTag(entry.entry_id),
		entry.image_id && mediaTag(entry.image_id),
		...related.map((item) => entryTag(item.entry_id))
	);
	// The related cards show their pictures too (a card without one gets a plain pattern).
	const relatedPictures = await picturesOf(
		related.map((item) => item.image_id),
		locale
	);
	return {
		article: {
			title: entry.title,
			summary: entry.summary,
			body: entryBody(entry),
			publishedAt: shownDate(entry, entry.updated_at),
			updatedAt: entry.updated_at.toISOString(),
			author: entry.author_name,
			locale: entry.locale,
			fallback: entry.fallback,
			tags: tags.get(entry.entry_id) ?? [],
			countries: countries.get(entry.entry_id) ?? [],
			image: entry.image_id ? pictures.get(entry.image_id) : undefined
		},
		related: related.map((item) => ({
			href: newsPath(locale, item.slug),
			title: item.title,
			summary: item.summary,
			publishedAt: shownDate(item),
			author: null,
			tags: [],
			countries: [],
			image: item.image_id ? relatedPictures.get(item.image_id) : undefined
		})),
		alternates
	};
}
