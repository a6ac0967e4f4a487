import type { Kysely } from 'kysely';
import type { Database, Locale } from '../schema.ts';

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
