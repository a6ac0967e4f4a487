import type { SeedEvent, SeedPublication } from './types.ts';

// What the Platform Waardig Werk / Plateforme Travail Décent publishes on its portal: its own
// publications and public agenda, in its three languages. Fixed dates, like the other content,
// so every run seeds the same: the first event is past, the others are ahead (from November 2026).

const md = (...blocks: string[]): string => blocks.join('\n\n');

export const platformPublications: SeedPublication[] = [
	{
		key: 'platform-annual-report-2025',
		site: 'platform',
		publishedAt: '2026-05-20T08:00:00Z',
		translations: {
			nl: {
				slug: 'jaarverslag-2025',
				title: 'Jaarverslag 2025 van het Platform Waardig Werk',
				summary:
					'Wat de negen leden in 2025 samen deden: werkgroepen per land en thema, de dialoog met DGD en de campagne voor sociale bescherming.',
				body: ''
			},
			fr: {
				slug: 'rapport-annuel-2025',
				title: 'Rapport annuel 2025 de la Plateforme Travail Décent',
				summary:
					'Ce que les neuf membres ont fait ensemble en 2025 : groupes de travail par pays et par thème, dialogue avec la DGD et campagne pour la protection sociale.',
				body: ''
			},
			en: {
				slug: 'annual-report-2025',
				title: 'Decent Work Platform: annual report 2025',
				summary:
					'What the nine members did together in 2025: working groups by country and theme, the dialogue with DGD and the campaign for social protection.',
				body: ''
			}
		}
	},
	{
		key: 'platform-dgd-social-protection-note',
		site: 'platform',
		publishedAt: '2026-09-15T08:00:00Z',
		translations: {
			nl: {
				slug: 'beleidsnota-sociale-bescherming-dgd',
				title: 'Beleidsnota: sociale bescherming in de dialoog met DGD',
				summary:
					'Onze voorstellen aan de Belgische ontwikkelingsadministratie: sociale beschermingsvloeren financieren en vakbonden en mutualiteiten mee aan tafel.',
				body: ''
			},
			fr: {
				slug: 'note-politique-protection-sociale-dgd',
				title: 'Note politique : la protection sociale dans le dialogue avec la DGD',
				summary:
					'Nos propositions à l’administration belge de la coopération : financer les socles de protection sociale, avec les syndicats et les mutualités à la table.',
				body: ''
			},
			en: {
				slug: 'policy-note-social-protection-dgd',
				title: 'Policy note: social protection in the dialogue with DGD',
				summary:
					'Our proposals to the Belgian development administration: fund social protection floors, with trade unions and mutual health funds at the table.',
				body: ''
			}
		}
	},
	{
		key: 'platform-supply-chains-position',
		site: 'platform',
		publishedAt: '2026-11-05T08:00:00Z',
		translations: {
			nl: {
				slug: 'standpunt-waardig-werk-toeleveringsketens',
				title: 'Gezamenlijk standpunt: waardig werk in toeleveringsketens',
				summary:
					'Vakbonden, mutualiteiten en ngo’s vragen een zorgplicht die werknemers in het Zuiden echt beschermt, met hun vakbonden als partner.',
				body: ''
			},
			fr: {
				slug: 'position-travail-decent-chaines-approvisionnement',
				title: 'Position commune : le travail décent dans les chaînes d’approvisionnement',
				summary:
					'Syndicats, mutualités et ONG demandent un devoir de vigilance qui protège vraiment les travailleurs du Sud, avec leurs syndicats comme partenaires.',
				body: ''
			},
			en: {
				slug: 'position-decent-work-supply-chains',
				title: 'Joint position: decent work in supply chains',
				summary:
					'Trade unions, mutual health funds and NGOs call for due diligence that truly protects workers in the Global South, with their unions as partners.',
				body: ''
			}
		}
	}
];

const residencePalace = 'Residence Palace, Wetstraat 155, 1040 Brussel';

