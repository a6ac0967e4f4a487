import { publicTranslations } from '@solidair/db/listings';
import { networkCountries } from '@solidair/db/network';
import { homePath, sectionPath, type Locale, type Section } from '@solidair/i18n';
import type { PublicSite } from '../site.ts';
import { database } from '@solidair/app-kit/server';
import { mapPicturePath } from './map-picture.ts';
import { entryPath } from './paths.ts';
import { networkSection } from './network.ts';
import { robotsTxt, sitemapXml, type SitemapUrl } from '../seo.ts';
import { listsTag, tagPage } from './page-tags.ts';

/** Paths served without a locale prefix on a public site. */
export function isLocaleFreePath(pathname: string): boolean {
	return (
		pathname === '/sitemap.xml' ||
		pathname === '/robots.txt' ||
		pathname === mapPicturePath ||
		pathname.startsWith('/media/')
	);
}

const cacheable = 'public, max-age=3600';

/** One URL per page and language, each listing the page in all its languages (hreflang). */
function group(
	origin: string,
	pages: Array<Partial<Record<Locale, string>>>,
	lastmod?: Map<string, string>
): SitemapUrl[] {
	return pages.flatMap((byLocale) => {
		const alternates = Object.entries(byLocale).map(([hreflang, path]) => ({
			hreflang,
			href: `${origin}${path}`
		}));
		return alternates.map((alternate) => ({
			loc: alternate.href,
			lastmod: lastmod?.get(alternate.href),
			alternates
		}));
	});
}

export async function sitemap(site: PublicSite, origin: string): Promise<Response> {
	tagPage(listsTag(site));
	const db = database();
	const everyLocale = (path: (locale: Locale) => string) =>
		Object.fromEntries(site.locales.map((locale) => [locale, path(locale)])) as Partial<
			Record<Locale, string>
		>;
	const sections = [...new Set<Section>([...site.nav, ...site.footer, ...site.pageSections])];
	const fixed = [
		everyLocale(homePath),
		...sections.map((section) => everyLocale((locale) => sectionPath(section, locale)))
	];

	const rows = await publicTranslations(db, site.id);
	const byEntry = new Map<string, Partial<Record<Locale, string>>>();
	const lastmod = new Map<string, string>();
	for (const row of rows) {
		if (!site.locales.includes(row.locale)) continue;
		const path = entryPath(row.locale, row);
		if (!path) continue;
		byEntry.set(row.entry_id, { ...byEntry.get(row.entry_id), [row.locale]: path });
		lastmod.set(`${origin}${path}`, row.updated_at.toISOString());
	}

	// Country pages of the network, each with its own slug per language.
	const section = networkSection(site);
	const countries = new Map<string, Partial<Record<Locale, string>>>();
	for (const locale of site.locales) {
		for (const country of await networkCountries(db, site.id, locale)) {
			const path = `${sectionPath(section, locale)}/${country.slug}`;
			countries.set(country.code, { ...countries.get(country.code), [locale]: path });
		}
	}

	const urls = group(origin, [...fixed, ...byEntry.values(), ...countries.values()], lastmod);
	return new Response(sitemapXml(urls), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': cacheable }
	});
}

export function robots(origin: string): Response {
	tagPage();
	return new Response(robotsTxt(origin), {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cacheable }
	});
}
