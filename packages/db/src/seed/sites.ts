// Seed: the three sites (WSM, FOS and the platform's own), and the WSM network: countries and
// partner organisations.
import type { Transaction } from 'kysely';
import type { Database, Locale } from '../schema.ts';
import { seedCountries, seedPartners } from './content/network.ts';

type Tx = Transaction<Database>;

const sites = [
	{
		id: 'wsm',
		organisation: 'wsm',
		name: 'WSM',
		locales: ['nl', 'fr', 'en', 'es'] as Locale[],
		theme: 'wsm'
	},
	{ id: 'fos', organisation: 'fos', name: 'FOS', locales: ['nl', 'fr', 'en'] as Locale[], theme: 'fos' },
	// The Waardig Werk portal's publications and public agenda: the platform of all its members, no one's.
	{
		id: 'platform',
		organisation: null,
		name: 'Platform Waardig Werk',
		locales: ['nl', 'fr', 'en'] as Locale[],
		theme: 'platform'
	}
];

export async function seedSites(tx: Tx, orgId: (slug: string) => string): Promise<void> {
	for (const site of sites) {
		await tx
			.insertInto('sites')
			.values({
				id: site.id,
				organisation_id: site.organisation === null ? null : orgId(site.organisation),
				name: site.name,
				locales: site.locales,
				default_locale: 'nl',
				theme: site.theme
			})
			.onConflict((oc) => oc.column('id').doUpdateSet({ locales: site.locales, name: site.name }))
			.execute();
	}
}

export async function seedNetwork(tx: Tx): Promise<void> {
	for (const country of seedCountries) {
		await tx
			.insertInto('countries')
			.values({ code: country.code, continent: country.continent })
			.onConflict((oc) => oc.column('code').doUpdateSet({ continent: country.continent }))
			.execute();
		for (const locale of ['nl', 'fr', 'en', 'es'] as const) {
			const values = { name: country.names[locale], slug: country.slugs[locale] };
			await tx
				.insertInto('country_translations')
				.values({ country_code: country.code, locale, ...values })
				.onConflict((oc) => oc.columns(['country_code', 'locale']).doUpdateSet(values))
				.execute();
		}
		for (const site of country.sites) {
			await tx
				.insertInto('site_countries')
				.values({ site_id: site, country_code: country.code })
				.onConflict((oc) => oc.doNothing())
				.execute();
		}
	}
	for (const partner of seedPartners) {
		const values = {
			country_code: partner.country,
			kind: partner.kind,
			name: partner.name,
			website: partner.website ?? null,
			site_id: partner.site
		};
		await tx
			.insertInto('partners')
			.values({ key: partner.key, ...values })
			.onConflict((oc) => oc.column('key').doUpdateSet(values))
			.execute();
	}
}
