import type { Locale, SeedTag } from './types.ts';

type Four = [string, string, string, string];

// Labels and slugs in nl/fr/en/es order, so each tag reads as one line.
const tag = (key: string, labels: Four, slugs: Four): SeedTag => {
	const pick = (v: Four): Record<Locale, string> => ({ nl: v[0], fr: v[1], en: v[2], es: v[3] });
	return { key, labels: pick(labels), slugs: pick(slugs) };
};

export const seedTags: SeedTag[] = [
	tag(
		'decent-work',
		['Waardig werk', 'Travail décent', 'Decent work', 'Trabajo decente'],
		['waardig-werk', 'travail-decent', 'decent-work', 'trabajo-decente']
	),
	tag(
		'social-protection',
		['Sociale bescherming', 'Protection sociale', 'Social protection', 'Protección social'],
		['sociale-bescherming', 'protection-sociale', 'social-protection', 'proteccion-social']
	),
	tag('health', ['Gezondheid', 'Santé', 'Health', 'Salud'], ['gezondheid', 'sante', 'health', 'salud']),
	tag('gender', ['Gender', 'Genre', 'Gender', 'Género'], ['gender', 'genre', 'gender', 'genero']),
	tag(
		'climate-justice',
		['Klimaatrechtvaardigheid', 'Justice climatique', 'Climate justice', 'Justicia climática'],
		['klimaatrechtvaardigheid', 'justice-climatique', 'climate-justice', 'justicia-climatica']
	),
	tag(
		'migration',
		['Migratie', 'Migration', 'Migration', 'Migración'],
		['migratie', 'migration', 'migration', 'migracion']
	),
	tag(
		'informal-economy',
		['Informele economie', 'Économie informelle', 'Informal economy', 'Economía informal'],
		['informele-economie', 'economie-informelle', 'informal-economy', 'economia-informal']
	),
	tag(
		'trade-unions',
		['Vakbonden', 'Syndicats', 'Trade unions', 'Sindicatos'],
		['vakbonden', 'syndicats', 'trade-unions', 'sindicatos']
	)
];

export const seedDossiers: SeedTag[] = [
	tag(
		'social-protection-floor',
		[
			'Sociale beschermingsvloer',
			'Socle de protection sociale',
			'Social protection floor',
			'Piso de protección social'
		],
		[
			'sociale-beschermingsvloer',
			'socle-de-protection-sociale',
			'social-protection-floor',
			'piso-de-proteccion-social'
		]
	),
	tag(
		'living-wage',
		['Leefbaar loon', 'Salaire vital', 'Living wage', 'Salario vital'],
		['leefbaar-loon', 'salaire-vital', 'living-wage', 'salario-vital']
	),
	tag(
		'universal-health-coverage',
		[
			'Universele gezondheidsdekking',
			'Couverture santé universelle',
			'Universal health coverage',
			'Cobertura sanitaria universal'
		],
		[
			'universele-gezondheidsdekking',
			'couverture-sante-universelle',
			'universal-health-coverage',
			'cobertura-sanitaria-universal'
		]
	)
];
