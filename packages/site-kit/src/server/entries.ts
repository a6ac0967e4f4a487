// What every loader of a public entry needs: the site's locale settings, checks of the values in
// a URL, the entry behind a slug (following renamed slugs), and its URL in each locale.
import type { EntryType } from '@solidair/db';
import {
	alternates as publicAlternates,
	publishedTranslation,
	siteLocales,
	type PublishedTranslation,
	type SiteLocales
} from '@solidair/db/content';
import { redirectedSlug } from '@solidair/db/listings';
import { localizedPath, type Locale } from '@solidair/i18n';
import { error, redirect } from '@sveltejs/kit';
import type { ContentSite } from '../site.ts';
import { database } from '@solidair/app-kit/server';

/** This page's URL in each locale it is public in: for the language switcher and hreflang. */
export type Alternates = Partial<Record<Locale, string>>;

/** What a slug in a URL may look like (as the database allows), before it is looked up. */
export const slugPattern = /^[a-z0-9-]{1,120}$/;

export async function localesOf(site: ContentSite): Promise<SiteLocales> {
	const locales = await siteLocales(database(), site.id);
	if (!locales) throw new Error(`site ${site.id} is not in the database; run the seed`);
	return locales;
}

/** A page that exists in every locale of the site, by its route: `sectionAlternates(site, 'news')`. */
export function sectionAlternates(site: ContentSite, route: string): Alternates {
	return Object.fromEntries(
		site.locales.map((locale) => [locale, localizedPath(`/${locale}/${route}`, locale)])
	);
}

/** An entry's URL in each of the site's locales it is public in, each with its own slug. */
export async function entryAlternates(
	site: ContentSite,
	entryId: string,
	path: (locale: Locale, slug: string) => string
): Promise<Alternates> {
	const alternates: Alternates = {};
	for (const alternate of await publicAlternates(database(), entryId)) {
		if (site.locales.includes(alternate.locale))
			alternates[alternate.locale] = path(alternate.locale, alternate.slug);
	}
	return alternates;
}

/**
 * The public entry of `type` behind a slug in the URL's locale. A malformed or unknown slug is a
 * 404; an old slug of a renamed entry answers with a 301 to its current URL.
 */
export async function entryBySlug(
	site: ContentSite,
	locale: Locale,
	slug: string,
	type: EntryType,
	path: (locale: Locale, slug: string) => string
): Promise<PublishedTranslation> {
	if (!slugPattern.test(slug)) error(404);
	const db = database();
	const entry = await publishedTranslation(db, await localesOf(site), locale, { slug, type });
	if (entry) return entry;
	const moved = await redirectedSlug(db, site.id, locale, slug);
	if (moved?.type === type) redirect(301, path(locale, moved.slug));
	error(404);
}
