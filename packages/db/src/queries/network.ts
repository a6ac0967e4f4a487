import { sql, type Kysely } from 'kysely';
import type { Database, Locale, PartnerKind } from '../schema.ts';

export interface CountryWithPartners {
	code: string;
	name: string;
	slug: string;
	continent: string;
	partners: Array<{ key: string; name: string; kind: PartnerKind; website: string | null }>;
}

/** The ISO codes of a site's network countries, sorted: what its map picture highlights. */
export async function networkCountryCodes(db: Kysely<Database>, siteId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('site_countries')
		.select('country_code')
		.where('site_id', '=', siteId)
		.orderBy('country_code')
		.execute();
	return rows.map((row) => row.country_code);
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
				select json_agg(json_build_object('key', p.key, 'name', p.name, 'kind', p.kind, 'website', p.website) order by p.name)
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

export interface NetworkHit {
	kind: 'country' | 'partner';
	/** The country's name, or the partner's. */
	name: string;
	/** The country page's slug in the locale (a partner's: its country's). */
	slug: string;
	/** For a partner: its key (the anchor of its row on the country page), kind and country. */
	key: string | null;
	partnerKind: PartnerKind | null;
	countryName: string;
	/** 0 the whole name, 1 a word of the name starts with the query, 2 elsewhere in it, 3 the partner's kind. */
	match: 0 | 1 | 2 | 3;
}

// Lower case without accents, the same on both sides: "perou" finds "Pérou", "benin" "Bénin".
const accented = 'áàâäãåāéèêëēíìîïīóòôöõōúùûüūñçýÿ';
const plain = 'aaaaaaaeeeeeiiiiioooooouuuuuncyy';

/** What `searchNetwork` compares: lower case, accents off, spaces squeezed. */
export function foldText(text: string): string {
	return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * The countries of a site's network and its partners whose name holds the query (in the
 * locale's names), and the partners of the given kinds (the caller matched the query to their
 * translated labels), in one query: the whole name first, then names starting with it.
 */
export async function searchNetwork(
	db: Kysely<Database>,
	siteId: string,
	locale: Locale,
	text: string,
	options: { kinds?: readonly PartnerKind[]; limit?: number } = {}
): Promise<NetworkHit[]> {
	const q = foldText(text).slice(0, 200);
	const kinds = options.kinds ?? [];
	if (q === '' && kinds.length === 0) return [];
	// A letter or two is part of too many names: shorter queries must be a whole name.
	const partial = q.length >= 3;
	const literal = q.replace(/[\\%_]/g, (c) => `\\${c}`);
	const fold = (column: ReturnType<typeof sql.ref>) =>
		sql`translate(lower(${column}), ${accented}, ${plain})`;
	const match = (column: ReturnType<typeof sql.ref>) => sql<number>`case
		when ${fold(column)} = ${q} then 0
		when ${partial} and (${fold(column)} like ${`${literal}%`} or ${fold(column)} like ${`% ${literal}%`}) then 1
		when ${partial} and ${fold(column)} like ${`%${literal}%`} then 2
		else 3 end`;
	const rows = await sql<NetworkHit>`
		select * from (
			select 'country' as kind, ct.name, ct.slug, null as key, null as "partnerKind",
				ct.name as "countryName", ${match(sql.ref('ct.name'))} as match
			from site_countries sc
			join country_translations ct on ct.country_code = sc.country_code and ct.locale = ${locale}
			where sc.site_id = ${siteId}
			union all
			select 'partner', p.name, ct.slug, p.key, p.kind, ct.name, ${match(sql.ref('p.name'))}
			from partners p
			join site_countries sc on sc.site_id = p.site_id and sc.country_code = p.country_code
			join country_translations ct on ct.country_code = p.country_code and ct.locale = ${locale}
			where p.site_id = ${siteId}
		) hits
		where match < 3 or ("partnerKind" = any(${sql.val([...kinds])}::text[]))
		order by match, kind, name
		limit ${Math.min(options.limit ?? 20, 50)}`.execute(db);
	return rows.rows;
}
