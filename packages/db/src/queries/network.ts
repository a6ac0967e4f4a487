import { sql, type Kysely } from 'kysely';
import type { Database, Locale, PartnerKind } from '../schema.ts';

export interface CountryWithPartners {
	code: string;
	name: string;
	slug: string;
	continent: string;
	partners: Array<{ name: string; kind: PartnerKind; website: string | null }>;
}

/** The countries of a site's network in a locale, by name, each with its partner organisations. */
export async function networkCountries(
	db: Kysely<Database>,
	siteId: string,
	locale: Locale
): Promise<CountryWithPartners[]> {
	return db
		.selectFrom('site_countries as sc')
		.innerJoin('countries as c', 'c.code', 'sc.country_code')
		.innerJoin('country_translations as ct', (join) =>
			join.onRef('ct.country_code', '=', 'c.code').on('ct.locale', '=', locale)
		)
		.select([
			'c.code',
			'ct.name',
			'ct.slug',
			'c.continent',
			sql<CountryWithPartners['partners']>`coalesce((
				select json_agg(json_build_object('name', p.name, 'kind', p.kind, 'website', p.website) order by p.name)
				from partners p where p.country_code = c.code and p.site_id = sc.site_id), '[]')`.as('partners')
		])
		.where('sc.site_id', '=', siteId)
		.orderBy('ct.name')
		.execute();
}

/** One country of the network by its slug in a locale, or undefined (→ 404). */
export async function networkCountry(
	db: Kysely<Database>,
	siteId: string,
	locale: Locale,
	slug: string
): Promise<CountryWithPartners | undefined> {
	const countries = await networkCountries(db, siteId, locale);
	return countries.find((country) => country.slug === slug);
}

/** A country's slug in each locale it is translated into: for hreflang and the language switcher. */
export async function countrySlugs(
	db: Kysely<Database>,
	code: string
): Promise<Partial<Record<Locale, string>>> {
	const rows = await db
		.selectFrom('country_translations')
		.select(['locale', 'slug'])
		.where('country_code', '=', code)
		.execute();
	return Object.fromEntries(rows.map((row) => [row.locale, row.slug]));
}
