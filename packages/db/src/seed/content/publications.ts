import type { SeedPublication } from './types.ts';

export const seedPublications: SeedPublication[] = [
	{
		key: 'wsm-annual-report-2025',
		site: 'wsm',
		publishedAt: '2026-06-15T08:00:00Z',
		translations: {
			nl: {
				slug: 'jaarverslag-2025',
				title: 'Jaarverslag 2025',
				summary: 'Wat WSM en zijn partners in 2025 samen bereikten, en hoe we de middelen besteedden.',
				body: ''
			},
			fr: {
				slug: 'rapport-annuel-2025',
				title: 'Rapport annuel 2025',
				summary: 'Ce que WSM et ses partenaires ont réalisé ensemble en 2025, et l’usage des moyens.',
				body: ''
			}
		}
	},
	{
		key: 'wsm-social-protection-dossier',
		site: 'wsm',
		publishedAt: '2026-03-10T08:00:00Z',
		translations: {
			nl: {
				slug: 'dossier-sociale-bescherming',
				title: 'Sociale bescherming is een mensenrecht',
				summary: 'Een dossier over sociale beschermingsvloeren en de rol van sociale bewegingen.',
				body: ''
			},
			fr: {
				slug: 'dossier-protection-sociale',
				title: 'La protection sociale est un droit humain',
				summary: 'Un dossier sur les socles de protection sociale et le rôle des mouvements sociaux.',
				body: ''
			},
			en: {
				slug: 'social-protection-dossier',
				title: 'Social protection is a human right',
				summary: 'A dossier on social protection floors and the role of social movements.',
				body: ''
			},
			es: {
				slug: 'dossier-proteccion-social',
				title: 'La protección social es un derecho humano',
				summary: 'Un dossier sobre los pisos de protección social y el papel de los movimientos sociales.',
				body: ''
			}
		}
	},
	{
		key: 'fos-precarious-work-study',
		site: 'fos',
		publishedAt: '2026-05-02T08:00:00Z',
		translations: {
			nl: {
				slug: 'studie-onzeker-werk',
				title: 'Onzeker werk wereldwijd',
				summary: 'Een studie over tijdelijke contracten, platformwerk en wat vakbonden ertegen doen.',
				body: ''
			},
			fr: {
				slug: 'etude-travail-precaire',
				title: 'Le travail précaire dans le monde',
				summary: 'Une étude sur les contrats temporaires, le travail de plateforme et l’action syndicale.',
				body: ''
			},
			en: {
				slug: 'precarious-work-study',
				title: 'Precarious work worldwide',
				summary: 'A study of temporary contracts, platform work and what unions do about them.',
				body: ''
			}
		}
	}
];
