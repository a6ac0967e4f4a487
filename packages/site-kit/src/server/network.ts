import { type CountriesTable, type PartnerKind } from '@solidair/db';
import { listEntries } from '@solidair/db/content';
import { countrySlugs, networkCountries, networkCountry } from '@solidair/db/network';
import { sectionPath, sectionSegments, type Locale } from '@solidair/i18n';
import { error } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database } from '@solidair/app-kit/server';
import type { NewsCardData } from './news.ts';
import { newsPath } from './paths.ts';
import { shownDate } from './shown-date.ts';
import { localesOf, sectionAlternates, slugPattern, type Alternates } from './entries.ts';
import { listsTag, tagPage } from './page-tags.ts';

export type Continent = CountriesTable['continent'];

/** Continents in the order the network page lists them. */
export const continents: readonly Continent[] = ['africa', 'asia', 'latin-america', 'europe'];

/** The section that presents a site's network: WSM's "our network", FOS's "partners". */
export type NetworkSection = 'network' | 'partners';

export function networkSection(site: PublicSite): NetworkSection {
	return [...site.nav, ...site.footer].includes('partners') ? 'partners' : 'network';
}

/** A country's page in a locale, with that locale's slug: `/fr/notre-reseau/bolivie`. */
export function countryPath(section: NetworkSection, locale: Locale, slug: string): string {
	return `${sectionPath(section, locale)}/${slug}`;
}

export interface NetworkCountryLink {
	code: string;
	name: string;
	href: string;
	partnerCount: number;
}

export interface NetworkData {
	section: NetworkSection;
	/** Continents that have countries in the network, in the order of `continents`; countries by name. */
	continents: Array<{ continent: Continent; countries: NetworkCountryLink[] }>;
	/** Every country of the network, by name, for the map. */
	map: Array<{ code: string; name: string; href: string }>;
	alternates: Alternates;
}

/** The countries of the site's network, grouped by continent, with their number of partners. */
export async function loadNetwork(site: PublicSite, locale: Locale): Promise<NetworkData> {
	tagPage(listsTag(site));
	const section = networkSection(site);
	const countries = await networkCountries(database(), site.id, locale);
	const links = countries.map((country) => ({
		continent: country.continent,
		code: country.code,
		name: country.name,
		href: countryPath(section, locale, country.slug),
		partnerCount: country.partners.length
	}));
	return {
		section,
		continents: continents.flatMap((continent) => {
			const inContinent = links
				.filter((link) => link.continent === continent)
				.map(({ code, name, href, partnerCount }) => ({ code, name, href, partnerCount }));
			return inContinent.length > 0 ? [{ continent, countries: inContinent }] : [];
		}),
		map: links.map(({ code, name, href }) => ({ code, name, href })),
		alternates: sectionAlternates(site, sectionSegments[section].en)
	};
}

export interface CountryData {
	section: NetworkSection;
	/** The network's landing page, for the breadcrumbs. */
	networkHref: string;
	country: {
		code: string;
		name: string;
		continent: Continent;
		href: string;
		partners: Array<{ key: string; name: string; kind: PartnerKind; website: string | null }>;
	};
	/** The site's latest public news about the country, newest first. */
	news: NewsCardData[];
	/** The news list filtered on the country, when there is news about it. */
	allNewsHref?: string;
	alternates: Alternates;
}

/** A country of the site's network by its slug in the URL's locale; 404 for any other slug. */
export async function loadCountry(site: PublicSite, locale: Locale, slug: string): Promise<CountryData> {
	tagPage(listsTag(site));
	if (!slugPattern.test(slug)) error(404);
	const section = networkSection(site);
	const db = database();
	const country = await networkCountry(db, site.id, locale, slug);
	if (!country) error(404);
	const [slugs, news] = await Promise.all([
		countrySlugs(db, country.code),
		localesOf(site).then((locales) =>
			listEntries(db, locales, locale, { type: 'news', countryCode: country.code, limit: 3 })
		)
	]);
	const alternates: Alternates = {};
	for (const other of site.locales) {
		const otherSlug = slugs[other];
		if (otherSlug) alternates[other] = countryPath(section, other, otherSlug);
	}
	return {
		section,
		networkHref: sectionPath(section, locale),
		country: {
			code: country.code,
			name: country.name,
			continent: country.continent as Continent,
			href: countryPath(section, locale, country.slug),
			partners: country.partners
		},
		news: news.items.map((item) => ({
			href: newsPath(locale, item.slug),
			title: item.title,
			summary: item.summary,
			publishedAt: shownDate(item),
			author: item.author_name,
			tags: [],
			countries: [],
			lang: item.fallback ? item.locale : undefined
		})),
		allNewsHref:
			news.items.length > 0
				? `${sectionPath('news', locale)}?${new URLSearchParams({ country: country.slug })}`
				: undefined,
		alternates
	};
}
