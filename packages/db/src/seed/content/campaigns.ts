// WSM's campaigns, shown under "Doe mee" next to its pages. The texts follow WSM's advocacy on
// social protection and decent work (see ../shared/seeds), in its four languages.
import type { SeedPage } from './types.ts';

const md = (...blocks: string[]): string => blocks.join('\n\n');

export interface SeedCampaign extends SeedPage {
	publishedAt: string;
}

export const seedCampaigns: SeedCampaign[] = [
	{
		key: 'wsm-campaign-social-protection',
		site: 'wsm',
		section: 'join',
		publishedAt: '2026-09-15T08:00:00Z',
		translations: {
			nl: {
				slug: 'sociale-bescherming-voor-iedereen',
				title: 'Sociale bescherming voor iedereen',
				summary:
					'Meer dan de helft van de wereldbevolking heeft geen enkele sociale bescherming. Vraag de Belgische regering om een Wereldfonds voor Sociale Bescherming te steunen.',
				body: md(
					'Ziek worden, een kind krijgen, je werk verliezen of oud worden: voor meer dan vier miljard mensen betekent het armoede, omdat ze nergens op kunnen terugvallen. Sociale bescherming is nochtans een mensenrecht.',
					'Samen met onze partners in Afrika, Azië en Latijns-Amerika en met de christelijke arbeidersbeweging in België vragen we dat België zich inzet voor een **Wereldfonds voor Sociale Bescherming**: een fonds dat landen helpt om hun eerste sociale beschermingsvloer uit te bouwen en te financieren.',
					'## Wat kun jij doen?',
					'- Onderteken de oproep bij je vakbond, je ziekenfonds of je beweging.\n- Organiseer een infomoment in je afdeling: we komen graag langs met een partner.\n- Deel de campagne met wie je kent.',
					'Elke gift helpt onze partners om mensen te organiseren en hun recht op bescherming op te eisen.'
				)
			},
			fr: {
				slug: 'protection-sociale-pour-tous',
				title: 'La protection sociale pour toutes et tous',
				summary:
					'Plus de la moitié de la population mondiale n’a aucune protection sociale. Demandez au gouvernement belge de soutenir un Fonds mondial pour la protection sociale.',
				body: md(
					'Tomber malade, avoir un enfant, perdre son emploi ou vieillir : pour plus de quatre milliards de personnes, cela veut dire la pauvreté, faute de filet de sécurité. La protection sociale est pourtant un droit humain.',
					'Avec nos partenaires d’Afrique, d’Asie et d’Amérique latine et avec le mouvement ouvrier chrétien en Belgique, nous demandons à la Belgique de s’engager pour un **Fonds mondial pour la protection sociale** : un fonds qui aide les pays à construire et à financer leur premier socle de protection sociale.',
					'## Que pouvez-vous faire ?',
					'- Signez l’appel auprès de votre syndicat, de votre mutualité ou de votre mouvement.\n- Organisez un moment d’information dans votre section : nous venons volontiers avec un partenaire.\n- Partagez la campagne autour de vous.',
					'Chaque don aide nos partenaires à organiser les gens et à revendiquer leur droit à la protection.'
				)
			},
			en: {
				slug: 'social-protection-for-all',
				title: 'Social protection for all',
				summary:
					'More than half of the world’s people have no social protection at all. Ask the Belgian government to back a Global Fund for Social Protection.',
				body: md(
					'Falling ill, having a child, losing your job or growing old: for more than four billion people it means poverty, because they have nothing to fall back on. Yet social protection is a human right.',
					'With our partners in Africa, Asia and Latin America and with the Christian workers’ movement in Belgium, we ask Belgium to stand up for a **Global Fund for Social Protection**: a fund that helps countries build and finance their first social protection floor.',
					'## What can you do?',
					'- Sign the call at your union, your health insurance fund or your movement.\n- Hold an information session in your branch: we gladly come with a partner.\n- Share the campaign with people you know.',
					'Every gift helps our partners organise people and claim their right to protection.'
				)
			},
			es: {
				slug: 'proteccion-social-para-todos',
				title: 'Protección social para todas y todos',
				summary:
					'Más de la mitad de la población mundial no tiene ninguna protección social. Pide al gobierno belga que apoye un Fondo Mundial para la Protección Social.',
				body: md(
					'Enfermarse, tener un hijo, perder el empleo o envejecer: para más de cuatro mil millones de personas significa pobreza, porque no tienen nada a qué recurrir. Sin embargo, la protección social es un derecho humano.',
					'Junto con nuestras organizaciones socias de África, Asia y América Latina y con el movimiento obrero cristiano en Bélgica, pedimos que Bélgica se comprometa con un **Fondo Mundial para la Protección Social**: un fondo que ayude a los países a construir y financiar su primer piso de protección social.',
					'## ¿Qué puedes hacer?',
					'- Firma el llamamiento en tu sindicato, tu mutualidad o tu movimiento.\n- Organiza una sesión informativa en tu sección: vamos con gusto con una organización socia.\n- Comparte la campaña con quienes conoces.',
					'Cada donación ayuda a nuestras organizaciones socias a organizar a la gente y a reclamar su derecho a la protección.'
				)
			}
		}
	},
	{
		key: 'wsm-campaign-decent-work-day',
		site: 'wsm',
		section: 'join',
		publishedAt: '2026-09-01T08:00:00Z',
		translations: {
			nl: {
				slug: 'werelddag-waardig-werk',
				title: '7 oktober: Werelddag voor Waardig Werk',
				summary:
					'Elk jaar op 7 oktober komen vakbonden en bewegingen wereldwijd op straat voor waardig werk. Doe mee in België.',
				body: md(
					'Waardig werk betekent een leefbaar loon, veilig werk, sociale bescherming en het recht om je te organiseren. Voor miljoenen werkers in de informele economie is dat nog geen werkelijkheid.',
					'Op de Werelddag voor Waardig Werk voeren onze partners actie in Kinshasa, Manilla, Lima en tientallen andere steden. In België organiseren we samen met ACV-CSC en beweging.net acties op de werkvloer en in je gemeente.',
					'## Zo doe je mee',
					'- Kom naar een actie in je regio (zie de agenda).\n- Neem een foto met de campagneaffiche op je werkplek.\n- Schrijf je in op de nieuwsbrief voor het actiepakket.'
				)
			},
			fr: {
				slug: 'journee-mondiale-travail-decent',
				title: '7 octobre : Journée mondiale pour le travail décent',
				summary:
					'Chaque 7 octobre, syndicats et mouvements descendent dans la rue partout dans le monde pour le travail décent. Participez en Belgique.',
				body: md(
					'Le travail décent, c’est un salaire vital, un travail sûr, une protection sociale et le droit de s’organiser. Pour des millions de travailleuses et travailleurs de l’économie informelle, ce n’est pas encore une réalité.',
					'Lors de la Journée mondiale pour le travail décent, nos partenaires agissent à Kinshasa, Manille, Lima et dans des dizaines d’autres villes. En Belgique, nous organisons avec la CSC et le MOC des actions sur les lieux de travail et dans votre commune.',
					'## Comment participer',
					'- Rejoignez une action dans votre région (voir l’agenda).\n- Prenez une photo avec l’affiche de la campagne sur votre lieu de travail.\n- Inscrivez-vous à la newsletter pour recevoir le kit d’action.'
				)
			},
			en: {
				slug: 'world-day-decent-work',
				title: '7 October: World Day for Decent Work',
				summary:
					'Every 7 October, unions and movements around the world take to the streets for decent work. Join in from Belgium.',
				body: md(
					'Decent work means a living wage, safe work, social protection and the right to organise. For millions of workers in the informal economy, that is not yet a reality.',
					'On the World Day for Decent Work our partners take action in Kinshasa, Manila, Lima and dozens of other cities. In Belgium we organise actions at work and in your town with ACV-CSC and beweging.net.',
					'## How to join',
					'- Come to an action in your region (see the agenda).\n- Take a photo with the campaign poster at your workplace.\n- Sign up for the newsletter to get the action kit.'
				)
			},
			es: {
				slug: 'jornada-mundial-trabajo-decente',
				title: '7 de octubre: Jornada Mundial por el Trabajo Decente',
				summary:
					'Cada 7 de octubre, sindicatos y movimientos de todo el mundo salen a la calle por el trabajo decente. Participa desde Bélgica.',
				body: md(
					'Trabajo decente significa un salario digno, un trabajo seguro, protección social y el derecho a organizarse. Para millones de trabajadoras y trabajadores de la economía informal, todavía no es una realidad.',
					'En la Jornada Mundial por el Trabajo Decente, nuestras organizaciones socias se movilizan en Kinshasa, Manila, Lima y decenas de otras ciudades. En Bélgica organizamos acciones en los lugares de trabajo y en tu municipio junto con ACV-CSC y beweging.net.',
					'## Cómo participar',
					'- Únete a una acción en tu región (consulta la agenda).\n- Hazte una foto con el cartel de la campaña en tu lugar de trabajo.\n- Suscríbete al boletín para recibir el kit de acción.'
				)
			}
		}
	}
];
