// Where each kind of entry lives on a public site, in each locale's own words.
import type { EntryType } from '@solidair/db';
import { localizedPath, sectionSegments, type Locale, type Section } from '@solidair/i18n';

/** A news item's path in a locale: `/fr/actualites/<slug>`. */
export function newsPath(locale: Locale, slug: string): string {
	return localizedPath(`/${locale}/news/${slug}`, locale);
}

/** An event's path in a locale: `/fr/agenda/<slug>`. */
export function eventPath(locale: Locale, slug: string): string {
	return localizedPath(`/${locale}/events/${slug}`, locale);
}

/** A vacancy's path in a locale: `/fr/offres-emploi/<slug>`. */
export function vacancyPath(locale: Locale, slug: string): string {
	return localizedPath(`/${locale}/vacancies/${slug}`, locale);
}

/**
 * A signed preview link's path on a public site (see `loadPreview`): `/fr/preview/<token>`, the
 * same word in every language (it is never shown in a menu nor indexed).
 */
export function previewPath(locale: Locale, token: string): string {
	return `/${locale}/preview/${token}`;
}

/** Whether a path is a preview's: such pages are never cached (see `cacheHandle`). */
export function isPreviewPath(pathname: string): boolean {
	return /^\/[a-z]{2}\/preview\//.test(pathname);
}

/** The page of any entry, or undefined for kinds without pages of their own (publications). */
export function entryPath(
	locale: Locale,
	entry: { type: EntryType; slug: string; section: string | null }
): string | undefined {
	switch (entry.type) {
		case 'news':
			return newsPath(locale, entry.slug);
		case 'event':
			return eventPath(locale, entry.slug);
		case 'vacancy':
			return vacancyPath(locale, entry.slug);
		// Campaigns live in a section like pages: WSM's under "Doe mee".
		case 'page':
		case 'campaign': {
			const section = entry.section as Section | null;
			return section && section in sectionSegments
				? localizedPath(`/${locale}/${sectionSegments[section].en}/${entry.slug}`, locale)
				: undefined;
		}
		default:
			return undefined;
	}
}