export const platformEvents: SeedEvent[] = [
	{
		key: 'platform-social-protection-study-day-2026',
		site: 'platform',
		startsAt: '2026-06-18T09:30:00+02:00',
		endsAt: '2026-06-18T16:00:00+02:00',
		timeZone: 'Europe/Brussels',
		place: residencePalace,
		translations: {
			nl: {
				slug: 'studiedag-sociale-bescherming-2026',
				title: 'Studiedag: sociale bescherming als hefboom voor waardig werk',
				summary:
					'Partners uit Benin, Bolivia en de Filipijnen en de negen leden van het platform over sociale beschermingsvloeren.',
				body: md(
					'Hoe zorgen vakbonden en mutualiteiten in het Zuiden ervoor dat ook werknemers in de informele economie sociaal beschermd zijn? Partners uit Benin, Bolivia en de Filipijnen delen hun ervaring.',
					'In de namiddag werken we in groepen aan de aanbevelingen voor onze beleidsnota aan DGD.'
				)
			},
			fr: {
				slug: 'journee-etude-protection-sociale-2026',
				title: 'Journée d’étude : la protection sociale, levier du travail décent',
				summary:
					'Des partenaires du Bénin, de Bolivie et des Philippines et les neuf membres de la plateforme sur les socles de protection sociale.',
				body: md(
					'Comment les syndicats et les mutualités du Sud font-ils en sorte que les travailleurs de l’économie informelle soient eux aussi protégés ? Des partenaires du Bénin, de Bolivie et des Philippines partagent leur expérience.',
					'L’après-midi, nous travaillons en groupes aux recommandations de notre note politique à la DGD.'
				)
			},
			en: {
				slug: 'social-protection-study-day-2026',
				title: 'Study day: social protection as a lever for decent work',
				summary:
					'Partners from Benin, Bolivia and the Philippines and the platform’s nine members on social protection floors.',
				body: md(
					'How do trade unions and mutual health funds in the Global South make sure that workers in the informal economy are protected too? Partners from Benin, Bolivia and the Philippines share their experience.',
					'In the afternoon we work in groups on the recommendations of our policy note to DGD.'
				)
			}
		}
	},
	{
		key: 'platform-dgd-roundtable-2027',
		site: 'platform',
		startsAt: '2027-02-18T09:30:00+01:00',
		endsAt: '2027-02-18T12:30:00+01:00',
		timeZone: 'Europe/Brussels',
		place: residencePalace,
		onlineUrl: 'https://meet.example.org/waardig-werk-rondetafel',
		translations: {
			nl: {
				slug: 'rondetafel-sociale-bescherming-dgd',
				title: 'Rondetafel met DGD: sociale bescherming in de Belgische samenwerking',
				summary:
					'Een open gesprek met de ontwikkelingsadministratie over onze beleidsnota. Ook online te volgen.',
				body: md(
					'Het platform stelt zijn beleidsnota over sociale bescherming voor. Vertegenwoordigers van DGD en Enabel reageren, daarna is er ruimte voor vragen uit de zaal en online.',
					'Inschrijven is gratis; de vergadertaal is Nederlands en Frans, met vertaling.'
				)
			},
			fr: {
				slug: 'table-ronde-protection-sociale-dgd',
				title: 'Table ronde avec la DGD : la protection sociale dans la coopération belge',
				summary:
					'Un échange ouvert avec l’administration de la coopération sur notre note politique. Aussi à suivre en ligne.',
				body: md(
					'La plateforme présente sa note politique sur la protection sociale. Des représentants de la DGD et d’Enabel réagissent, puis la parole est à la salle et aux participants en ligne.',
					'L’inscription est gratuite ; la réunion se tient en français et en néerlandais, avec interprétation.'
				)
			},
			en: {
				slug: 'roundtable-social-protection-dgd',
				title: 'Roundtable with DGD: social protection in Belgian cooperation',
				summary: 'An open discussion with the development administration on our policy note. Also online.',
				body: md(
					'The platform presents its policy note on social protection. Representatives of DGD and Enabel respond, followed by questions from the room and online.',
					'Registration is free; the meeting is held in Dutch and French, with interpretation.'
				)
			}
		}
	},
	{
		key: 'platform-supply-chains-webinar-2027',
		site: 'platform',
		startsAt: '2027-04-28T12:30:00+02:00',
		endsAt: '2027-04-28T14:00:00+02:00',
		timeZone: 'Europe/Brussels',
		onlineUrl: 'https://meet.example.org/waardig-werk-webinar',
		translations: {
			nl: {
				slug: 'webinar-zorgplicht-toeleveringsketens',
				title: 'Webinar: zorgplicht in toeleveringsketens, wat verandert er voor werknemers?',
				summary:
					'Op de Werelddag voor veiligheid en gezondheid op het werk: wat de Europese zorgplicht betekent voor werknemers in het Zuiden.',
				body: md(
					'Europese bedrijven moeten nagaan of er in hun toeleveringsketens mensenrechten geschonden worden. Wat betekent dat voor een textielarbeidster in Cambodja of een mijnwerker in Bolivia?',
					'Met sprekers van partnervakbonden en van de leden van het platform, en ons gezamenlijk standpunt als leidraad.'
				)
			},
			fr: {
				slug: 'webinaire-devoir-vigilance-chaines-approvisionnement',
				title: 'Webinaire : le devoir de vigilance dans les chaînes d’approvisionnement',
				summary:
					'À l’occasion de la Journée mondiale de la sécurité et de la santé au travail : ce que le devoir de vigilance européen change pour les travailleurs du Sud.',
				body: md(
					'Les entreprises européennes doivent vérifier que les droits humains sont respectés dans leurs chaînes d’approvisionnement. Qu’est-ce que cela change pour une ouvrière du textile au Cambodge ou un mineur en Bolivie ?',
					'Avec des intervenants de syndicats partenaires et des membres de la plateforme, et notre position commune comme fil rouge.'
				)
			},
			en: {
				slug: 'webinar-due-diligence-supply-chains',
				title: 'Webinar: due diligence in supply chains, what changes for workers?',
				summary:
					'On the World Day for Safety and Health at Work: what European due diligence means for workers in the Global South.',
				body: md(
					'European companies must check that human rights are respected in their supply chains. What does that mean for a garment worker in Cambodia or a miner in Bolivia?',
					'With speakers from partner unions and from the platform’s members, and our joint position as a guide.'
				)
			}
		}
	},
	{
		key: 'platform-decent-work-day-2027',
		site: 'platform',
		startsAt: '2027-10-07T19:00:00+02:00',
		endsAt: '2027-10-07T21:30:00+02:00',
		timeZone: 'Europe/Brussels',
		place: 'Pianofabriek, Fortstraat 35, 1060 Sint-Gillis',
		translations: {
			nl: {
				slug: 'debatavond-werelddag-waardig-werk-2027',
				title: 'Werelddag voor Waardig Werk 2027: debatavond',
				summary:
					'Vakbonden, mutualiteiten en ngo’s in debat over waardig werk wereldwijd, met getuigen uit onze partnerlanden.',
				body: md(
					'Op 7 oktober vragen vakbonden wereldwijd aandacht voor waardig werk. Het platform nodigt uit tot een avond van getuigenissen en debat over loon, sociale bescherming en vakbondsrechten.',
					'Gratis toegang, met een drankje na afloop.'
				)
			},
			fr: {
				slug: 'soiree-debat-journee-mondiale-travail-decent-2027',
				title: 'Journée mondiale pour le travail décent 2027 : soirée-débat',
				summary:
					'Syndicats, mutualités et ONG débattent du travail décent dans le monde, avec des témoins de nos pays partenaires.',
				body: md(
					'Le 7 octobre, les syndicats du monde entier mettent le travail décent à l’honneur. La plateforme vous invite à une soirée de témoignages et de débat sur les salaires, la protection sociale et les droits syndicaux.',
					'Entrée gratuite, avec un verre pour conclure.'
				)
			},
			en: {
				slug: 'debate-world-day-decent-work-2027',
				title: 'World Day for Decent Work 2027: evening debate',
				summary:
					'Trade unions, mutual health funds and NGOs debate decent work worldwide, with witnesses from our partner countries.',
				body: md(
					'On 7 October, trade unions around the world call attention to decent work. The platform invites you to an evening of testimonies and debate on wages, social protection and trade union rights.',
					'Free entry, with a drink afterwards.'
				)
			}
		}
	}
];
