// Seed: the working groups' names and descriptions in the four languages. A country group's name
// is the country's, from its ISO code through Intl (CLDR), so it is spelled as each language does.
import type { Transaction } from 'kysely';
import type { Database, Locale } from '../schema.ts';

type Tx = Transaction<Database>;

const locales: Locale[] = ['nl', 'fr', 'en', 'es'];

type Texts = Record<Locale, { name?: string; description: string }>;

const groups: Record<string, Texts> = {
	benin: {
		nl: { description: 'Vakbonden, mutualiteiten en ngo’s die samenwerken in Benin.' },
		fr: { description: 'Syndicats, mutualités et ONG qui travaillent ensemble au Bénin.' },
		en: { description: 'Trade unions, health funds and NGOs working together in Benin.' },
		es: { description: 'Sindicatos, mutualidades y ONG que trabajan juntos en Benín.' }
	},
	bolivia: {
		nl: { description: 'Onze partners in Bolivia en wat we samen ondernemen.' },
		fr: { description: 'Nos partenaires en Bolivie et ce que nous entreprenons ensemble.' },
		en: { description: 'Our partners in Bolivia and what we do together.' },
		es: { description: 'Nuestras organizaciones socias en Bolivia y lo que hacemos juntas.' }
	},
	'social-protection': {
		nl: {
			name: 'Sociale bescherming',
			description:
				'Universele sociale bescherming: campagnes, de IAO-sokkels en de ervaring van onze partners.'
		},
		fr: {
			name: 'Protection sociale',
			description:
				'La protection sociale universelle : campagnes, les socles de l’OIT et l’expérience de nos partenaires.'
		},
		en: {
			name: 'Social protection',
			description: 'Universal social protection: campaigns, the ILO floors and our partners’ experience.'
		},
		es: {
			name: 'Protección social',
			description:
				'Protección social universal: campañas, los pisos de la OIT y la experiencia de nuestras socias.'
		}
	},
	'decent-work-dialogue': {
		nl: {
			name: 'Waardig werk: dialoog met DGD',
			description: 'De dialoog met de Belgische ontwikkelingsadministratie samen voorbereiden.'
		},
		fr: {
			name: 'Travail décent : dialogue avec la DGD',
			description: 'Préparer ensemble le dialogue avec l’administration belge de la coopération.'
		},
		en: {
			name: 'Decent work: dialogue with DGD',
			description: 'Preparing the dialogue with the Belgian development administration together.'
		},
		es: {
			name: 'Trabajo decente: diálogo con la DGD',
			description: 'Preparar juntos el diálogo con la administración belga de cooperación.'
		}
	}
};

/** A country's name in a language, from its ISO 3166 code. */
function countryName(code: string, locale: Locale): string {
	return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** Each seeded group's translations; a second run brings them back to these texts. */
export async function seedGroupTranslations(tx: Tx): Promise<void> {
	const rows = await tx
		.selectFrom('working_groups')
		.select(['id', 'slug', 'country_code'])
		.where('slug', 'in', Object.keys(groups))
		.execute();
	for (const group of rows) {
		const texts = groups[group.slug]!;
		for (const locale of locales) {
			const { name, description } = texts[locale];
			const values = {
				group_id: group.id,
				locale,
				name: name ?? (group.country_code ? countryName(group.country_code, locale) : group.slug),
				description
			};
			await tx
				.insertInto('working_group_translations')
				.values(values)
				.onConflict((oc) =>
					oc.columns(['group_id', 'locale']).doUpdateSet({ name: values.name, description })
				)
				.execute();
		}
	}
}
