import type { Locale, PartnerKind, SeedEvent, SeedNews, SeedTranslation, SeedVacancy } from './types.ts';
import { seedCountries, seedPartners } from './network.ts';
import { seedPages } from './pages.ts';

// News, events and vacancies are assembled from hand-written blocks by pure functions,
// so the seed is the same on every run (no Math.random, no Date.now).

type Site = 'wsm' | 'fos';
type FosLocale = Exclude<Locale, 'es'>;
type Draft = Omit<SeedTranslation, 'slug'>;
type L10n<L extends Locale = Locale> = Record<L, string>;

const wsmLocales: readonly Locale[] = ['nl', 'fr', 'en', 'es'];
const fosLocales: readonly FosLocale[] = ['nl', 'fr', 'en'];

const md = (...blocks: string[]): string => blocks.join('\n\n');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// Locale-correct grouping and percent signs; Intl output can differ between ICU builds.
const num = (n: number, l: Locale): string =>
	String(n).replace(/\B(?=(\d{3})+(?!\d))/g, l === 'en' ? ',' : l === 'fr' ? '\u202f' : '.');
const pct = (n: number, l: Locale): string => (l === 'fr' || l === 'es' ? `${n}\u00a0%` : `${n}%`);

// ---------------------------------------------------------------- slugs

const slugify = (title: string): string => {
	const base = title
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (base.length <= 80) return base;
	const cut = base.slice(0, 80);
	const dash = cut.lastIndexOf('-');
	return dash > 40 ? cut.slice(0, dash) : cut;
};

// The database keeps one slug namespace per site and locale for all entry types,
// so page slugs are reserved first; a repeat gets '-2', '-3', ...
const usedSlugs = new Map<string, Set<string>>();
const slugsOf = (site: Site, locale: string): Set<string> => {
	const scope = `${site}:${locale}`;
	let used = usedSlugs.get(scope);
	if (!used) {
		used = new Set();
		usedSlugs.set(scope, used);
	}
	return used;
};
for (const page of seedPages)
	for (const [locale, t] of Object.entries(page.translations)) if (t) slugsOf(page.site, locale).add(t.slug);

const uniqueSlug = (site: Site, locale: Locale, title: string): string => {
	const used = slugsOf(site, locale);
	const base = slugify(title);
	let slug = base;
	for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
	used.add(slug);
	return slug;
};

const localize = <L extends Locale>(
	site: Site,
	drafts: Record<L, Draft>,
	locales: readonly L[]
): Partial<Record<Locale, SeedTranslation>> => {
	const out: Partial<Record<Locale, SeedTranslation>> = {};
	for (const l of locales) {
		const d = drafts[l];
		out[l] = { slug: uniqueSlug(site, l, d.title), ...d };
	}
	return out;
};

// ---------------------------------------------------------------- places

interface Where {
	code: string;
	name: L10n;
	at: L10n; // 'in Benin', 'au Bénin', ...
	from: L10n; // 'uit Benin', 'du Bénin', ...
}

const frAu = new Set(['BJ', 'BI', 'PE', 'RW', 'SN', 'NP', 'BF', 'BD', 'TG', 'ML', 'GT', 'KH']);

const where = (code: string): Where => {
	const c = seedCountries.find((x) => x.code === code);
	if (!c) throw new Error(`Unknown country ${code}`);
	const n = c.names;
	const plural = code === 'PH' || code === 'DO';
	const at: L10n = {
		nl: plural ? `in de ${n.nl}` : `in ${n.nl}`,
		fr: code === 'PH' ? `aux ${n.fr}` : frAu.has(code) ? `au ${n.fr}` : `en ${n.fr}`,
		en: plural ? `in the ${n.en}` : `in ${n.en}`,
		es: code === 'DO' ? `en la ${n.es}` : `en ${n.es}`
	};
	const from: L10n = {
		nl: at.nl.replace(/^in /, 'uit '),
		fr: at.fr
			.replace(/^aux /, 'des ')
			.replace(/^au /, 'du ')
			.replace(/^en ([AEIOUÉ])/, 'd’$1')
			.replace(/^en /, 'de '),
		en: at.en.replace(/^in /, 'from '),
		es: at.es.replace(/^en /, 'de ')
	};
	return { code, name: n, at, from };
};

// ---------------------------------------------------------------- WSM news

interface Ctx {
	p: string; // partner name
	w: Where;
	a: number; // small count, scaled per story
	b: number; // percentage
	v: number; // title variant
}

interface Story {
	key: string;
	kind: PartnerKind;
	tags: string[];
	dossier?: string;
	withBelgium?: boolean;
	write: (x: Ctx) => Record<Locale, Draft>;
}

const wsmStories: Story[] = [
	{
		key: 'minimum-wage',
		kind: 'union',
		tags: ['decent-work', 'trade-unions'],
		dossier: 'living-wage',
		write: ({ p, w, b, v }) => ({
			nl: {
				title: v
					? `Minimumloon ${w.at.nl} stijgt met ${pct(b, 'nl')} na vakbondsonderhandelingen`
					: `${w.name.nl}: vakbond sleept akkoord over hoger minimumloon in de wacht`,
				summary: `Na maanden van onderhandelen en mobiliseren heeft ${p} een akkoord bereikt dat het wettelijk minimumloon met ${pct(b, 'nl')} optrekt.`,
				body: md(
					`Het akkoord werd ondertekend door de regering, de werkgeversorganisaties en de vakbonden, onder wie onze partnerorganisatie ${p}. Het minimumloon stijgt met ${pct(b, 'nl')}, de eerste substantiële verhoging in jaren.`,
					'“Met het huidige loon kwam een gezin de maand niet rond”, zegt een vakbondsverantwoordelijke. “Deze stijging is het resultaat van de mobilisatie van duizenden werknemers.”',
					'Toch blijft er werk aan de winkel: het minimumloon geldt enkel voor formele werknemers. De vakbond wil nu ook afspraken voor wie in de informele economie werkt, en WSM blijft haar daarin steunen.'
				)
			},
			fr: {
				title: v
					? `Le salaire minimum augmente de ${pct(b, 'fr')} ${w.at.fr} après des négociations syndicales`
					: `${w.name.fr} : un syndicat décroche un accord sur la hausse du salaire minimum`,
				summary: `Après des mois de négociation et de mobilisation, ${p} a obtenu un accord qui relève le salaire minimum légal de ${pct(b, 'fr')}.`,
				body: md(
					`L’accord a été signé par le gouvernement, les organisations patronales et les syndicats, dont notre organisation partenaire ${p}. Le salaire minimum augmente de ${pct(b, 'fr')}, la première hausse substantielle depuis des années.`,
					'« Avec le salaire actuel, une famille ne parvenait pas à boucler le mois », explique une responsable syndicale. « Cette hausse est le fruit de la mobilisation de milliers de travailleurs et travailleuses. »',
					'Le travail n’est pas terminé pour autant : le salaire minimum ne s’applique qu’aux salariés du secteur formel. Le syndicat veut maintenant des garanties pour celles et ceux qui travaillent dans l’économie informelle, et WSM continue à le soutenir.'
				)
			},
			en: {
				title: v
					? `Minimum wage ${w.at.en} rises by ${pct(b, 'en')} after union negotiations`
					: `${w.name.en}: union wins agreement on a higher minimum wage`,
				summary: `After months of negotiation and mobilisation, ${p} has secured an agreement that raises the statutory minimum wage by ${pct(b, 'en')}.`,
				body: md(
					`The agreement was signed by the government, employers’ organisations and the trade unions, including our partner organisation ${p}. The minimum wage goes up by ${pct(b, 'en')}, the first substantial increase in years.`,
					'“On the current wage, a family could not make ends meet”, says a union official. “This increase is the result of the mobilisation of thousands of workers.”',
					'The work is not over: the minimum wage only applies to workers in the formal sector. The union now wants guarantees for people in the informal economy as well, and WSM will continue to support it.'
				)
			},
			es: {
				title: v
					? `El salario mínimo sube un ${pct(b, 'es')} ${w.at.es} tras las negociaciones sindicales`
					: `${w.name.es}: un sindicato logra un acuerdo para subir el salario mínimo`,
				summary: `Tras meses de negociación y movilización, ${p} ha conseguido un acuerdo que eleva el salario mínimo legal en un ${pct(b, 'es')}.`,
				body: md(
					`El acuerdo fue firmado por el gobierno, las organizaciones empresariales y los sindicatos, entre ellos nuestra organización socia ${p}. El salario mínimo sube un ${pct(b, 'es')}, el primer aumento importante en años.`,
					'«Con el salario actual, una familia no llegaba a fin de mes», explica una dirigente sindical. «Este aumento es fruto de la movilización de miles de trabajadoras y trabajadores.»',
					'Pero el trabajo no ha terminado: el salario mínimo solo se aplica a quienes tienen un empleo formal. El sindicato quiere ahora garantías también para la economía informal, y WSM seguirá apoyándolo.'
				)
			}
		})
	},
	{
		key: 'health-cover',
		kind: 'mutuality',
		tags: ['social-protection', 'health'],
		dossier: 'universal-health-coverage',
		write: ({ p, w, a, v }) => {
			const n = (l: Locale): string => num(a * 1000, l);
			return {
				nl: {
					title: v
						? `${n('nl')} informele werkers ${w.at.nl} krijgen een ziekteverzekering via hun mutualiteit`
						: `${w.name.nl}: mutualiteit breidt gezondheidsdekking uit naar informele werkers`,
					summary: `${p} heeft haar ziekteverzekering opengesteld voor marktkramers, huishoudhulpen en andere informele werkers; ${n('nl')} mensen sloten zich al aan.`,
					body: md(
						`Onze partnerorganisatie ${p} stelt haar ziekteverzekering open voor werkers in de informele economie: marktkramers, huishoudhulpen, moto-taxichauffeurs en kleine handelaars. Voor een bescheiden maandelijkse bijdrage krijgen zij en hun gezin toegang tot eerstelijnszorg, moederzorg en ziekenhuisopname.`,
						`Ondertussen sloten al ${n('nl')} mensen zich aan. De mutualiteit werkt daarvoor samen met lokale gezondheidscentra, die vooraf afgesproken tarieven hanteren.`,
						'Voor WSM is dit een belangrijke stap naar universele gezondheidsdekking. Tegelijk blijft de mutualiteit bij de overheid aandringen op een nationaal systeem dat de bijdragen voor de armste gezinnen overneemt.'
					)
				},
				fr: {
					title: v
						? `${n('fr')} travailleurs informels ${w.at.fr} obtiennent une assurance maladie grâce à leur mutuelle`
						: `${w.name.fr} : une mutuelle étend sa couverture santé aux travailleurs informels`,
					summary: `${p} a ouvert son assurance maladie aux vendeuses de marché, aux travailleuses domestiques et à d’autres travailleurs informels ; ${n('fr')} personnes ont déjà adhéré.`,
					body: md(
						`Notre organisation partenaire ${p} ouvre son assurance maladie aux travailleurs et travailleuses de l’économie informelle : vendeuses de marché, travailleuses domestiques, conducteurs de moto-taxi et petits commerçants. Moyennant une cotisation mensuelle modeste, ils ont accès, avec leur famille, aux soins de première ligne, aux soins maternels et à l’hospitalisation.`,
						`Déjà ${n('fr')} personnes ont adhéré. La mutuelle collabore pour cela avec des centres de santé locaux qui appliquent des tarifs convenus à l’avance.`,
						'Pour WSM, c’est une étape importante vers la couverture santé universelle. Parallèlement, la mutuelle continue de plaider auprès des pouvoirs publics pour un système national qui prenne en charge les cotisations des familles les plus pauvres.'
					)
				},
				en: {
					title: v
						? `${n('en')} informal workers ${w.at.en} gain health insurance through their mutual`
						: `${w.name.en}: mutual health organisation extends cover to informal workers`,
					summary: `${p} has opened its health insurance to market vendors, domestic workers and other informal workers; ${n('en')} people have already joined.`,
					body: md(
						`Our partner organisation ${p} is opening its health insurance to workers in the informal economy: market vendors, domestic workers, motorcycle taxi drivers and small traders. For a modest monthly contribution, they and their families gain access to primary care, maternity care and hospital treatment.`,
						`So far ${n('en')} people have joined. The mutual works with local health centres that apply rates agreed in advance.`,
						'For WSM this is an important step towards universal health coverage. At the same time, the mutual keeps urging the government to set up a national scheme that pays the contributions of the poorest households.'
					)
				},
				es: {
					title: v
						? `${n('es')} trabajadores informales ${w.at.es} acceden a un seguro de salud gracias a su mutualidad`
						: `${w.name.es}: una mutualidad extiende su cobertura de salud a los trabajadores informales`,
					summary: `${p} ha abierto su seguro de salud a vendedoras de mercado, trabajadoras del hogar y otras personas de la economía informal; ya se han afiliado ${n('es')} personas.`,
					body: md(
						`Nuestra organización socia ${p} abre su seguro de salud a trabajadoras y trabajadores de la economía informal: vendedoras de mercado, trabajadoras del hogar, mototaxistas y pequeños comerciantes. Por una cotización mensual modesta, ellos y sus familias acceden a atención primaria, atención materna y hospitalización.`,
						`Ya se han afiliado ${n('es')} personas. La mutualidad colabora con centros de salud locales que aplican tarifas acordadas de antemano.`,
						'Para WSM, es un paso importante hacia la cobertura sanitaria universal. Al mismo tiempo, la mutualidad sigue insistiendo ante el gobierno en un sistema nacional que asuma las cotizaciones de los hogares más pobres.'
					)
				}
			};
		}
	},
	{
		key: 'domestic-workers',
		kind: 'womens',
		tags: ['gender', 'decent-work', 'informal-economy'],
		write: ({ p, w, a, v }) => {
			const n = a * 40;
			return {
				nl: {
					title: v
						? `Vrouwenorganisatie ${w.at.nl} vormt ${n} huishoudhulpen over hun rechten`
						: `${w.name.nl}: huishoudhulpen eisen een schriftelijk arbeidscontract`,
					summary: `${p} leidt huishoudhulpen op die hun collega’s informeren over hun rechten en samen een schriftelijk contract eisen.`,
					body: md(
						'Huishoudhulpen werken vaak lange dagen, zonder contract, zonder vrije dag en voor een loon dat ver onder het minimum ligt. Omdat ze alleen in een privéwoning werken, staan ze er bovendien vaak alleen voor.',
						`${p} organiseerde de voorbije maanden vormingen voor ${n} huishoudhulpen. Ze leerden over hun rechten, over onderhandelen met hun werkgever en over de bestaande wetgeving. De deelneemsters geven die kennis nu door in hun eigen buurt.`,
						'De organisatie trekt ook naar het ministerie van Arbeid met een duidelijke vraag: een verplicht schriftelijk contract en wetgeving in lijn met IAO-verdrag 189 over huishoudelijk werk.'
					)
				},
				fr: {
					title: v
						? `${cap(w.at.fr)}, une organisation de femmes forme ${n} travailleuses domestiques à leurs droits`
						: `${w.name.fr} : les travailleuses domestiques exigent un contrat de travail écrit`,
					summary: `${p} forme des travailleuses domestiques qui informent leurs collègues de leurs droits et exigent ensemble un contrat écrit.`,
					body: md(
						'Les travailleuses domestiques font souvent de longues journées, sans contrat, sans jour de repos et pour un salaire bien inférieur au minimum. Comme elles travaillent seules dans un domicile privé, elles sont en outre souvent isolées.',
						`Ces derniers mois, ${p} a organisé des formations pour ${n} travailleuses domestiques. Elles y ont découvert leurs droits, la négociation avec leur employeur et la législation existante. Les participantes transmettent maintenant ces connaissances dans leur quartier.`,
						'L’organisation interpelle aussi le ministère du Travail avec une demande claire : un contrat écrit obligatoire et une législation conforme à la convention 189 de l’OIT sur les travailleuses et travailleurs domestiques.'
					)
				},
				en: {
					title: v
						? `Women’s organisation ${w.at.en} trains ${n} domestic workers on their rights`
						: `${w.name.en}: domestic workers demand a written employment contract`,
					summary: `${p} trains domestic workers who inform their colleagues about their rights and together demand a written contract.`,
					body: md(
						'Domestic workers often work long days, without a contract, without a day off and for wages far below the minimum. Because they work alone in private homes, they are also often isolated.',
						`In recent months ${p} has run training sessions for ${n} domestic workers. They learned about their rights, about negotiating with their employer and about existing legislation. The participants are now passing that knowledge on in their own neighbourhoods.`,
						'The organisation is also taking a clear demand to the Ministry of Labour: a mandatory written contract and legislation in line with ILO Convention 189 on domestic workers.'
					)
				},
				es: {
					title: v
						? `${cap(w.at.es)}, una organización de mujeres forma a ${n} trabajadoras del hogar sobre sus derechos`
						: `${w.name.es}: las trabajadoras del hogar exigen un contrato de trabajo escrito`,
					summary: `${p} forma a trabajadoras del hogar que informan a sus compañeras sobre sus derechos y exigen juntas un contrato escrito.`,
					body: md(
						'Las trabajadoras del hogar suelen tener jornadas largas, sin contrato, sin día libre y con un salario muy inferior al mínimo. Como trabajan solas en un domicilio privado, además suelen estar aisladas.',
						`En los últimos meses, ${p} organizó formaciones para ${n} trabajadoras del hogar. Aprendieron sobre sus derechos, sobre cómo negociar con su empleador y sobre la legislación vigente. Ahora las participantes transmiten esos conocimientos en sus barrios.`,
						'La organización también lleva al Ministerio de Trabajo una demanda clara: un contrato escrito obligatorio y una legislación acorde con el Convenio 189 de la OIT sobre las trabajadoras y los trabajadores domésticos.'
					)
				}
			};
		}
	},
	{
		key: 'cooperative-social-security',
		kind: 'cooperative',
		tags: ['informal-economy', 'social-protection'],
		write: ({ p, w, a, v }) => {
			const m = (l: Locale): string => num(a * 150, l);
			return {
				nl: {
					title: v
						? `Hoe een coöperatie ${w.at.nl} ${m('nl')} leden sociale bescherming biedt`
						: `${w.name.nl}: coöperatie sluit haar leden aan bij de sociale zekerheid`,
					summary: `Dankzij een akkoord met het nationale socialezekerheidsinstituut zijn de leden van ${p} voortaan verzekerd bij ziekte en arbeidsongevallen en bouwen ze pensioen op.`,
					body: md(
						`Wie als kleine producent of zelfstandige werkt, valt meestal buiten de sociale zekerheid. ${p} vond daar een oplossing voor: de coöperatie onderhandelde met het nationale socialezekerheidsinstituut over een collectieve aansluiting van haar ${m('nl')} leden.`,
						'De coöperatie int de bijdragen, die afgestemd zijn op de onregelmatige inkomsten van haar leden, en stort ze door. In ruil zijn de leden verzekerd bij ziekte en arbeidsongevallen en bouwen ze pensioenrechten op.',
						'WSM ondersteunde de coöperatie met juridisch advies en een uitwisseling met partners die een gelijkaardige weg aflegden. Het model kan een voorbeeld worden voor andere coöperaties in de regio.'
					)
				},
				fr: {
					title: v
						? `Comment une coopérative ${w.at.fr} offre une protection sociale à ${m('fr')} membres`
						: `${w.name.fr} : une coopérative affilie ses membres à la sécurité sociale`,
					summary: `Grâce à un accord avec l’institut national de sécurité sociale, les membres de ${p} sont désormais assurés contre la maladie et les accidents du travail et cotisent pour leur pension.`,
					body: md(
						`Les petits producteurs et les indépendants restent le plus souvent en dehors de la sécurité sociale. ${p} a trouvé une solution : la coopérative a négocié avec l’institut national de sécurité sociale une affiliation collective de ses ${m('fr')} membres.`,
						'La coopérative perçoit les cotisations, adaptées aux revenus irréguliers de ses membres, et les reverse. En échange, les membres sont couverts en cas de maladie et d’accident du travail et se constituent des droits à la pension.',
						'WSM a soutenu la coopérative avec des conseils juridiques et un échange avec des partenaires qui ont suivi un chemin similaire. Le modèle pourrait inspirer d’autres coopératives de la région.'
					)
				},
				en: {
					title: v
						? `How a cooperative ${w.at.en} gives ${m('en')} members social protection`
						: `${w.name.en}: cooperative enrols its members in social security`,
					summary: `Thanks to an agreement with the national social security institute, members of ${p} are now insured against illness and occupational accidents and build up pension rights.`,
					body: md(
						`Small producers and self-employed workers usually fall outside social security. ${p} found a way around this: the cooperative negotiated a collective enrolment of its ${m('en')} members with the national social security institute.`,
						'The cooperative collects the contributions, which are adjusted to its members’ irregular incomes, and passes them on. In return, members are covered in case of illness and occupational accidents and build up pension rights.',
						'WSM supported the cooperative with legal advice and an exchange with partners who have travelled a similar road. The model could become an example for other cooperatives in the region.'
					)
				},
				es: {
					title: v
						? `Cómo una cooperativa ${w.at.es} ofrece protección social a ${m('es')} socios`
						: `${w.name.es}: una cooperativa afilia a sus socios a la seguridad social`,
					summary: `Gracias a un acuerdo con el instituto nacional de seguridad social, los socios de ${p} están ahora asegurados frente a enfermedades y accidentes laborales y cotizan para su jubilación.`,
					body: md(
						`Quienes trabajan como pequeños productores o por cuenta propia suelen quedar fuera de la seguridad social. ${p} encontró una solución: la cooperativa negoció con el instituto nacional de seguridad social la afiliación colectiva de sus ${m('es')} socios.`,
						'La cooperativa recauda las cotizaciones, adaptadas a los ingresos irregulares de sus socios, y las transfiere. A cambio, los socios están cubiertos en caso de enfermedad y de accidente laboral y acumulan derechos de jubilación.',
						'WSM apoyó a la cooperativa con asesoría jurídica y un intercambio con socios que recorrieron un camino similar. El modelo puede servir de ejemplo a otras cooperativas de la región.'
					)
				}
			};
		}
	},
	{
		key: 'young-leaders',
		kind: 'youth',
		tags: ['decent-work', 'trade-unions'],
		write: ({ p, w, a, v }) => {
			const n = a * 8;
			return {
				nl: {
					title: v
						? `Nieuwe generatie ${w.at.nl}: ${n} jongeren ronden leiderschapstraject af`
						: `${w.name.nl}: jongeren leren hun rechten op het werk verdedigen`,
					summary: `${p} begeleidde een jaar lang jonge werknemers die nu zelf hun collega’s informeren en organiseren.`,
					body: md(
						'Jongeren komen vaak als eersten in onzekere jobs terecht: stages zonder vergoeding, dagcontracten of werk zonder contract. Toch zijn ze zelden vertegenwoordigd in vakbonden en andere sociale bewegingen.',
						`Met een leiderschapstraject van een jaar wil ${p} daar verandering in brengen. ${n} jongeren leerden over arbeidsrecht, communicatie en het organiseren van acties. Elk van hen zette daarna een eigen initiatief op in de werkplaats of de buurt.`,
						'“Ik dacht dat niemand naar ons zou luisteren”, zegt een van de deelnemers. “Nu weet ik dat we samen sterker staan.”'
					)
				},
				fr: {
					title: v
						? `Une nouvelle génération ${w.at.fr} : ${n} jeunes terminent un parcours de leadership`
						: `${w.name.fr} : des jeunes apprennent à défendre leurs droits au travail`,
					summary: `Pendant un an, ${p} a accompagné de jeunes travailleurs qui informent et organisent aujourd’hui leurs collègues.`,
					body: md(
						'Les jeunes sont souvent les premiers à se retrouver dans des emplois précaires : stages non rémunérés, contrats journaliers ou travail sans contrat. Ils sont pourtant rarement représentés dans les syndicats et les autres mouvements sociaux.',
						`Avec un parcours de leadership d’un an, ${p} veut changer la donne. ${n} jeunes se sont formés au droit du travail, à la communication et à l’organisation d’actions. Chacun a ensuite lancé sa propre initiative sur son lieu de travail ou dans son quartier.`,
						'« Je pensais que personne ne nous écouterait », confie une participante. « Maintenant, je sais qu’ensemble nous sommes plus forts. »'
					)
				},
				en: {
					title: v
						? `A new generation ${w.at.en}: ${n} young people complete a leadership programme`
						: `${w.name.en}: young people learn to defend their rights at work`,
					summary: `For a full year, ${p} coached young workers who now inform and organise their colleagues themselves.`,
					body: md(
						'Young people are often the first to end up in insecure jobs: unpaid internships, day contracts or work without a contract. Yet they are rarely represented in trade unions and other social movements.',
						`With a one-year leadership programme, ${p} wants to change that. ${n} young people learned about labour law, communication and organising actions. Each of them then set up an initiative of their own at work or in their neighbourhood.`,
						'“I thought nobody would listen to us”, says one of the participants. “Now I know that together we are stronger.”'
					)
				},
				es: {
					title: v
						? `Una nueva generación ${w.at.es}: ${n} jóvenes completan un programa de liderazgo`
						: `${w.name.es}: jóvenes aprenden a defender sus derechos en el trabajo`,
					summary: `Durante un año, ${p} acompañó a jóvenes trabajadores que hoy informan y organizan a sus compañeros.`,
					body: md(
						'Los jóvenes suelen ser los primeros en caer en empleos precarios: prácticas sin remuneración, contratos por día o trabajo sin contrato. Sin embargo, rara vez están representados en los sindicatos y otros movimientos sociales.',
						`Con un programa de liderazgo de un año, ${p} quiere cambiar esta situación. ${n} jóvenes se formaron en derecho laboral, comunicación y organización de acciones. Después, cada uno puso en marcha su propia iniciativa en su lugar de trabajo o en su barrio.`,
						'«Pensaba que nadie nos escucharía», cuenta una de las participantes. «Ahora sé que juntos somos más fuertes.»'
					)
				}
			};
		}
	},
	{
		key: 'social-pension',
		kind: 'seniors',
		tags: ['social-protection'],
		dossier: 'social-protection-floor',
		write: ({ p, w, a, v }) => {
			const n = (l: Locale): string => num(a * 1000, l);
			return {
				nl: {
					title: v
						? `${n('nl')} handtekeningen voor een waardig ouderdomspensioen ${w.at.nl}`
						: `${w.name.nl}: ouderen voeren actie voor een sociaal pensioen`,
					summary: `${p} eist een sociaal pensioen voor alle ouderen, ook voor wie nooit een formele job had.`,
					body: md(
						`Veel ouderen ${w.at.nl} hebben geen of een veel te laag pensioen. Wie zijn leven lang in de landbouw, op de markt of als huishoudhulp werkte, heeft op latere leeftijd vaak geen enkel vast inkomen.`,
						`${p} verzamelde de voorbije maanden ${n('nl')} handtekeningen en bracht ze naar het parlement. De vraag: een sociaal pensioen voor iedereen vanaf een bepaalde leeftijd, hoog genoeg om waardig van te leven en gefinancierd door de overheid.`,
						'Zo’n pensioen is een essentieel onderdeel van een sociale beschermingsvloer. WSM steunt de campagne en brengt de ervaringen van de ouderenorganisatie in ons internationale netwerk rond sociale bescherming.'
					)
				},
				fr: {
					title: v
						? `${n('fr')} signatures pour une pension de vieillesse digne ${w.at.fr}`
						: `${w.name.fr} : les aînés se mobilisent pour une pension sociale`,
					summary: `${p} réclame une pension sociale pour toutes les personnes âgées, y compris celles qui n’ont jamais eu d’emploi formel.`,
					body: md(
						`De nombreuses personnes âgées ${w.at.fr} n’ont pas de pension ou une pension bien trop faible. Celles et ceux qui ont travaillé toute leur vie dans l’agriculture, sur les marchés ou comme domestiques n’ont souvent plus aucun revenu fixe en vieillissant.`,
						`Ces derniers mois, ${p} a récolté ${n('fr')} signatures et les a remises au parlement. La demande : une pension sociale pour toutes et tous à partir d’un certain âge, suffisante pour vivre dignement et financée par l’État.`,
						'Une telle pension est un élément essentiel d’un socle de protection sociale. WSM soutient la campagne et partage l’expérience de l’association dans notre réseau international sur la protection sociale.'
					)
				},
				en: {
					title: v
						? `${n('en')} signatures for a decent old-age pension ${w.at.en}`
						: `${w.name.en}: older people campaign for a social pension`,
					summary: `${p} is calling for a social pension for all older people, including those who never had a formal job.`,
					body: md(
						`Many older people ${w.at.en} have no pension at all or one that is far too low. Those who spent their lives working in agriculture, at the market or as domestic workers often have no regular income in old age.`,
						`In recent months ${p} collected ${n('en')} signatures and delivered them to parliament. The demand: a social pension for everyone above a certain age, high enough to live in dignity and financed by the state.`,
						'Such a pension is an essential part of a social protection floor. WSM supports the campaign and brings the association’s experience into our international network on social protection.'
					)
				},
				es: {
					title: v
						? `${n('es')} firmas por una pensión de vejez digna ${w.at.es}`
						: `${w.name.es}: las personas mayores se movilizan por una pensión social`,
					summary: `${p} reclama una pensión social para todas las personas mayores, también para quienes nunca tuvieron un empleo formal.`,
					body: md(
						`Muchas personas mayores ${w.at.es} no tienen pensión o cobran una demasiado baja. Quienes trabajaron toda su vida en la agricultura, en el mercado o como trabajadoras del hogar a menudo no tienen ningún ingreso fijo en la vejez.`,
						`En los últimos meses, ${p} reunió ${n('es')} firmas y las entregó al parlamento. La demanda: una pensión social para todas las personas a partir de cierta edad, suficiente para vivir con dignidad y financiada por el Estado.`,
						'Una pensión así es un elemento esencial de un piso de protección social. WSM apoya la campaña y comparte la experiencia de la asociación en nuestra red internacional sobre protección social.'
					)
				}
			};
		}
	},
	{
		key: 'climate-farmers',
		kind: 'farmers',
		tags: ['climate-justice'],
		write: ({ p, w, a, v }) => {
			const n = a * 20;
			return {
				nl: {
					title: v
						? `Droogte en overstromingen: hoe boeren ${w.at.nl} weerbaarder worden`
						: `${w.name.nl}: boeren passen zich samen aan de klimaatverandering aan`,
					summary: `Met agro-ecologische technieken en een gezamenlijk solidariteitsfonds wapenen de leden van ${p} zich tegen extreem weer.`,
					body: md(
						'Onregelmatige regenval, langere droogteperiodes en hevige stormen: de boerenfamilies die het minst bijdroegen aan de klimaatcrisis, voelen de gevolgen het hardst. Een mislukte oogst betekent vaak honger en schulden.',
						`${p} zette een programma op waarin ${n} boerenfamilies werken met droogteresistente zaden, compost en waterbesparende irrigatie. Daarnaast richtten de leden een solidariteitsfonds op dat inspringt wanneer een oogst verloren gaat.`,
						'Voor WSM is dit klimaatrechtvaardigheid in de praktijk. Tegelijk blijven we pleiten voor internationale klimaatfinanciering die rechtstreeks de meest kwetsbare gemeenschappen bereikt.'
					)
				},
				fr: {
					title: v
						? `Sécheresses et inondations : comment les paysans ${w.at.fr} renforcent leur résilience`
						: `${w.name.fr} : des paysans s’adaptent ensemble au changement climatique`,
					summary: `Grâce à l’agroécologie et à un fonds de solidarité commun, les membres de ${p} se préparent aux phénomènes météorologiques extrêmes.`,
					body: md(
						'Pluies irrégulières, sécheresses plus longues et tempêtes violentes : les familles paysannes, qui ont le moins contribué à la crise climatique, en subissent le plus durement les conséquences. Une récolte perdue signifie souvent la faim et l’endettement.',
						`${p} a lancé un programme dans lequel ${n} familles paysannes utilisent des semences résistantes à la sécheresse, du compost et une irrigation économe en eau. Les membres ont aussi créé un fonds de solidarité qui intervient lorsqu’une récolte est perdue.`,
						'Pour WSM, c’est la justice climatique en pratique. Nous continuons aussi à plaider pour un financement climatique international qui atteigne directement les communautés les plus vulnérables.'
					)
				},
				en: {
					title: v
						? `Droughts and floods: how farmers ${w.at.en} are becoming more resilient`
						: `${w.name.en}: farmers adapt to climate change together`,
					summary: `With agroecological techniques and a shared solidarity fund, members of ${p} are preparing for extreme weather.`,
					body: md(
						'Erratic rainfall, longer droughts and violent storms: the farming families who contributed least to the climate crisis feel its effects hardest. A failed harvest often means hunger and debt.',
						`${p} has set up a programme in which ${n} farming families work with drought-resistant seeds, compost and water-saving irrigation. The members have also created a solidarity fund that steps in when a harvest is lost.`,
						'For WSM, this is climate justice in practice. At the same time, we keep calling for international climate finance that reaches the most vulnerable communities directly.'
					)
				},
				es: {
					title: v
						? `Sequías e inundaciones: cómo los campesinos ${w.at.es} ganan en resiliencia`
						: `${w.name.es}: campesinos se adaptan juntos al cambio climático`,
					summary: `Con técnicas agroecológicas y un fondo solidario común, los socios de ${p} se preparan para los fenómenos climáticos extremos.`,
					body: md(
						'Lluvias irregulares, sequías más largas y tormentas violentas: las familias campesinas, que menos contribuyeron a la crisis climática, sufren con más dureza sus consecuencias. Una cosecha perdida significa a menudo hambre y deudas.',
						`${p} puso en marcha un programa en el que ${n} familias campesinas trabajan con semillas resistentes a la sequía, compost y riego que ahorra agua. Los socios también crearon un fondo solidario que interviene cuando se pierde una cosecha.`,
						'Para WSM, esto es justicia climática en la práctica. Al mismo tiempo, seguimos abogando por una financiación climática internacional que llegue directamente a las comunidades más vulnerables.'
					)
				}
			};
		}
	},
	{
		key: 'informal-organising',
		kind: 'union',
		tags: ['informal-economy', 'trade-unions'],
		write: ({ p, w, a, v }) => {
			const n = (l: Locale): string => num(a * 500, l);
			return {
				nl: {
					title: v
						? `${n('nl')} informele werkers ${w.at.nl} sluiten zich aan bij de vakbond`
						: `${w.name.nl}: vakbond organiseert straatverkopers en marktkramers`,
					summary: `${p} opent haar deuren voor werkers zonder contract en helpt hen samen op te komen voor hun rechten.`,
					body: md(
						`Een groot deel van de werkenden ${w.at.nl} verdient de kost in de informele economie. Ze hebben geen contract en geen sociale bescherming, en worden vaak weggejaagd door de lokale overheid.`,
						`${p} besliste om hen actief te organiseren. De voorbije maanden sloten ${n('nl')} straatverkopers, marktkramers en dagloners zich aan. Ze kregen een lidkaart, juridische bijstand en een plaats in de vakbondsstructuren.`,
						'De eerste resultaten zijn er al: in verschillende steden werden afspraken gemaakt met het stadsbestuur over vaste verkoopplaatsen en een einde aan de pesterijen.'
					)
				},
				fr: {
					title: v
						? `${n('fr')} travailleurs informels ${w.at.fr} rejoignent le syndicat`
						: `${w.name.fr} : un syndicat organise les vendeurs de rue et les commerçants des marchés`,
					summary: `${p} ouvre ses portes aux travailleurs sans contrat et les aide à défendre ensemble leurs droits.`,
					body: md(
						`Une grande partie des travailleurs ${w.at.fr} gagne sa vie dans l’économie informelle, sans contrat ni protection sociale, et souvent chassée par les autorités locales.`,
						`${p} a décidé de les organiser activement. Ces derniers mois, ${n('fr')} vendeurs de rue, commerçants des marchés et journaliers ont adhéré. Ils ont reçu une carte de membre, une assistance juridique et une place dans les structures syndicales.`,
						'Les premiers résultats sont là : dans plusieurs villes, des accords ont été conclus avec les autorités municipales sur des emplacements de vente fixes et la fin des tracasseries.'
					)
				},
				en: {
					title: v
						? `${n('en')} informal workers ${w.at.en} join the union`
						: `${w.name.en}: union organises street vendors and market traders`,
					summary: `${p} is opening its doors to workers without a contract and helping them stand up for their rights together.`,
					body: md(
						`A large share of working people ${w.at.en} earn their living in the informal economy. They have no contract and no social protection, and are often chased away by local authorities.`,
						`${p} decided to organise them actively. In recent months ${n('en')} street vendors, market traders and day labourers have joined. They received a membership card, legal assistance and a place in the union’s structures.`,
						'The first results are already visible: in several cities, agreements were reached with the municipal authorities on fixed selling spots and an end to harassment.'
					)
				},
				es: {
					title: v
						? `${n('es')} trabajadores informales ${w.at.es} se afilian al sindicato`
						: `${w.name.es}: un sindicato organiza a vendedores ambulantes y comerciantes de mercado`,
					summary: `${p} abre sus puertas a trabajadores sin contrato y les ayuda a defender juntos sus derechos.`,
					body: md(
						`Gran parte de las personas trabajadoras ${w.at.es} se gana la vida en la economía informal, sin contrato ni protección social, y a menudo expulsada por las autoridades locales.`,
						`${p} decidió organizarlas activamente. En los últimos meses se afiliaron ${n('es')} vendedores ambulantes, comerciantes de mercado y jornaleros. Recibieron un carné de afiliación, asistencia jurídica y un lugar en las estructuras sindicales.`,
						'Ya hay primeros resultados: en varias ciudades se alcanzaron acuerdos con las autoridades municipales sobre puestos de venta fijos y el fin del acoso.'
					)
				}
			};
		}
	},
	{
		key: 'maternity-care',
		kind: 'mutuality',
		tags: ['health', 'gender'],
		write: ({ p, w, a, v }) => {
			const n = a * 30;
			return {
				nl: {
					title: v
						? `Veilig bevallen ${w.at.nl}: mutualiteit vergoedt voortaan de volledige moederzorg`
						: `${w.name.nl}: mutualiteit verbetert de toegang tot moederzorg`,
					summary: `De leden van ${p} krijgen voortaan prenatale consultaties, een begeleide bevalling en nazorg terugbetaald.`,
					body: md(
						'Te veel vrouwen bevallen nog altijd zonder medische begeleiding, vaak omdat ze de kosten niet kunnen dragen. Dat heeft zware gevolgen voor de gezondheid van moeder en kind.',
						`${p} breidde daarom haar dekking uit: prenatale consultaties, een bevalling in een gezondheidscentrum en de nazorg worden voortaan volledig terugbetaald. Sinds de start maakten al ${n} vrouwen gebruik van het pakket.`,
						'De mutualiteit organiseert ook infomomenten in de wijken, samen met vroedvrouwen van de lokale gezondheidscentra.'
					)
				},
				fr: {
					title: v
						? `Accoucher en sécurité ${w.at.fr} : une mutuelle rembourse désormais tous les soins maternels`
						: `${w.name.fr} : une mutuelle améliore l’accès aux soins maternels`,
					summary: `Les membres de ${p} sont désormais remboursées pour les consultations prénatales, un accouchement assisté et le suivi postnatal.`,
					body: md(
						'Trop de femmes accouchent encore sans assistance médicale, souvent parce qu’elles ne peuvent pas en assumer le coût. Les conséquences pour la santé de la mère et de l’enfant sont lourdes.',
						`${p} a donc élargi sa couverture : les consultations prénatales, l’accouchement dans un centre de santé et le suivi postnatal sont désormais entièrement remboursés. Depuis le lancement, ${n} femmes ont déjà bénéficié de ce paquet.`,
						'La mutuelle organise aussi des séances d’information dans les quartiers, avec les sages-femmes des centres de santé locaux.'
					)
				},
				en: {
					title: v
						? `Safe childbirth ${w.at.en}: mutual now covers the full cost of maternity care`
						: `${w.name.en}: mutual health organisation improves access to maternity care`,
					summary: `Members of ${p} are now reimbursed for antenatal check-ups, assisted childbirth and postnatal care.`,
					body: md(
						'Too many women still give birth without medical assistance, often because they cannot afford it. The consequences for the health of mother and child are serious.',
						`${p} has therefore extended its cover: antenatal check-ups, childbirth in a health centre and postnatal care are now fully reimbursed. Since the launch, ${n} women have already used the package.`,
						'The mutual also runs information sessions in the neighbourhoods, together with midwives from the local health centres.'
					)
				},
				es: {
					title: v
						? `Parto seguro ${w.at.es}: una mutualidad cubre ahora toda la atención materna`
						: `${w.name.es}: una mutualidad mejora el acceso a la atención materna`,
					summary: `Las afiliadas de ${p} reciben ahora el reembolso de los controles prenatales, el parto asistido y la atención posparto.`,
					body: md(
						'Demasiadas mujeres siguen dando a luz sin asistencia médica, a menudo porque no pueden pagarla. Las consecuencias para la salud de la madre y del bebé son graves.',
						`Por eso ${p} amplió su cobertura: los controles prenatales, el parto en un centro de salud y la atención posparto se reembolsan ahora por completo. Desde el inicio, ${n} mujeres ya han utilizado este paquete.`,
						'La mutualidad también organiza sesiones informativas en los barrios, junto con las parteras de los centros de salud locales.'
					)
				}
			};
		}
	},
	{
		key: 'union-exchange',
		kind: 'union',
		tags: ['trade-unions', 'decent-work'],
		withBelgium: true,
		write: ({ p, w, v }) => ({
			nl: {
				title: v
					? `Vakbondsleiders ${w.from.nl} leren van het Belgische overlegmodel`
					: `${w.name.nl} en België: vakbondsmilitanten wisselen ervaringen uit`,
				summary: `Een delegatie van ${p} bracht een week door bij het ACV-CSC om te leren over sociaal overleg en dienstverlening aan leden.`,
				body: md(
					`Een week lang bezocht een delegatie van ${p} vakbondssecretariaten, ondernemingsraden en een dienst voor werkzoekenden van het ACV-CSC. Centraal stond de vraag hoe sociaal overleg tot concrete resultaten leidt.`,
					'De uitwisseling ging in twee richtingen. Belgische militanten leerden hoe hun gasten werkers in de informele economie organiseren, een uitdaging die met de opmars van platformwerk ook hier steeds belangrijker wordt.',
					'Het bezoek maakt deel uit van de samenwerking tussen WSM en het ACV-CSC rond internationale vakbondssolidariteit. Volgend jaar volgt een tegenbezoek.'
				)
			},
			fr: {
				title: v
					? `Des dirigeants syndicaux ${w.from.fr} découvrent le modèle belge de concertation`
					: `${w.name.fr} et Belgique : des militants syndicaux échangent leurs expériences`,
				summary: `Une délégation de ${p} a passé une semaine auprès de l’ACV-CSC pour découvrir la concertation sociale et les services aux affiliés.`,
				body: md(
					`Pendant une semaine, une délégation de ${p} a visité des secrétariats syndicaux, des conseils d’entreprise et un service pour demandeurs d’emploi de l’ACV-CSC. Au centre des échanges : comment la concertation sociale débouche-t-elle sur des résultats concrets ?`,
					'L’échange s’est fait dans les deux sens. Les militants belges ont appris comment leurs invités organisent les travailleurs de l’économie informelle, un défi qui devient de plus en plus important ici aussi avec l’essor du travail de plateforme.',
					'La visite s’inscrit dans la collaboration entre WSM et l’ACV-CSC en matière de solidarité syndicale internationale. Une visite retour est prévue l’an prochain.'
				)
			},
			en: {
				title: v
					? `Union leaders ${w.from.en} learn from the Belgian social dialogue model`
					: `${w.name.en} and Belgium: trade union activists exchange experiences`,
				summary: `A delegation from ${p} spent a week with ACV-CSC to learn about social dialogue and services to members.`,
				body: md(
					`For a week, a delegation from ${p} visited union offices, works councils and a service for jobseekers run by ACV-CSC. The central question was how social dialogue leads to concrete results.`,
					'The exchange went both ways. Belgian activists learned how their guests organise workers in the informal economy, a challenge that is becoming more important here too with the rise of platform work.',
					'The visit is part of the cooperation between WSM and ACV-CSC on international trade union solidarity. A return visit is planned for next year.'
				)
			},
			es: {
				title: v
					? `Dirigentes sindicales ${w.from.es} conocen el modelo belga de concertación social`
					: `${w.name.es} y Bélgica: militantes sindicales intercambian experiencias`,
				summary: `Una delegación de ${p} pasó una semana con la ACV-CSC para conocer el diálogo social y los servicios a los afiliados.`,
				body: md(
					`Durante una semana, una delegación de ${p} visitó secretariados sindicales, consejos de empresa y un servicio para personas desempleadas de la ACV-CSC. La pregunta central fue cómo el diálogo social se traduce en resultados concretos.`,
					'El intercambio fue en ambos sentidos. Los militantes belgas aprendieron cómo sus invitados organizan a los trabajadores de la economía informal, un reto cada vez más importante también aquí con el auge del trabajo en plataformas.',
					'La visita forma parte de la colaboración entre WSM y la ACV-CSC en materia de solidaridad sindical internacional. El próximo año habrá una visita de vuelta.'
				)
			}
		})
	},
	{
		key: 'protection-floor-coalition',
		kind: 'union',
		tags: ['social-protection'],
		dossier: 'social-protection-floor',
		write: ({ p, w, v }) => ({
			nl: {
				title: v
					? `Coalitie ${w.at.nl} legt regering voorstel voor sociale beschermingsvloer voor`
					: `${w.name.nl}: sociale bewegingen eisen een nationaal beleid voor sociale bescherming`,
				summary: `Vakbonden, mutualiteiten en boerenorganisaties, onder wie ${p}, werkten samen een concreet voorstel uit voor sociale bescherming voor iedereen.`,
				body: md(
					`Een brede coalitie van sociale bewegingen heeft de regering een gezamenlijk voorstel overhandigd voor een nationale sociale beschermingsvloer. ${p} was een van de trekkers.`,
					'Het voorstel bevat vier garanties: toegang tot essentiële gezondheidszorg voor iedereen, inkomenszekerheid voor kinderen, inkomenssteun voor wie niet kan werken en een basispensioen. De coalitie toont ook hoe dat betaald kan worden, onder meer via een eerlijkere belastingheffing.',
					'WSM ondersteunde de coalitie met studiewerk en bracht haar in contact met netwerken in de regio die een gelijkaardig traject aflegden.'
				)
			},
			fr: {
				title: v
					? `${cap(w.at.fr)}, une coalition présente au gouvernement une proposition de socle de protection sociale`
					: `${w.name.fr} : les mouvements sociaux réclament une politique nationale de protection sociale`,
				summary: `Syndicats, mutuelles et organisations paysannes, dont ${p}, ont élaboré ensemble une proposition concrète de protection sociale pour toutes et tous.`,
				body: md(
					`Une large coalition de mouvements sociaux a remis au gouvernement une proposition commune de socle national de protection sociale. ${p} en a été l’un des moteurs.`,
					'La proposition comporte quatre garanties : l’accès de toutes et tous aux soins de santé essentiels, une sécurité de revenu pour les enfants, un soutien au revenu pour les personnes qui ne peuvent pas travailler et une pension de base. La coalition montre aussi comment les financer, notamment par une fiscalité plus juste.',
					'WSM a soutenu la coalition par un travail d’étude et l’a mise en contact avec des réseaux de la région qui ont mené un parcours similaire.'
				)
			},
			en: {
				title: v
					? `Coalition ${w.at.en} presents government with a social protection floor proposal`
					: `${w.name.en}: social movements call for a national social protection policy`,
				summary: `Trade unions, mutual health organisations and farmers’ organisations, including ${p}, have jointly drawn up a concrete proposal for social protection for all.`,
				body: md(
					`A broad coalition of social movements has handed the government a joint proposal for a national social protection floor. ${p} was one of its driving forces.`,
					'The proposal contains four guarantees: access to essential health care for everyone, income security for children, income support for those who cannot work and a basic pension. The coalition also shows how this can be paid for, including through fairer taxation.',
					'WSM supported the coalition with research and put it in touch with networks in the region that have followed a similar path.'
				)
			},
			es: {
				title: v
					? `${cap(w.at.es)}, una coalición presenta al gobierno una propuesta de piso de protección social`
					: `${w.name.es}: los movimientos sociales exigen una política nacional de protección social`,
				summary: `Sindicatos, mutualidades y organizaciones campesinas, entre ellas ${p}, elaboraron juntos una propuesta concreta de protección social para todas las personas.`,
				body: md(
					`Una amplia coalición de movimientos sociales entregó al gobierno una propuesta conjunta de piso nacional de protección social. ${p} fue una de sus impulsoras.`,
					'La propuesta incluye cuatro garantías: acceso a la atención de salud esencial para todas las personas, seguridad de ingresos para la infancia, apoyo a los ingresos para quienes no pueden trabajar y una pensión básica. La coalición muestra también cómo financiarlo, entre otras cosas mediante una fiscalidad más justa.',
					'WSM apoyó a la coalición con estudios y la puso en contacto con redes de la región que recorrieron un camino similar.'
				)
			}
		})
	},
	{
		key: 'violence-at-work',
		kind: 'womens',
		tags: ['gender', 'decent-work'],
		write: ({ p, w, a, v }) => {
			const n = a * 15;
			return {
				nl: {
					title: v
						? `“Geen geweld op de werkvloer”: vrouwenorganisatie ${w.at.nl} zet IAO-verdrag 190 op de agenda`
						: `${w.name.nl}: vrouwen voeren campagne tegen geweld en intimidatie op het werk`,
					summary: `${p} wil dat geweld en intimidatie op het werk ernstig genomen worden en vraagt de overheid werk te maken van IAO-verdrag 190.`,
					body: md(
						'Verbale agressie, seksuele intimidatie, bedreigingen: heel wat vrouwen krijgen er op het werk mee te maken. Wie in de informele economie of als huishoudhulp werkt, staat het zwakst.',
						`${p} verzamelde getuigenissen van ${n} werkneemsters en bundelde ze in een rapport voor de minister van Arbeid. De organisatie vraagt dat de overheid werk maakt van IAO-verdrag 190 over geweld en intimidatie in de wereld van het werk en het omzet in concrete bescherming.`,
						'Intussen richt de organisatie aanspreekpunten in waar vrouwen terechtkunnen voor advies en begeleiding.'
					)
				},
				fr: {
					title: v
						? `« Pas de violence au travail » : ${w.at.fr}, une organisation de femmes met la convention 190 de l’OIT à l’agenda`
						: `${w.name.fr} : des femmes font campagne contre la violence et le harcèlement au travail`,
					summary: `${p} veut que la violence et le harcèlement au travail soient pris au sérieux et demande aux autorités de mettre en œuvre la convention 190 de l’OIT.`,
					body: md(
						'Agressions verbales, harcèlement sexuel, menaces : de nombreuses femmes y sont confrontées au travail. Celles qui travaillent dans l’économie informelle ou comme domestiques sont les plus vulnérables.',
						`${p} a recueilli les témoignages de ${n} travailleuses et les a rassemblés dans un rapport remis au ministre du Travail. L’organisation demande aux autorités de mettre en œuvre la convention 190 de l’OIT sur la violence et le harcèlement dans le monde du travail et de la traduire en protections concrètes.`,
						'En parallèle, l’organisation met en place des points de contact où les femmes peuvent trouver conseil et accompagnement.'
					)
				},
				en: {
					title: v
						? `“No violence at work”: women’s organisation ${w.at.en} puts ILO Convention 190 on the agenda`
						: `${w.name.en}: women campaign against violence and harassment at work`,
					summary: `${p} wants violence and harassment at work to be taken seriously and is calling on the government to act on ILO Convention 190.`,
					body: md(
						'Verbal abuse, sexual harassment, threats: many women face them at work. Those working in the informal economy or as domestic workers are the most vulnerable.',
						`${p} collected testimonies from ${n} women workers and brought them together in a report for the Minister of Labour. The organisation asks the government to act on ILO Convention 190 on violence and harassment in the world of work and to turn it into concrete protection.`,
						'Meanwhile, the organisation is setting up contact points where women can turn for advice and support.'
					)
				},
				es: {
					title: v
						? `«No a la violencia en el trabajo»: ${w.at.es}, una organización de mujeres pone el Convenio 190 de la OIT en la agenda`
						: `${w.name.es}: mujeres hacen campaña contra la violencia y el acoso en el trabajo`,
					summary: `${p} quiere que la violencia y el acoso en el trabajo se tomen en serio y pide al gobierno que aplique el Convenio 190 de la OIT.`,
					body: md(
						'Agresiones verbales, acoso sexual, amenazas: muchas mujeres las sufren en el trabajo. Las que trabajan en la economía informal o como trabajadoras del hogar son las más vulnerables.',
						`${p} recogió testimonios de ${n} trabajadoras y los reunió en un informe para el ministro de Trabajo. La organización pide al gobierno que aplique el Convenio 190 de la OIT sobre la violencia y el acoso en el mundo del trabajo y lo traduzca en protección concreta.`,
						'Mientras tanto, la organización abre puntos de atención donde las mujeres pueden recibir asesoría y acompañamiento.'
					)
				}
			};
		}
	},
	{
		key: 'safe-migration',
		kind: 'youth',
		tags: ['migration', 'decent-work'],
		write: ({ p, w, a, v }) => {
			const n = (l: Locale): string => num(a * 100, l);
			return {
				nl: {
					title: v
						? `Voor je vertrekt: jongerenorganisatie ${w.at.nl} waarschuwt voor malafide ronselaars`
						: `${w.name.nl}: jongeren krijgen informatie over veilige arbeidsmigratie`,
					summary: `${p} informeert jongeren die overwegen in het buitenland te gaan werken over hun rechten en de risico’s van uitbuiting.`,
					body: md(
						'Elk jaar vertrekken duizenden jongeren op zoek naar werk in het buitenland. Onderweg en op hun bestemming lopen ze het risico om uitgebuit te worden: ronselaars vragen torenhoge bedragen, paspoorten worden afgenomen en lonen niet uitbetaald.',
						`${p} organiseert daarom infosessies in scholen en wijken. Jongeren leren er hoe ze een betrouwbaar rekruteringsbureau herkennen, welke documenten ze nodig hebben en waar ze terechtkunnen als het misloopt. Dit jaar bereikte de organisatie al ${n('nl')} jongeren.`,
						'Wie niet vertrekt, wil een toekomst in eigen land. Daarom pleit de organisatie ook voor investeringen in waardige jobs voor jongeren.'
					)
				},
				fr: {
					title: v
						? `Avant de partir : ${w.at.fr}, une organisation de jeunes met en garde contre les recruteurs véreux`
						: `${w.name.fr} : des jeunes s’informent sur la migration de travail en sécurité`,
					summary: `${p} informe les jeunes qui envisagent de travailler à l’étranger sur leurs droits et les risques d’exploitation.`,
					body: md(
						'Chaque année, des milliers de jeunes partent chercher du travail à l’étranger. En chemin et à destination, ils risquent d’être exploités : des recruteurs exigent des sommes exorbitantes, des passeports sont confisqués et des salaires ne sont pas payés.',
						`${p} organise donc des séances d’information dans les écoles et les quartiers. Les jeunes y apprennent à reconnaître une agence de recrutement fiable, à savoir quels documents il leur faut et où s’adresser en cas de problème. Cette année, l’organisation a déjà touché ${n('fr')} jeunes.`,
						'Ceux qui restent veulent un avenir dans leur pays. C’est pourquoi l’organisation plaide aussi pour des investissements dans des emplois décents pour les jeunes.'
					)
				},
				en: {
					title: v
						? `Before you leave: youth organisation ${w.at.en} warns against rogue recruiters`
						: `${w.name.en}: young people get information on safe labour migration`,
					summary: `${p} informs young people considering work abroad about their rights and the risks of exploitation.`,
					body: md(
						'Every year thousands of young people leave to look for work abroad. On the way and at their destination they risk being exploited: recruiters charge exorbitant fees, passports are confiscated and wages go unpaid.',
						`${p} therefore runs information sessions in schools and neighbourhoods. Young people learn how to recognise a reliable recruitment agency, which documents they need and where to turn if things go wrong. This year the organisation has already reached ${n('en')} young people.`,
						'Those who stay want a future in their own country. That is why the organisation also calls for investment in decent jobs for young people.'
					)
				},
				es: {
					title: v
						? `Antes de partir: ${w.at.es}, una organización juvenil advierte contra los reclutadores sin escrúpulos`
						: `${w.name.es}: jóvenes reciben información sobre una migración laboral segura`,
					summary: `${p} informa a los jóvenes que piensan trabajar en el extranjero sobre sus derechos y los riesgos de explotación.`,
					body: md(
						'Cada año, miles de jóvenes se marchan en busca de trabajo en el extranjero. Durante el viaje y en su destino corren el riesgo de ser explotados: los reclutadores cobran sumas desorbitadas, se les retiran los pasaportes y no se les pagan los salarios.',
						`Por eso ${p} organiza sesiones informativas en escuelas y barrios. Los jóvenes aprenden a reconocer una agencia de contratación fiable, qué documentos necesitan y adónde acudir si algo sale mal. Este año la organización ya ha llegado a ${n('es')} jóvenes.`,
						'Quienes se quedan quieren un futuro en su propio país. Por eso la organización también aboga por invertir en empleos decentes para la juventud.'
					)
				}
			};
		}
	},
	{
		key: 'solar-cooperative',
		kind: 'cooperative',
		tags: ['climate-justice', 'informal-economy'],
		write: ({ p, w, b, v }) => ({
			nl: {
				title: v
					? `Minder kosten, minder uitstoot: zonnepanelen voor een coöperatie ${w.at.nl}`
					: `${w.name.nl}: coöperatie schakelt over op zonne-energie`,
				summary: `${p} investeerde in zonnepanelen voor haar gemeenschappelijke werkruimte, wat de leden geld bespaart en het werk betrouwbaarder maakt.`,
				body: md(
					`Hoge energieprijzen en stroompannes wogen zwaar op de werking van ${p}. De coöperatie besliste daarom om te investeren in zonne-energie voor haar gemeenschappelijke werk- en opslagruimte.`,
					`De installatie werd gefinancierd met eigen spaargeld, een lening en steun van WSM. De energiekosten daalden met ${pct(b, 'nl')}, en bij een stroompanne valt het werk niet langer stil.`,
					'De leden beslisten samen hoe ze de besparing gebruiken: een deel gaat naar een solidariteitsfonds voor leden die ziek worden.'
				)
			},
			fr: {
				title: v
					? `Moins de coûts, moins d’émissions : des panneaux solaires pour une coopérative ${w.at.fr}`
					: `${w.name.fr} : une coopérative passe à l’énergie solaire`,
				summary: `${p} a investi dans des panneaux solaires pour son espace de travail commun, ce qui fait économiser ses membres et fiabilise leur activité.`,
				body: md(
					`Les prix élevés de l’énergie et les coupures de courant pesaient lourdement sur le fonctionnement de ${p}. La coopérative a donc décidé d’investir dans l’énergie solaire pour son espace commun de travail et de stockage.`,
					`L’installation a été financée par l’épargne des membres, un prêt et le soutien de WSM. Les coûts énergétiques ont baissé de ${pct(b, 'fr')}, et le travail ne s’arrête plus lors d’une coupure de courant.`,
					'Les membres ont décidé ensemble de l’utilisation des économies réalisées : une partie alimente un fonds de solidarité pour les membres qui tombent malades.'
				)
			},
			en: {
				title: v
					? `Lower costs, lower emissions: solar panels for a cooperative ${w.at.en}`
					: `${w.name.en}: cooperative switches to solar power`,
				summary: `${p} invested in solar panels for its shared workspace, saving its members money and making their work more reliable.`,
				body: md(
					`High energy prices and power cuts weighed heavily on the work of ${p}. The cooperative therefore decided to invest in solar power for its shared work and storage space.`,
					`The installation was financed with members’ savings, a loan and support from WSM. Energy costs fell by ${pct(b, 'en')}, and work no longer stops during a power cut.`,
					'The members decided together how to use the savings: part of it goes into a solidarity fund for members who fall ill.'
				)
			},
			es: {
				title: v
					? `Menos costes, menos emisiones: paneles solares para una cooperativa ${w.at.es}`
					: `${w.name.es}: una cooperativa se pasa a la energía solar`,
				summary: `${p} invirtió en paneles solares para su espacio de trabajo común, lo que ahorra dinero a sus socios y hace más fiable su trabajo.`,
				body: md(
					`Los altos precios de la energía y los cortes de luz pesaban mucho en el funcionamiento de ${p}. Por eso la cooperativa decidió invertir en energía solar para su espacio común de trabajo y almacenamiento.`,
					`La instalación se financió con ahorros de los socios, un préstamo y el apoyo de WSM. Los costes energéticos bajaron un ${pct(b, 'es')}, y el trabajo ya no se detiene cuando se corta la luz.`,
					'Los socios decidieron juntos cómo usar el ahorro: una parte va a un fondo solidario para los socios que enferman.'
				)
			}
		})
	},
	{
		key: 'farmers-health-insurance',
		kind: 'farmers',
		tags: ['social-protection', 'health'],
		dossier: 'universal-health-coverage',
		write: ({ p, w, a, v }) => {
			const n = a * 40;
			return {
				nl: {
					title: v
						? `Oogst en gezondheid verzekerd: boerenfamilies ${w.at.nl} kiezen voor solidariteit`
						: `${w.name.nl}: boerenvereniging sluit leden aan bij een ziekteverzekering`,
					summary: `Dankzij een samenwerking met een lokale mutualiteit zijn ${n} boerenfamilies van ${p} voortaan verzekerd voor gezondheidszorg.`,
					body: md(
						'Boerenfamilies hebben een onregelmatig inkomen: na de oogst is er geld, in de maanden ervoor amper. Een ziekte in die periode kan een gezin in de schulden storten.',
						`${p} sloot daarom een akkoord met een lokale mutualiteit. De bijdrage wordt betaald na de oogst, wanneer er inkomsten zijn, maar de dekking loopt het hele jaar door. Al ${n} families sloten zich aan.`,
						'Het voorbeeld toont hoe sociale bewegingen elkaar versterken: de boerenorganisatie brengt leden aan, de mutualiteit de expertise. WSM bracht beide samen.'
					)
				},
				fr: {
					title: v
						? `Récolte et santé assurées : ${w.at.fr}, des familles paysannes misent sur la solidarité`
						: `${w.name.fr} : une association paysanne affilie ses membres à une assurance maladie`,
					summary: `Grâce à une collaboration avec une mutuelle locale, ${n} familles paysannes de ${p} sont désormais couvertes pour leurs soins de santé.`,
					body: md(
						'Les familles paysannes ont des revenus irréguliers : après la récolte, il y a de l’argent ; dans les mois qui la précèdent, presque rien. Une maladie pendant cette période peut plonger une famille dans les dettes.',
						`${p} a donc conclu un accord avec une mutuelle locale. La cotisation est payée après la récolte, quand les revenus rentrent, mais la couverture court toute l’année. Déjà ${n} familles ont adhéré.`,
						'L’exemple montre comment les mouvements sociaux se renforcent mutuellement : l’organisation paysanne apporte les membres, la mutuelle l’expertise. WSM a réuni les deux.'
					)
				},
				en: {
					title: v
						? `Harvest and health insured: farming families ${w.at.en} choose solidarity`
						: `${w.name.en}: farmers’ association enrols members in health insurance`,
					summary: `Through a partnership with a local mutual, ${n} farming families from ${p} now have health cover.`,
					body: md(
						'Farming families have irregular incomes: after the harvest there is money, in the months before it hardly any. An illness during that period can plunge a family into debt.',
						`${p} therefore reached an agreement with a local mutual health organisation. The contribution is paid after the harvest, when there is income, but cover runs all year round. ${n} families have already joined.`,
						'The example shows how social movements strengthen each other: the farmers’ organisation brings the members, the mutual the expertise. WSM brought the two together.'
					)
				},
				es: {
					title: v
						? `Cosecha y salud aseguradas: ${w.at.es}, familias campesinas apuestan por la solidaridad`
						: `${w.name.es}: una asociación campesina afilia a sus socios a un seguro de salud`,
					summary: `Gracias a una colaboración con una mutualidad local, ${n} familias campesinas de ${p} tienen ahora cobertura de salud.`,
					body: md(
						'Las familias campesinas tienen ingresos irregulares: después de la cosecha hay dinero; en los meses anteriores, casi nada. Una enfermedad en ese periodo puede hundir a una familia en deudas.',
						`Por eso ${p} cerró un acuerdo con una mutualidad local. La cotización se paga después de la cosecha, cuando hay ingresos, pero la cobertura dura todo el año. Ya se han afiliado ${n} familias.`,
						'El ejemplo muestra cómo los movimientos sociales se fortalecen mutuamente: la organización campesina aporta a los socios y la mutualidad, la experiencia. WSM unió a ambas.'
					)
				}
			};
		}
	},
	{
		key: 'migrant-helpdesk',
		kind: 'union',
		tags: ['migration', 'trade-unions'],
		write: ({ p, w, a, v }) => {
			const n = a * 25;
			return {
				nl: {
					title: v
						? `Rechten kennen geen grenzen: vakbond ${w.at.nl} helpt arbeidsmigranten`
						: `${w.name.nl}: vakbond opent meldpunt voor migrerende werknemers`,
					summary: `${p} biedt arbeidsmigranten en hun families informatie, juridische bijstand en een plek om misbruiken te melden.`,
					body: md(
						'Arbeidsmigranten behoren tot de meest kwetsbare werknemers: ze kennen de taal en de wetgeving vaak niet en durven uit angst voor uitzetting geen klacht in te dienen.',
						`${p} opende daarom een meldpunt. In het eerste halfjaar kregen ${n} werknemers er advies, en in tientallen dossiers kon achterstallig loon teruggevorderd worden.`,
						'De vakbond werkt daarvoor samen met vakbonden in de landen van herkomst en bestemming. Zo wordt internationale solidariteit heel concreet.'
					)
				},
				fr: {
					title: v
						? `Les droits n’ont pas de frontières : ${w.at.fr}, un syndicat aide les travailleurs migrants`
						: `${w.name.fr} : un syndicat ouvre un point d’accueil pour les travailleurs migrants`,
					summary: `${p} offre aux travailleurs migrants et à leurs familles de l’information, une assistance juridique et un lieu pour signaler les abus.`,
					body: md(
						'Les travailleurs migrants comptent parmi les plus vulnérables : ils ne connaissent souvent ni la langue ni la législation et n’osent pas porter plainte par peur d’être expulsés.',
						`${p} a donc ouvert un point d’accueil. Au cours du premier semestre, ${n} travailleurs y ont été conseillés, et dans des dizaines de dossiers, des arriérés de salaire ont pu être récupérés.`,
						'Le syndicat travaille pour cela avec des syndicats des pays d’origine et de destination. La solidarité internationale devient ainsi très concrète.'
					)
				},
				en: {
					title: v
						? `Rights know no borders: union ${w.at.en} helps migrant workers`
						: `${w.name.en}: union opens a help desk for migrant workers`,
					summary: `${p} offers migrant workers and their families information, legal assistance and a place to report abuses.`,
					body: md(
						'Migrant workers are among the most vulnerable: they often do not know the language or the law, and fear of deportation stops them from filing complaints.',
						`${p} therefore opened a help desk. In its first six months, ${n} workers received advice there, and unpaid wages were recovered in dozens of cases.`,
						'The union works with unions in the countries of origin and destination. That is how international solidarity becomes very concrete.'
					)
				},
				es: {
					title: v
						? `Los derechos no tienen fronteras: ${w.at.es}, un sindicato ayuda a los trabajadores migrantes`
						: `${w.name.es}: un sindicato abre un punto de atención para trabajadores migrantes`,
					summary: `${p} ofrece a los trabajadores migrantes y a sus familias información, asistencia jurídica y un lugar donde denunciar abusos.`,
					body: md(
						'Los trabajadores migrantes están entre los más vulnerables: a menudo no conocen el idioma ni la legislación y, por miedo a la expulsión, no se atreven a denunciar.',
						`Por eso ${p} abrió un punto de atención. En el primer semestre, ${n} trabajadores recibieron asesoría, y en decenas de casos se pudieron recuperar salarios adeudados.`,
						'El sindicato colabora con sindicatos de los países de origen y de destino. Así la solidaridad internacional se vuelve muy concreta.'
					)
				}
			};
		}
	}
];

// Belgian and global items that do not follow a partner story.
interface Standalone {
	key: string;
	publishedAt: string;
	tags: string[];
	countries: string[];
	dossier?: string;
	text: Record<FosLocale, Draft> & { es?: Draft };
}

const wsmStandalone: Standalone[] = [
	{
		key: 'wsm-due-diligence-2025',
		publishedAt: '2025-03-12T06:30:00Z',
		tags: ['decent-work'],
		countries: [],
		dossier: 'living-wage',
		text: {
			nl: {
				title: 'Europese zorgplicht: WSM vraagt om geen stap terug te zetten',
				summary:
					'Het Europese voorstel om de zorgplichtrichtlijn uit te stellen en af te zwakken, bedreigt de rechten van werknemers in de toeleveringsketens.',
				body: md(
					'Met een zogenaamd omnibuspakket stelde de Europese Commissie voor om de richtlijn over de zorgplicht van bedrijven uit te stellen en te vereenvoudigen. Voor WSM en haar partners is dat een stap in de verkeerde richting.',
					'De richtlijn verplicht grote bedrijven om schendingen van mensenrechten en milieunormen in hun toeleveringsketens te voorkomen. Voor textielarbeiders, plantagewerkers en mijnwerkers in onze partnerlanden kan ze het verschil maken.',
					'Samen met het coördinatieplatform Waardig Werk vragen we de Belgische regering en de Europese parlementsleden om de richtlijn overeind te houden, met een ernstige rol voor vakbonden en een leefbaar loon als uitgangspunt.'
				)
			},
			fr: {
				title: 'Devoir de vigilance européen : WSM demande de ne pas faire marche arrière',
				summary:
					'La proposition européenne de reporter et d’affaiblir la directive sur le devoir de vigilance menace les droits des travailleurs dans les chaînes d’approvisionnement.',
				body: md(
					'Avec un paquet dit omnibus, la Commission européenne a proposé de reporter et de simplifier la directive sur le devoir de vigilance des entreprises. Pour WSM et ses partenaires, c’est un pas dans la mauvaise direction.',
					'La directive oblige les grandes entreprises à prévenir les atteintes aux droits humains et à l’environnement dans leurs chaînes d’approvisionnement. Pour les ouvrières du textile, les travailleurs des plantations et les mineurs de nos pays partenaires, elle peut faire la différence.',
					'Avec la plateforme Travail décent, nous demandons au gouvernement belge et aux eurodéputés de maintenir la directive, avec un vrai rôle pour les syndicats et le salaire vital comme point de départ.'
				)
			},
			en: {
				title: 'European due diligence: WSM calls for no step backwards',
				summary:
					'The European proposal to delay and weaken the due diligence directive threatens the rights of workers in supply chains.',
				body: md(
					'With a so-called omnibus package, the European Commission proposed to postpone and simplify the corporate sustainability due diligence directive. For WSM and its partners, this is a step in the wrong direction.',
					'The directive requires large companies to prevent human rights and environmental abuses in their supply chains. For garment workers, plantation workers and miners in our partner countries, it can make the difference.',
					'Together with the Decent Work platform, we call on the Belgian government and Members of the European Parliament to keep the directive intact, with a real role for trade unions and a living wage as the starting point.'
				)
			},
			es: {
				title: 'Debida diligencia europea: WSM pide no dar marcha atrás',
				summary:
					'La propuesta europea de aplazar y debilitar la directiva de debida diligencia amenaza los derechos de los trabajadores en las cadenas de suministro.',
				body: md(
					'Con el llamado paquete ómnibus, la Comisión Europea propuso aplazar y simplificar la directiva sobre diligencia debida de las empresas. Para WSM y sus organizaciones socias, es un paso en la dirección equivocada.',
					'La directiva obliga a las grandes empresas a prevenir las violaciones de los derechos humanos y del medio ambiente en sus cadenas de suministro. Para las trabajadoras textiles, los trabajadores de plantaciones y los mineros de nuestros países socios, puede marcar la diferencia.',
					'Junto con la plataforma Trabajo Decente, pedimos al gobierno belga y a los eurodiputados que mantengan la directiva, con un papel real para los sindicatos y el salario vital como punto de partida.'
				)
			}
		}
	},
	{
		key: 'wsm-decent-work-day-2025',
		publishedAt: '2025-10-07T06:00:00Z',
		tags: ['decent-work', 'trade-unions'],
		countries: ['BE'],
		text: {
			nl: {
				title: '7 oktober: samen op straat voor waardig werk',
				summary:
					'Op de Werelddag voor waardig werk voerden vakbonden, mutualiteiten en ngo’s actie in Brussel.',
				body: md(
					'Op 7 oktober voerden vakbonden over de hele wereld actie voor waardig werk. Ook in Brussel lieten we van ons horen, samen met de partners van het coördinatieplatform Waardig Werk.',
					'Centraal stonden de werknemers die het vaakst uit de boot vallen: huishoudhulpen, platformwerkers en werkers in de informele economie. Zij hebben recht op een leefbaar loon, sociale bescherming en een vakbond die hen vertegenwoordigt.'
				)
			},
			fr: {
				title: '7 octobre : ensemble dans la rue pour le travail décent',
				summary:
					'Lors de la Journée mondiale pour le travail décent, syndicats, mutualités et ONG ont mené une action à Bruxelles.',
				body: md(
					'Le 7 octobre, les syndicats du monde entier se sont mobilisés pour le travail décent. À Bruxelles aussi, nous avons fait entendre notre voix, avec les partenaires de la plateforme Travail décent.',
					'Au centre de l’action : les travailleurs et travailleuses les plus souvent laissés pour compte, comme les travailleuses domestiques, les travailleurs de plateforme et ceux de l’économie informelle. Ils ont droit à un salaire vital, à une protection sociale et à un syndicat qui les représente.'
				)
			},
			en: {
				title: '7 October: taking to the streets together for decent work',
				summary:
					'On the World Day for Decent Work, trade unions, mutual health funds and NGOs took action in Brussels.',
				body: md(
					'On 7 October, trade unions around the world took action for decent work. In Brussels, too, we made our voices heard, together with the partners of the Decent Work platform.',
					'The focus was on the workers who are most often left behind: domestic workers, platform workers and workers in the informal economy. They have the right to a living wage, social protection and a union that represents them.'
				)
			}
		}
	},
	{
		key: 'wsm-social-justice-day-2026',
		publishedAt: '2026-02-20T06:00:00Z',
		tags: ['social-protection'],
		countries: [],
		dossier: 'social-protection-floor',
		text: {
			nl: {
				title: 'Werelddag van de sociale rechtvaardigheid: sociale bescherming is geen luxe',
				summary:
					'Bijna de helft van de wereldbevolking heeft geen enkele vorm van sociale bescherming; WSM en haar partners vragen een sociale beschermingsvloer voor iedereen.',
				body: md(
					'Ziek worden, een kind krijgen, oud worden: voor bijna de helft van de wereldbevolking kan elk van die gebeurtenissen tot armoede leiden, omdat ze geen enkele vorm van sociale bescherming hebben.',
					'Op de Werelddag van de sociale rechtvaardigheid herhalen WSM en haar partners hun oproep: elk land kan een sociale beschermingsvloer uitbouwen, als er politieke wil is en de middelen eerlijk verdeeld worden.',
					'Ons internationale netwerk van 80 organisaties en 21 multi-actorennetwerken verzamelt daarvoor voorbeelden uit alle hoeken van de wereld.'
				)
			},
			fr: {
				title: 'Journée mondiale de la justice sociale : la protection sociale n’est pas un luxe',
				summary:
					'Près de la moitié de la population mondiale n’a aucune protection sociale ; WSM et ses partenaires demandent un socle de protection sociale pour toutes et tous.',
				body: md(
					'Tomber malade, avoir un enfant, vieillir : pour près de la moitié de la population mondiale, chacun de ces événements peut mener à la pauvreté, faute de toute forme de protection sociale.',
					'À l’occasion de la Journée mondiale de la justice sociale, WSM et ses partenaires renouvellent leur appel : chaque pays peut construire un socle de protection sociale, s’il y a une volonté politique et si les ressources sont équitablement réparties.',
					'Notre réseau international de 80 organisations et 21 réseaux multi-acteurs rassemble des exemples venus des quatre coins du monde.'
				)
			},
			en: {
				title: 'World Day of Social Justice: social protection is not a luxury',
				summary:
					'Almost half of the world’s population has no social protection at all; WSM and its partners call for a social protection floor for everyone.',
				body: md(
					'Falling ill, having a child, growing old: for almost half of the world’s population, each of these events can lead to poverty, because they have no social protection of any kind.',
					'On the World Day of Social Justice, WSM and its partners repeat their call: every country can build a social protection floor, given political will and a fair distribution of resources.',
					'Our international network of 80 organisations and 21 multi-stakeholder networks gathers examples from all corners of the world.'
				)
			},
			es: {
				title: 'Día Mundial de la Justicia Social: la protección social no es un lujo',
				summary:
					'Casi la mitad de la población mundial no tiene ninguna protección social; WSM y sus socios piden un piso de protección social para todas las personas.',
				body: md(
					'Enfermar, tener un hijo, envejecer: para casi la mitad de la población mundial, cada uno de estos acontecimientos puede llevar a la pobreza, porque no tiene ninguna forma de protección social.',
					'En el Día Mundial de la Justicia Social, WSM y sus organizaciones socias renuevan su llamamiento: todos los países pueden construir un piso de protección social si hay voluntad política y los recursos se reparten de forma justa.',
					'Nuestra red internacional de 80 organizaciones y 21 redes multiactor reúne ejemplos de todos los rincones del mundo.'
				)
			}
		}
	},
	{
		key: 'wsm-network-meeting-2026',
		publishedAt: '2026-06-18T06:00:00Z',
		tags: ['social-protection', 'trade-unions'],
		countries: ['BE'],
		text: {
			nl: {
				title: 'Thematisch netwerk rond sociale bescherming komt samen in Brussel',
				summary:
					'Vertegenwoordigers van partnerorganisaties uit drie continenten bepaalden in Brussel de prioriteiten van het netwerk voor de komende jaren.',
				body: md(
					'Een week lang wisselden vakbonden, mutualiteiten en andere sociale bewegingen uit Afrika, Azië en Latijns-Amerika ervaringen uit over hun strijd voor sociale bescherming.',
					'Ze legden de prioriteiten voor de komende jaren vast: de financiering van sociale beschermingsvloeren, de toegang van informele werkers tot de sociale zekerheid en allianties met internationale netwerken zoals de GCSPF en het ITUC.'
				)
			},
			fr: {
				title: 'Le réseau thématique sur la protection sociale se réunit à Bruxelles',
				summary:
					'Des représentants d’organisations partenaires de trois continents ont fixé à Bruxelles les priorités du réseau pour les années à venir.',
				body: md(
					'Pendant une semaine, des syndicats, des mutuelles et d’autres mouvements sociaux d’Afrique, d’Asie et d’Amérique latine ont échangé leurs expériences sur leur combat pour la protection sociale.',
					'Ils ont fixé les priorités des prochaines années : le financement des socles de protection sociale, l’accès des travailleurs informels à la sécurité sociale et les alliances avec des réseaux internationaux comme la GCSPF et la CSI.'
				)
			},
			en: {
				title: 'Thematic network on social protection meets in Brussels',
				summary:
					'Representatives of partner organisations from three continents set the network’s priorities for the coming years in Brussels.',
				body: md(
					'For a week, trade unions, mutual health organisations and other social movements from Africa, Asia and Latin America exchanged experiences of their struggle for social protection.',
					'They set the priorities for the coming years: financing social protection floors, access to social security for informal workers and alliances with international networks such as the GCSPF and the ITUC.'
				)
			}
		}
	}
];

const at = <T>(xs: readonly T[], i: number): T => {
	const x = xs[((i % xs.length) + xs.length) % xs.length];
	if (x === undefined) throw new Error('Empty building block list');
	return x;
};

const counts = [3, 7, 5, 12, 4, 9, 6, 11, 8, 2, 10, 5, 13, 7, 4, 9, 6, 3, 11, 8, 14];
const percents = [8, 12, 15, 6, 10, 20, 7, 14, 9, 18, 11, 5, 16, 13, 25, 10, 17];

const wsmAuthors = [
	'Lies Vermeulen',
	'Jean-Marc Lambert',
	'Sofie De Smet',
	'Aminata Diallo',
	'Claire Dubois'
];
const fosAuthors = ['Joke Peeters', 'Tom Verhaegen', 'Sara El Amrani'];

const DAY = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 1);
const SPAN = 683; // days from 2025-01-01 to 2026-11-15

const utc = (day: number, hour: number, minute: number): string =>
	new Date(EPOCH + day * DAY + (hour * 60 + minute) * 60_000).toISOString().replace('.000Z', 'Z');

const pool = (kind: PartnerKind) => seedPartners.filter((p) => p.kind === kind && p.country !== 'BE');

const WSM_ROUNDS = 4;
const wsmPlan = Array.from({ length: WSM_ROUNDS }, (_, round) =>
	wsmStories.map((story, t) => ({ story, t, round }))
).flat();

const wsmGenerated: SeedNews[] = wsmPlan.map(({ story, t, round }, i): SeedNews => {
	// Consecutive pool entries per round, so one story never repeats a country.
	const partner = at(pool(story.kind), t * 2 + round);
	const drafts = story.write({
		p: partner.name,
		w: where(partner.country),
		a: at(counts, i),
		b: at(percents, i),
		v: round % 2
	});
	return {
		key: `wsm-${story.key}-${partner.country.toLowerCase()}`,
		site: 'wsm',
		// Hours 07–09 UTC keep these apart from FOS (11–13) and standalone items (06).
		publishedAt: utc(Math.floor((i * SPAN) / (wsmPlan.length - 1)), 7 + (i % 3), (i * 17) % 60),
		author: at(wsmAuthors, i * 3),
		tags: [...story.tags],
		countries: story.withBelgium ? [partner.country, 'BE'] : [partner.country],
		...(story.dossier ? { dossier: story.dossier } : {}),
		// Spanish for every other item: WSM translates only part of its news.
		translations: localize('wsm', drafts, i % 2 === 0 ? wsmLocales : fosLocales)
	};
});

const fromStandalone = (site: Site, authors: readonly string[], items: Standalone[]): SeedNews[] =>
	items.map((s, i): SeedNews => ({
		key: s.key,
		site,
		publishedAt: s.publishedAt,
		author: at(authors, i + 1),
		tags: [...s.tags],
		countries: [...s.countries],
		...(s.dossier ? { dossier: s.dossier } : {}),
		translations: s.text.es
			? localize(site, { ...s.text, es: s.text.es }, wsmLocales)
			: localize(site, s.text, fosLocales)
	}));

// ---------------------------------------------------------------- FOS news

interface FosCtx {
	w: Where;
	sector: L10n<FosLocale>; // plural workers' noun
	inSector: L10n<FosLocale>; // 'in domestic work'
	a: number;
	v: number;
}

interface FosStory {
	key: string;
	tags: string[];
	dossier?: string;
	withBelgium?: boolean;
	write: (x: FosCtx) => Record<FosLocale, Draft>;
}

const fosContexts: { code: string; sector: L10n<FosLocale>; inSector: L10n<FosLocale> }[] = [
	{
		code: 'BO',
		sector: { nl: 'huishoudwerkers', fr: 'travailleuses domestiques', en: 'domestic workers' },
		inSector: { nl: 'in het huishoudelijk werk', fr: 'dans le travail domestique', en: 'in domestic work' }
	},
	{
		code: 'PE',
		sector: {
			nl: 'landarbeiders in de agro-export',
			fr: 'ouvriers de l’agro-exportation',
			en: 'agro-export workers'
		},
		inSector: { nl: 'in de agro-export', fr: 'dans l’agro-exportation', en: 'in agro-export' }
	},
	{
		code: 'GT',
		sector: { nl: 'textielarbeiders', fr: 'ouvrières du textile', en: 'garment workers' },
		inSector: { nl: 'in de textielsector', fr: 'dans le textile', en: 'in the garment sector' }
	}
];

const fosStories: FosStory[] = [
	{
		key: 'precarious-work',
		tags: ['decent-work', 'informal-economy'],
		write: ({ w, sector, inSector, a, v }) => {
			const n = (l: Locale): string => num(a * 50, l);
			return {
				nl: {
					title: v
						? `Geen contract, geen zekerheid: ${sector.nl} ${w.at.nl} eisen vaste jobs`
						: `${w.name.nl}: ${sector.nl} organiseren zich tegen onzeker werk`,
					summary: `Met steun van FOS brengt een lokale vakbond ${sector.nl} samen die van tijdelijk contract naar tijdelijk contract gaan of helemaal zonder contract werken.`,
					body: md(
						`Dagcontracten, onbetaalde overuren en ontslag zodra iemand zwanger wordt of zich aansluit bij een vakbond: voor veel ${sector.nl} ${w.at.nl} is dat de dagelijkse realiteit.`,
						`Onze partnerorganisatie bracht de voorbije maanden meer dan ${n('nl')} werkers samen, in wijkvergaderingen en op de werkvloer. Ze documenteerden misbruiken en stapten met concrete dossiers naar de arbeidsinspectie.`,
						'De eis is eenvoudig: wie structureel werk doet, verdient een vast contract. FOS steunt de campagne en brengt de getuigenissen ook bij beleidsmakers in België en Europa.'
					)
				},
				fr: {
					title: v
						? `Pas de contrat, pas de sécurité : ${w.at.fr}, les ${sector.fr} exigent des emplois stables`
						: `${w.name.fr} : les ${sector.fr} s’organisent contre le travail précaire`,
					summary: `Avec le soutien de FOS, un syndicat local rassemble des ${sector.fr} qui enchaînent les contrats temporaires ou travaillent sans aucun contrat.`,
					body: md(
						`Contrats journaliers, heures supplémentaires non payées, licenciement dès qu’une travailleuse est enceinte ou qu’un travailleur rejoint un syndicat : c’est la réalité quotidienne de nombreuses personnes qui travaillent ${inSector.fr} ${w.at.fr}.`,
						`Ces derniers mois, notre organisation partenaire a réuni plus de ${n('fr')} travailleurs et travailleuses, dans les quartiers et sur les lieux de travail. Ensemble, ils ont documenté les abus et porté des dossiers concrets devant l’inspection du travail.`,
						'La revendication est simple : un travail structurel mérite un contrat fixe. FOS soutient la campagne et relaie aussi les témoignages auprès des décideurs en Belgique et en Europe.'
					)
				},
				en: {
					title: v
						? `No contract, no security: ${sector.en} ${w.at.en} demand permanent jobs`
						: `${w.name.en}: ${sector.en} organise against precarious work`,
					summary: `With support from FOS, a local union is bringing together ${sector.en} who move from one temporary contract to the next or work without any contract at all.`,
					body: md(
						`Day contracts, unpaid overtime and dismissal as soon as someone becomes pregnant or joins a union: for many people working ${inSector.en} ${w.at.en}, that is daily reality.`,
						`In recent months our partner organisation brought together more than ${n('en')} workers, in neighbourhood meetings and at the workplace. They documented abuses and took concrete cases to the labour inspectorate.`,
						'The demand is simple: structural work deserves a permanent contract. FOS supports the campaign and also brings the testimonies to policymakers in Belgium and Europe.'
					)
				}
			};
		}
	},
	{
		key: 'gender-at-work',
		tags: ['gender', 'decent-work'],
		write: ({ w, inSector, a, v }) => {
			const n = a * 6;
			return {
				nl: {
					title: v
						? `Gelijk loon voor werk van gelijke waarde: vakbondsvrouwen ${w.at.nl} trekken aan de alarmbel`
						: `${w.name.nl}: vrouwen eisen een einde aan intimidatie op het werk`,
					summary: `Vrouwen die ${inSector.nl} werken, verdienen minder en krijgen vaker te maken met intimidatie. Onze partners ${w.at.nl} komen in actie.`,
					body: md(
						`Vrouwen die ${inSector.nl} werken, verdienen ${w.at.nl} vaak minder dan mannen die vergelijkbaar werk doen, krijgen zelden promotie en worden vaker geconfronteerd met seksuele intimidatie. Wie klacht indient, riskeert haar job.`,
						`Onze partnerorganisatie vormde ${n} vrouwen tot vertrouwenspersonen die collega’s bijstaan en misbruiken helpen melden. Samen eisen ze dat werkgevers een beleid tegen geweld en intimidatie invoeren, zoals IAO-verdrag 190 voorschrijft.`,
						'Daarnaast zetten de vakbondsvrouwen gelijk loon voor werk van gelijke waarde op de agenda van de loononderhandelingen.'
					)
				},
				fr: {
					title: v
						? `Salaire égal pour un travail de valeur égale : ${w.at.fr}, les syndicalistes femmes tirent la sonnette d’alarme`
						: `${w.name.fr} : des femmes exigent la fin du harcèlement au travail`,
					summary: `Les femmes qui travaillent ${inSector.fr} gagnent moins et subissent plus souvent le harcèlement. Nos partenaires ${w.at.fr} passent à l’action.`,
					body: md(
						`${cap(w.at.fr)}, les femmes qui travaillent ${inSector.fr} gagnent souvent moins que les hommes qui font un travail comparable, obtiennent rarement une promotion et sont plus souvent confrontées au harcèlement sexuel. Porter plainte, c’est risquer son emploi.`,
						`Notre organisation partenaire a formé ${n} femmes comme personnes de confiance, qui soutiennent leurs collègues et les aident à signaler les abus. Ensemble, elles exigent que les employeurs adoptent une politique contre la violence et le harcèlement, comme le prévoit la convention 190 de l’OIT.`,
						'Les syndicalistes femmes inscrivent aussi l’égalité salariale pour un travail de valeur égale à l’agenda des négociations salariales.'
					)
				},
				en: {
					title: v
						? `Equal pay for work of equal value: women trade unionists ${w.at.en} sound the alarm`
						: `${w.name.en}: women demand an end to harassment at work`,
					summary: `Women working ${inSector.en} earn less and face harassment more often. Our partners ${w.at.en} are taking action.`,
					body: md(
						`${cap(w.at.en)}, women working ${inSector.en} often earn less than men doing comparable work, are rarely promoted and are more often confronted with sexual harassment. Filing a complaint means risking your job.`,
						`Our partner organisation trained ${n} women as confidential counsellors who support colleagues and help them report abuses. Together they demand that employers adopt a policy against violence and harassment, as ILO Convention 190 requires.`,
						'The women trade unionists are also putting equal pay for work of equal value on the agenda of wage negotiations.'
					)
				}
			};
		}
	},
	{
		key: 'public-health',
		tags: ['health', 'social-protection'],
		dossier: 'universal-health-coverage',
		write: ({ w, sector, v }) => ({
			nl: {
				title: v
					? `Publieke gezondheidszorg ${w.at.nl} onder druk: partners slaan alarm`
					: `${w.name.nl}: gezondheidswerkers en patiënten eisen meer middelen voor publieke zorg`,
				summary: `Een coalitie van vakbonden en gezondheidsorganisaties ${w.at.nl} vraagt de regering om fors meer te investeren in publieke gezondheidszorg.`,
				body: md(
					`Lange wachttijden, tekorten aan geneesmiddelen en te weinig personeel: de publieke gezondheidszorg staat ${w.at.nl} onder zware druk. Wie het kan betalen, wijkt uit naar privéklinieken; de rest blijft in de kou staan.`,
					`Onze partners brengen gezondheidswerkers, patiëntengroepen en vakbonden samen rond één eis: een publiek gezondheidssysteem dat toegankelijk is voor iedereen en solidair gefinancierd wordt. Ook ${sector.nl} sluiten zich aan, want velen van hen hebben geen ziekteverzekering.`,
					'FOS steunt de coalitie met vorming en studiewerk en vraagt Belgische en Europese beleidsmakers om in hun internationale samenwerking voluit in te zetten op publieke gezondheidszorg.'
				)
			},
			fr: {
				title: v
					? `Les soins de santé publics sous pression ${w.at.fr} : nos partenaires tirent la sonnette d’alarme`
					: `${w.name.fr} : soignants et patients réclament plus de moyens pour les soins publics`,
				summary: `Une coalition de syndicats et d’organisations de santé ${w.at.fr} demande au gouvernement d’investir nettement plus dans les soins de santé publics.`,
				body: md(
					`Longues files d’attente, pénuries de médicaments et manque de personnel : les soins de santé publics sont sous forte pression ${w.at.fr}. Qui peut payer se tourne vers les cliniques privées ; les autres restent sur le carreau.`,
					`Nos partenaires rassemblent soignants, associations de patients et syndicats autour d’une revendication : un système de santé public accessible à toutes et tous et financé de manière solidaire. Les ${sector.fr} rejoignent le mouvement, car beaucoup n’ont pas d’assurance maladie.`,
					'FOS soutient la coalition par des formations et des études, et demande aux décideurs belges et européens de miser pleinement sur les soins de santé publics dans leur coopération internationale.'
				)
			},
			en: {
				title: v
					? `Public health care under pressure ${w.at.en}: partners sound the alarm`
					: `${w.name.en}: health workers and patients demand more resources for public care`,
				summary: `A coalition of unions and health organisations ${w.at.en} is asking the government to invest substantially more in public health care.`,
				body: md(
					`Long waiting times, medicine shortages and too few staff: public health care ${w.at.en} is under heavy pressure. Those who can afford it turn to private clinics; everyone else is left out in the cold.`,
					`Our partners bring health workers, patient groups and unions together around one demand: a public health system that is accessible to everyone and financed through solidarity. ${cap(sector.en)} are joining too, because many of them have no health insurance.`,
					'FOS supports the coalition with training and research, and asks Belgian and European policymakers to invest fully in public health care through their international cooperation.'
				)
			}
		})
	},
	{
		key: 'srhr-youth',
		tags: ['health', 'gender'],
		write: ({ w, a, v }) => {
			const n = a * 5;
			return {
				nl: {
					title: v
						? `Mijn lichaam, mijn keuze: jongeren ${w.at.nl} komen op voor hun seksuele rechten`
						: `${w.name.nl}: jongeren krijgen toegang tot seksuele voorlichting`,
					summary: `Met peer educators en een jongerenlijn informeert een partnerorganisatie van FOS jongeren ${w.at.nl} over seksuele en reproductieve gezondheid.`,
					body: md(
						`Veel jongeren ${w.at.nl} krijgen nauwelijks betrouwbare informatie over seksualiteit, anticonceptie en hun rechten. Tienerzwangerschappen en seksueel geweld blijven een groot probleem.`,
						`Onze partnerorganisatie leidde ${n} jongeren op tot peer educators. Zij geven workshops in scholen en jeugdhuizen en beantwoorden vragen via een telefonische jongerenlijn en sociale media.`,
						'Tegelijk pleit de organisatie bij het ministerie van Onderwijs voor volwaardige relationele en seksuele vorming in het leerplan.'
					)
				},
				fr: {
					title: v
						? `Mon corps, mon choix : ${w.at.fr}, les jeunes défendent leurs droits sexuels`
						: `${w.name.fr} : des jeunes accèdent à l’éducation sexuelle`,
					summary: `Avec des pairs éducateurs et une ligne d’écoute, une organisation partenaire de FOS informe les jeunes ${w.at.fr} sur la santé sexuelle et reproductive.`,
					body: md(
						`De nombreux jeunes ${w.at.fr} n’ont guère accès à une information fiable sur la sexualité, la contraception et leurs droits. Les grossesses précoces et les violences sexuelles restent un problème majeur.`,
						`Notre organisation partenaire a formé ${n} jeunes comme pairs éducateurs. Ils animent des ateliers dans les écoles et les maisons de jeunes et répondent aux questions via une ligne d’écoute et les réseaux sociaux.`,
						'L’organisation plaide aussi auprès du ministère de l’Éducation pour une véritable éducation relationnelle et sexuelle dans les programmes scolaires.'
					)
				},
				en: {
					title: v
						? `My body, my choice: young people ${w.at.en} stand up for their sexual rights`
						: `${w.name.en}: young people gain access to sexuality education`,
					summary: `Through peer educators and a youth helpline, a FOS partner organisation informs young people ${w.at.en} about sexual and reproductive health.`,
					body: md(
						`Many young people ${w.at.en} get hardly any reliable information about sexuality, contraception and their rights. Teenage pregnancy and sexual violence remain major problems.`,
						`Our partner organisation trained ${n} young people as peer educators. They run workshops in schools and youth centres and answer questions through a youth helpline and social media.`,
						'At the same time, the organisation is lobbying the Ministry of Education for comprehensive relationships and sexuality education in the curriculum.'
					)
				}
			};
		}
	},
	{
		key: 'social-security-access',
		tags: ['social-protection'],
		dossier: 'social-protection-floor',
		write: ({ w, sector, inSector, v }) => ({
			nl: {
				title: v
					? `Ziek, zwanger of oud: ${sector.nl} ${w.at.nl} vallen uit de boot`
					: `${w.name.nl}: ${sector.nl} eisen toegang tot sociale zekerheid`,
				summary: `Onze partners ${w.at.nl} voeren campagne om ${sector.nl} volwaardig aan te sluiten bij het nationale socialezekerheidsstelsel.`,
				body: md(
					`Wie ${inSector.nl} werkt, heeft ${w.at.nl} vaak geen volwaardige toegang tot ziekte-uitkering, moederschapsverlof of pensioen. Soms schiet de wet tekort, soms laten werkgevers na om hun werknemers aan te geven.`,
					'Onze partnerorganisatie bracht in kaart hoeveel werkers uit de boot vallen en stelde concrete oplossingen voor: een vereenvoudigde aangifte, bijdragen die rekening houden met onregelmatige inkomsten en strengere controles.',
					'FOS steunt de campagne, want sociale bescherming is een recht voor iedereen, niet alleen voor wie een vaste job heeft.'
				)
			},
			fr: {
				title: v
					? `Maladie, maternité, vieillesse : ${w.at.fr}, les ${sector.fr} restent sans protection`
					: `${w.name.fr} : les ${sector.fr} réclament l’accès à la sécurité sociale`,
				summary: `Nos partenaires ${w.at.fr} font campagne pour que les ${sector.fr} soient pleinement affiliés au système national de sécurité sociale.`,
				body: md(
					`${cap(w.at.fr)}, les personnes qui travaillent ${inSector.fr} n’ont souvent pas pleinement accès aux indemnités de maladie, au congé de maternité ou à la pension. Tantôt la loi est insuffisante, tantôt les employeurs ne déclarent pas leur personnel.`,
					'Notre organisation partenaire a recensé les travailleurs laissés pour compte et propose des solutions concrètes : une déclaration simplifiée, des cotisations adaptées aux revenus irréguliers et des contrôles plus stricts.',
					'FOS soutient la campagne, car la protection sociale est un droit pour toutes et tous, pas seulement pour celles et ceux qui ont un emploi stable.'
				)
			},
			en: {
				title: v
					? `Sick, pregnant or old: ${sector.en} ${w.at.en} left without protection`
					: `${w.name.en}: ${sector.en} demand access to social security`,
				summary: `Our partners ${w.at.en} are campaigning for ${sector.en} to be fully covered by the national social security system.`,
				body: md(
					`${cap(w.at.en)}, people working ${inSector.en} often lack full access to sickness benefits, maternity leave or a pension. Sometimes the law falls short; sometimes employers fail to register their workers.`,
					'Our partner organisation mapped how many workers are left out and proposed concrete solutions: simplified registration, contributions adapted to irregular incomes and stricter inspections.',
					'FOS supports the campaign, because social protection is a right for everyone, not only for those with a permanent job.'
				)
			}
		})
	},
	{
		key: 'abvv-exchange',
		tags: ['trade-unions'],
		withBelgium: true,
		write: ({ w, inSector, v }) => ({
			nl: {
				title: v
					? `Internationale solidariteit in de praktijk: uitwisseling tussen ${w.name.nl} en Vlaanderen`
					: `Vakbondsmilitanten ${w.from.nl} te gast bij het ABVV`,
				summary: `Een delegatie van een partnerorganisatie ${w.at.nl} liep een week mee met vakbondsmensen in Vlaanderen.`,
				body: md(
					`Een week lang liepen vakbondsmilitanten ${w.from.nl} mee met collega’s van het ABVV. Ze bezochten bedrijven, woonden een vergadering van een ondernemingsraad bij en praatten met de socialistische mutualiteit over ziekteverzekering.`,
					`Omgekeerd vertelden zij over hun strijd ${inSector.nl} en over de risico’s die vakbondswerk daar met zich meebrengt. “Zo verschillend zijn we niet”, klonk het na afloop. “Overal proberen werkgevers onzeker werk op te drijven.”`,
					'De uitwisseling maakt deel uit van het FOS-programma dat partners wereldwijd verbindt met de socialistische beweging in Vlaanderen. Want de sociale strijd is wereldwijd.'
				)
			},
			fr: {
				title: v
					? `La solidarité internationale en pratique : des syndicalistes ${w.from.fr} en Flandre`
					: `Des militants syndicaux ${w.from.fr} accueillis par l’ABVV-FGTB`,
				summary: `Une délégation d’une organisation partenaire ${w.at.fr} a passé une semaine aux côtés de syndicalistes en Flandre.`,
				body: md(
					`Pendant une semaine, des militants syndicaux ${w.from.fr} ont accompagné leurs collègues de l’ABVV-FGTB. Ils ont visité des entreprises, assisté à une réunion de conseil d’entreprise et discuté d’assurance maladie avec la mutualité socialiste.`,
					`En retour, ils ont parlé de leur lutte ${inSector.fr} et des risques qu’y comporte l’action syndicale. « Nous ne sommes pas si différents », entendait-on à la fin. « Partout, les employeurs essaient de multiplier le travail précaire. »`,
					'L’échange fait partie du programme de FOS qui relie des partenaires du monde entier au mouvement socialiste en Flandre. Car la lutte sociale est mondiale.'
				)
			},
			en: {
				title: v
					? `International solidarity in practice: an exchange between ${w.name.en} and Flanders`
					: `Trade union activists ${w.from.en} visit ABVV`,
				summary: `A delegation from a partner organisation ${w.at.en} spent a week alongside trade unionists in Flanders.`,
				body: md(
					`For a week, union activists ${w.from.en} shadowed colleagues from ABVV. They visited companies, attended a works council meeting and talked with the socialist mutual health fund about health insurance.`,
					`In return, they spoke about their struggle ${inSector.en} and the risks that union work brings there. “We are not so different”, was the conclusion. “Everywhere, employers are trying to push up precarious work.”`,
					'The exchange is part of the FOS programme that connects partners worldwide with the socialist movement in Flanders. Because the social struggle is global.'
				)
			}
		})
	},
	{
		key: 'climate-workers',
		tags: ['climate-justice', 'decent-work'],
		write: ({ w, sector, v }) => ({
			nl: {
				title: v
					? `Hitte, droogte en overstromingen: ${sector.nl} ${w.at.nl} eisen een rechtvaardige transitie`
					: `${w.name.nl}: klimaatverandering treft ${sector.nl} het hardst`,
				summary: `Onze partners ${w.at.nl} brengen in kaart hoe extreem weer de werk- en leefomstandigheden van ${sector.nl} verslechtert.`,
				body: md(
					'Werken in extreme hitte, oogsten die mislukken, overstromingen die wijken onbewoonbaar maken: de klimaatcrisis is ook een sociale crisis. Wie het minst verdient, heeft de minste middelen om zich te beschermen.',
					`Onze partnerorganisatie verzamelde getuigenissen van ${sector.nl} en stelde concrete eisen op: maximumtemperaturen op de werkvloer, recht op rustpauzes en sociale bescherming wanneer het werk door het weer stilvalt.`,
					'FOS pleit voor een rechtvaardige transitie, waarbij werknemers en hun organisaties mee aan tafel zitten wanneer over klimaatbeleid beslist wordt.'
				)
			},
			fr: {
				title: v
					? `Chaleur, sécheresses et inondations : ${w.at.fr}, les ${sector.fr} exigent une transition juste`
					: `${w.name.fr} : le changement climatique frappe d’abord les ${sector.fr}`,
				summary: `Nos partenaires ${w.at.fr} documentent comment les phénomènes météorologiques extrêmes dégradent les conditions de travail et de vie des ${sector.fr}.`,
				body: md(
					'Travailler sous une chaleur extrême, des récoltes perdues, des inondations qui rendent des quartiers inhabitables : la crise climatique est aussi une crise sociale. Celles et ceux qui gagnent le moins ont le moins de moyens pour se protéger.',
					`Notre organisation partenaire a recueilli les témoignages des ${sector.fr} et formulé des revendications concrètes : des températures maximales sur le lieu de travail, un droit aux pauses et une protection sociale quand le travail s’arrête à cause de la météo.`,
					'FOS plaide pour une transition juste, où les travailleurs et leurs organisations ont voix au chapitre lorsque les politiques climatiques sont décidées.'
				)
			},
			en: {
				title: v
					? `Heat, drought and floods: ${sector.en} ${w.at.en} demand a just transition`
					: `${w.name.en}: climate change hits ${sector.en} hardest`,
				summary: `Our partners ${w.at.en} are documenting how extreme weather is worsening the working and living conditions of ${sector.en}.`,
				body: md(
					'Working in extreme heat, failed harvests, floods that make neighbourhoods uninhabitable: the climate crisis is also a social crisis. Those who earn the least have the fewest means to protect themselves.',
					`Our partner organisation gathered testimonies from ${sector.en} and drew up concrete demands: maximum temperatures at the workplace, the right to rest breaks and social protection when weather brings work to a halt.`,
					'FOS calls for a just transition, in which workers and their organisations have a seat at the table when climate policy is decided.'
				)
			}
		})
	},
	{
		key: 'migrant-workers',
		tags: ['migration', 'trade-unions'],
		write: ({ w, inSector, v }) => ({
			nl: {
				title: v
					? `Over de grens, zonder rechten? Partners ${w.at.nl} steunen arbeidsmigranten`
					: `${w.name.nl}: vakbonden komen op voor migrerende werknemers`,
				summary: `Onze partners ${w.at.nl} bieden migrerende werknemers informatie en juridische steun, en organiseren hen samen met hun collega’s.`,
				body: md(
					`Migrerende werknemers komen vaak terecht in de zwaarste en slechtst betaalde jobs, ${inSector.nl} en daarbuiten. Zonder papieren of met een tijdelijke verblijfsvergunning durven ze zelden een klacht in te dienen.`,
					'Onze partners organiseren infosessies in verschillende talen, bieden juridische bijstand en zorgen ervoor dat migrerende werknemers lid kunnen worden van de vakbond, met dezelfde rechten als hun collega’s.',
					'Voor FOS is het duidelijk: werknemers tegen elkaar opzetten verzwakt iedereen. Alleen samen kunnen ze betere lonen en arbeidsvoorwaarden afdwingen.'
				)
			},
			fr: {
				title: v
					? `Passer la frontière, perdre ses droits ? ${cap(w.at.fr)}, nos partenaires soutiennent les travailleurs migrants`
					: `${w.name.fr} : les syndicats défendent les travailleurs migrants`,
				summary: `Nos partenaires ${w.at.fr} offrent aux travailleurs migrants information et soutien juridique, et les organisent avec leurs collègues.`,
				body: md(
					`Les travailleurs migrants se retrouvent souvent dans les emplois les plus durs et les moins bien payés, ${inSector.fr} comme ailleurs. Sans papiers ou avec un titre de séjour temporaire, ils osent rarement porter plainte.`,
					'Nos partenaires organisent des séances d’information en plusieurs langues, offrent une assistance juridique et veillent à ce que les travailleurs migrants puissent s’affilier au syndicat, avec les mêmes droits que leurs collègues.',
					'Pour FOS, c’est clair : monter les travailleurs les uns contre les autres affaiblit tout le monde. Ce n’est qu’ensemble qu’ils peuvent obtenir de meilleurs salaires et conditions de travail.'
				)
			},
			en: {
				title: v
					? `Across the border, without rights? Partners ${w.at.en} support migrant workers`
					: `${w.name.en}: unions stand up for migrant workers`,
				summary: `Our partners ${w.at.en} offer migrant workers information and legal support, and organise them together with their colleagues.`,
				body: md(
					`Migrant workers often end up in the hardest and worst-paid jobs, ${inSector.en} and beyond. Undocumented or on a temporary residence permit, they rarely dare to file a complaint.`,
					'Our partners run information sessions in several languages, provide legal assistance and make sure migrant workers can join the union, with the same rights as their colleagues.',
					'For FOS it is clear: pitting workers against each other weakens everyone. Only together can they win better wages and working conditions.'
				)
			}
		})
	}
];

const fosStandalone: Standalone[] = [
	{
		key: 'fos-uhc-day-2025',
		publishedAt: '2025-12-12T06:10:00Z',
		tags: ['health', 'social-protection'],
		countries: [],
		dossier: 'universal-health-coverage',
		text: {
			nl: {
				title: '12 december: gezondheidszorg voor iedereen is een politieke keuze',
				summary:
					'Op de Dag van de Universele Gezondheidsdekking herinnert FOS eraan dat toegankelijke zorg geen kwestie van geld is, maar van politieke wil.',
				body: md(
					'Nog altijd hebben miljoenen mensen geen toegang tot essentiële gezondheidszorg, en elk jaar worden er miljoenen in armoede geduwd door de kosten van zorg. Dat is geen noodlot, maar het gevolg van politieke keuzes.',
					'Samen met onze partners pleit FOS voor sterke publieke gezondheidssystemen, solidair gefinancierd en toegankelijk voor iedereen. Dat vraagt meer publieke investeringen, eerlijke belastingen en een halt aan de privatisering van zorg.'
				)
			},
			fr: {
				title: '12 décembre : la santé pour toutes et tous est un choix politique',
				summary:
					'À l’occasion de la Journée de la couverture santé universelle, FOS rappelle que des soins accessibles ne sont pas une question d’argent, mais de volonté politique.',
				body: md(
					'Des millions de personnes n’ont toujours pas accès aux soins de santé essentiels, et chaque année des millions d’autres basculent dans la pauvreté à cause du coût des soins. Ce n’est pas une fatalité, mais le résultat de choix politiques.',
					'Avec ses partenaires, FOS plaide pour des systèmes de santé publics forts, financés de manière solidaire et accessibles à toutes et tous. Cela exige davantage d’investissements publics, une fiscalité juste et un coup d’arrêt à la privatisation des soins.'
				)
			},
			en: {
				title: '12 December: health care for all is a political choice',
				summary:
					'On Universal Health Coverage Day, FOS points out that accessible care is not a question of money but of political will.',
				body: md(
					'Millions of people still have no access to essential health care, and every year millions more are pushed into poverty by the cost of care. That is not fate; it is the result of political choices.',
					'Together with our partners, FOS advocates strong public health systems, financed through solidarity and accessible to everyone. That requires more public investment, fair taxation and a halt to the privatisation of care.'
				)
			}
		}
	},
	{
		key: 'fos-womens-day-2026',
		publishedAt: '2026-03-08T06:10:00Z',
		tags: ['gender', 'decent-work'],
		countries: [],
		text: {
			nl: {
				title: '8 maart: vrouwenrechten zijn arbeidsrechten',
				summary:
					'Op Internationale Vrouwendag zet FOS de vrouwen in de kijker die wereldwijd strijden voor gelijk loon en een werkvloer zonder geweld.',
				body: md(
					'Vrouwen verdienen wereldwijd gemiddeld zowat een vijfde minder dan mannen, doen het meeste onbetaalde zorgwerk en werken vaker in onzekere jobs. Op 8 maart eisen ze overal ter wereld hun rechten op.',
					'FOS staat naast hen: van huishoudwerkers in Bolivia tot textielarbeidsters in Guatemala. Want gendergelijkheid op de werkvloer is geen gunst, maar een recht.'
				)
			},
			fr: {
				title: '8 mars : les droits des femmes sont des droits du travail',
				summary:
					'Pour la Journée internationale des femmes, FOS met à l’honneur les femmes qui se battent partout pour l’égalité salariale et un travail sans violence.',
				body: md(
					'Dans le monde, les femmes gagnent en moyenne environ un cinquième de moins que les hommes, assument l’essentiel du travail de soin non rémunéré et occupent plus souvent des emplois précaires. Le 8 mars, elles revendiquent leurs droits partout dans le monde.',
					'FOS est à leurs côtés : des travailleuses domestiques en Bolivie aux ouvrières du textile au Guatemala. Car l’égalité de genre au travail n’est pas une faveur, c’est un droit.'
				)
			},
			en: {
				title: '8 March: women’s rights are workers’ rights',
				summary:
					'On International Women’s Day, FOS highlights the women fighting worldwide for equal pay and a workplace free of violence.',
				body: md(
					'Worldwide, women earn on average roughly a fifth less than men, do most of the unpaid care work and more often hold insecure jobs. On 8 March they claim their rights all over the world.',
					'FOS stands with them: from domestic workers in Bolivia to garment workers in Guatemala. Because gender equality at work is not a favour, it is a right.'
				)
			}
		}
	}
];

const FOS_ROUNDS = 3;
const fosPlan = Array.from({ length: FOS_ROUNDS }, (_, round) =>
	fosStories.map((story, t) => ({ story, t, round }))
).flat();

const fosGenerated: SeedNews[] = fosPlan.map(({ story, t, round }, j): SeedNews => {
	const ctx = at(fosContexts, t + round);
	const drafts = story.write({
		w: where(ctx.code),
		sector: ctx.sector,
		inSector: ctx.inSector,
		a: at(counts, j * 5 + 2),
		v: round % 2
	});
	return {
		key: `fos-${story.key}-${ctx.code.toLowerCase()}`,
		site: 'fos',
		publishedAt: utc(2 + Math.floor((j * (SPAN - 3)) / (fosPlan.length - 1)), 11 + (j % 3), (j * 23) % 60),
		author: at(fosAuthors, j),
		tags: [...story.tags],
		countries: story.withBelgium ? [ctx.code, 'BE'] : [ctx.code],
		...(story.dossier ? { dossier: story.dossier } : {}),
		translations: localize('fos', drafts, fosLocales)
	};
});

const byDate = (x: SeedNews, y: SeedNews): number => x.publishedAt.localeCompare(y.publishedAt);

export const seedNews: SeedNews[] = [
	...wsmGenerated,
	...fromStandalone('wsm', wsmAuthors, wsmStandalone),
	...fosGenerated,
	...fromStandalone('fos', fosAuthors, fosStandalone)
].sort(byDate);

// ---------------------------------------------------------------- events

// EU rule: summer time from the last Sunday of March to the last Sunday of October, switching at 01:00 UTC.
const lastSunday = (year: number, month: number): number => {
	const last = new Date(Date.UTC(year, month, 0)); // month is 1-based here, so this is its last day
	return last.getUTCDate() - last.getUTCDay();
};

const brusselsOffset = (date: string, time: string): string => {
	const y = Number(date.slice(0, 4));
	const m = Number(date.slice(5, 7));
	const d = Number(date.slice(8, 10));
	const h = Number(time.slice(0, 2));
	let summer = m > 3 && m < 10;
	if (m === 3) {
		const sunday = lastSunday(y, 3);
		summer = d > sunday || (d === sunday && h >= 3);
	}
	if (m === 10) {
		const sunday = lastSunday(y, 10);
		summer = d < sunday || (d === sunday && h < 2);
	}
	return summer ? '+02:00' : '+01:00';
};

const brussels = (date: string, time: string): string => `${date}T${time}:00${brusselsOffset(date, time)}`;

interface EventBlock<L extends Locale> {
	key: string;
	start: [string, string];
	end: [string, string];
	place?: string;
	onlineUrl?: string;
	text: Record<L, Draft>;
}

const buildEvents = <L extends Locale>(
	site: Site,
	locales: readonly L[],
	blocks: EventBlock<L>[]
): SeedEvent[] =>
	blocks.map((e): SeedEvent => ({
		key: e.key,
		site,
		startsAt: brussels(...e.start),
		endsAt: brussels(...e.end),
		timeZone: 'Europe/Brussels',
		...(e.place ? { place: e.place } : {}),
		...(e.onlineUrl ? { onlineUrl: e.onlineUrl } : {}),
		translations: localize(site, e.text, locales)
	}));

const wsmHouse = 'Haachtsesteenweg 579, 1030 Schaarbeek';
const ghent = 'Sint-Pietersnieuwstraat 33, 9000 Gent';
const liege = 'Rue Saint-Gilles 29, 4000 Liège';
const fosHouse = 'Grasmarkt 105, 1000 Brussel';
const fosGhent = 'Sint-Jacobsnieuwstraat 20, 9000 Gent';

const wsmEventBlocks: EventBlock<Locale>[] = [
	{
		key: 'wsm-womens-day-2025',
		start: ['2025-03-08', '10:00'],
		end: ['2025-03-08', '16:00'],
		place: wsmHouse,
		text: {
			nl: {
				title: 'Vrouwendag: vrouwen en waardig werk wereldwijd',
				summary: 'Een dag van ontmoeting en debat met vrouwelijke vakbondsleiders uit onze partnerlanden.',
				body: md(
					'Op 8 maart zetten we vrouwen in de kijker die wereldwijd opkomen voor waardig werk. Vrouwelijke leiders van vakbonden en mutualiteiten uit Afrika, Azië en Latijns-Amerika vertellen over hun strijd.',
					'In de namiddag gaan we in workshops aan de slag rond huishoudwerk, gelijk loon en geweld op het werk. Lunch voorzien. Deelname is gratis, inschrijven is wel verplicht.'
				)
			},
			fr: {
				title: 'Journée des femmes : femmes et travail décent dans le monde',
				summary:
					'Une journée de rencontre et de débat avec des dirigeantes syndicales de nos pays partenaires.',
				body: md(
					'Le 8 mars, nous mettons à l’honneur les femmes qui se battent pour le travail décent dans le monde. Des dirigeantes de syndicats et de mutuelles d’Afrique, d’Asie et d’Amérique latine témoignent de leur combat.',
					'L’après-midi, des ateliers abordent le travail domestique, l’égalité salariale et la violence au travail. Le déjeuner est prévu. La participation est gratuite, mais l’inscription est obligatoire.'
				)
			},
			en: {
				title: 'Women’s Day: women and decent work worldwide',
				summary: 'A day of encounters and debate with women union leaders from our partner countries.',
				body: md(
					'On 8 March we put the spotlight on women who fight for decent work around the world. Women leaders of trade unions and mutual health organisations from Africa, Asia and Latin America talk about their struggle.',
					'In the afternoon, workshops deal with domestic work, equal pay and violence at work. Lunch is provided. Participation is free, but registration is required.'
				)
			},
			es: {
				title: 'Día de la Mujer: mujeres y trabajo decente en el mundo',
				summary: 'Una jornada de encuentro y debate con dirigentes sindicales de nuestros países socios.',
				body: md(
					'El 8 de marzo ponemos el foco en las mujeres que luchan por el trabajo decente en todo el mundo. Dirigentes de sindicatos y mutualidades de África, Asia y América Latina cuentan su lucha.',
					'Por la tarde, talleres sobre trabajo del hogar, igualdad salarial y violencia en el trabajo. Almuerzo incluido. La participación es gratuita, pero la inscripción es obligatoria.'
				)
			}
		}
	},
	{
		key: 'wsm-webinar-informal-economy-2025',
		start: ['2025-06-12', '14:00'],
		end: ['2025-06-12', '15:30'],
		onlineUrl: 'https://example.org/wsm/webinars/social-protection-informal-economy',
		text: {
			nl: {
				title: 'Webinar: sociale bescherming voor informele werkers',
				summary:
					'Hoe bereik je werkers zonder contract met sociale bescherming? Partners uit Senegal en Nepal delen hun ervaring.',
				body: md(
					'Zes op de tien werkenden wereldwijd verdienen de kost in de informele economie. In dit webinar tonen een mutualiteit en een vakbond hoe ze hen toch toegang geven tot gezondheidszorg en inkomenszekerheid.',
					'Het webinar duurt anderhalf uur en wordt vertaald naar het Nederlands, Frans, Engels en Spaans. Na inschrijving ontvang je de link.'
				)
			},
			fr: {
				title: 'Webinaire : la protection sociale pour les travailleurs informels',
				summary:
					'Comment offrir une protection sociale aux travailleurs sans contrat ? Des partenaires du Sénégal et du Népal partagent leur expérience.',
				body: md(
					'Six travailleurs sur dix dans le monde gagnent leur vie dans l’économie informelle. Dans ce webinaire, une mutuelle et un syndicat montrent comment ils leur donnent malgré tout accès aux soins de santé et à une sécurité de revenu.',
					'Le webinaire dure une heure et demie et est traduit en néerlandais, français, anglais et espagnol. Vous recevrez le lien après votre inscription.'
				)
			},
			en: {
				title: 'Webinar: social protection for informal workers',
				summary:
					'How do you reach workers without a contract with social protection? Partners from Senegal and Nepal share their experience.',
				body: md(
					'Six in ten workers worldwide earn their living in the informal economy. In this webinar, a mutual health organisation and a trade union show how they still give them access to health care and income security.',
					'The webinar lasts an hour and a half and is interpreted into Dutch, French, English and Spanish. You will receive the link after registering.'
				)
			},
			es: {
				title: 'Seminario web: protección social para trabajadores informales',
				summary:
					'¿Cómo llegar con protección social a quienes trabajan sin contrato? Socios de Senegal y Nepal comparten su experiencia.',
				body: md(
					'Seis de cada diez personas trabajadoras en el mundo se ganan la vida en la economía informal. En este seminario web, una mutualidad y un sindicato muestran cómo logran darles acceso a la salud y a la seguridad de ingresos.',
					'El seminario dura hora y media y cuenta con interpretación al neerlandés, francés, inglés y español. Recibirás el enlace tras inscribirte.'
				)
			}
		}
	},
	{
		key: 'wsm-volunteer-day-2025',
		start: ['2025-10-25', '09:30'],
		end: ['2025-10-25', '17:00'],
		place: ghent,
		text: {
			nl: {
				title: 'Vrijwilligersdag 2025',
				summary: 'Een dag vol vorming, ontmoeting en inspiratie voor alle vrijwilligers van WSM.',
				body: md(
					'Onze jaarlijkse vrijwilligersdag brengt vrijwilligers uit heel Vlaanderen en Brussel samen. We blikken terug op de campagnes van het voorbije jaar en bereiden de volgende voor.',
					'Met workshops over campagnevoeren, sociale media en het organiseren van een debat in je eigen regio. Lunch en vervoerskosten worden vergoed.'
				)
			},
			fr: {
				title: 'Journée des bénévoles 2025',
				summary: 'Une journée de formation, de rencontres et d’inspiration pour tous les bénévoles de WSM.',
				body: md(
					'Notre journée annuelle des bénévoles rassemble des bénévoles de toute la Flandre et de Bruxelles. Nous revenons sur les campagnes de l’année écoulée et préparons les suivantes.',
					'Au programme : des ateliers sur l’animation de campagnes, les réseaux sociaux et l’organisation d’un débat dans votre région. Le déjeuner et les frais de déplacement sont pris en charge.'
				)
			},
			en: {
				title: 'Volunteer day 2025',
				summary: 'A day of training, encounters and inspiration for all WSM volunteers.',
				body: md(
					'Our annual volunteer day brings together volunteers from all over Flanders and Brussels. We look back on last year’s campaigns and prepare the next ones.',
					'With workshops on campaigning, social media and organising a debate in your own region. Lunch and travel expenses are covered.'
				)
			},
			es: {
				title: 'Jornada de voluntariado 2025',
				summary:
					'Una jornada de formación, encuentro e inspiración para todas las personas voluntarias de WSM.',
				body: md(
					'Nuestra jornada anual de voluntariado reúne a voluntarias y voluntarios de toda Flandes y Bruselas. Repasamos las campañas del último año y preparamos las siguientes.',
					'Con talleres sobre campañas, redes sociales y cómo organizar un debate en tu región. Se cubren el almuerzo y los gastos de desplazamiento.'
				)
			}
		}
	},
	{
		key: 'wsm-living-wage-debate-2025',
		start: ['2025-10-28', '19:30'],
		end: ['2025-10-28', '21:30'],
		place: liege,
		text: {
			nl: {
				title: 'Debat: een leefbaar loon in de toeleveringsketen',
				summary:
					'Vakbondsmensen, ondernemers en onderzoekers debatteren over leefbare lonen in mondiale toeleveringsketens.',
				body: md(
					'Wie maakt onze kleren, wie teelt onze koffie en cacao, en kan die persoon daarvan leven? Samen met vakbondsmensen, ondernemers en onderzoekers gaan we na wat bedrijven en overheden kunnen doen.',
					'Het debat vindt plaats in het Frans, met vertaling naar het Nederlands. Toegang gratis.'
				)
			},
			fr: {
				title: 'Débat : un salaire vital dans les chaînes d’approvisionnement',
				summary:
					'Syndicalistes, entrepreneurs et chercheurs débattent des salaires vitaux dans les chaînes d’approvisionnement mondiales.',
				body: md(
					'Qui fabrique nos vêtements, qui cultive notre café et notre cacao, et ces personnes peuvent-elles en vivre ? Avec des syndicalistes, des entrepreneurs et des chercheurs, nous examinons ce que les entreprises et les pouvoirs publics peuvent faire.',
					'Le débat a lieu en français, avec traduction vers le néerlandais. Entrée gratuite.'
				)
			},
			en: {
				title: 'Debate: a living wage in supply chains',
				summary:
					'Trade unionists, entrepreneurs and researchers debate living wages in global supply chains.',
				body: md(
					'Who makes our clothes, who grows our coffee and cocoa, and can they live on what they earn? With trade unionists, entrepreneurs and researchers we look at what companies and governments can do.',
					'The debate is in French, with interpretation into Dutch. Free admission.'
				)
			},
			es: {
				title: 'Debate: un salario vital en las cadenas de suministro',
				summary:
					'Sindicalistas, empresarios e investigadores debaten sobre salarios vitales en las cadenas de suministro mundiales.',
				body: md(
					'¿Quién fabrica nuestra ropa, quién cultiva nuestro café y nuestro cacao, y pueden vivir de ello? Con sindicalistas, empresarios e investigadores analizamos qué pueden hacer las empresas y los gobiernos.',
					'El debate se celebra en francés, con interpretación al neerlandés. Entrada gratuita.'
				)
			}
		}
	},
	{
		key: 'wsm-social-protection-study-2026',
		start: ['2026-02-20', '13:30'],
		end: ['2026-02-20', '17:30'],
		place: wsmHouse,
		text: {
			nl: {
				title: 'Studienamiddag: hoe financieren we een sociale beschermingsvloer?',
				summary:
					'Op de Werelddag van de sociale rechtvaardigheid gaan sprekers uit ons internationale netwerk in gesprek over de financiering van sociale bescherming.',
				body: md(
					'Op de Werelddag van de sociale rechtvaardigheid buigen we ons over een cruciale vraag: hoe financieren landen een sociale beschermingsvloer voor iedereen? Sprekers uit ons internationale netwerk en uit de Belgische ontwikkelingssamenwerking gaan in gesprek.',
					'Met simultaanvertaling Nederlands–Frans. Na afloop is er een drankje.'
				)
			},
			fr: {
				title: 'Après-midi d’étude : comment financer un socle de protection sociale ?',
				summary:
					'Pour la Journée mondiale de la justice sociale, des intervenants de notre réseau international débattent du financement de la protection sociale.',
				body: md(
					'À l’occasion de la Journée mondiale de la justice sociale, nous nous penchons sur une question cruciale : comment les pays peuvent-ils financer un socle de protection sociale pour toutes et tous ? Des intervenants de notre réseau international et de la coopération belge au développement en débattent.',
					'Avec traduction simultanée néerlandais–français. Un verre clôturera l’après-midi.'
				)
			},
			en: {
				title: 'Study afternoon: how do we finance a social protection floor?',
				summary:
					'On the World Day of Social Justice, speakers from our international network discuss how to finance social protection.',
				body: md(
					'On the World Day of Social Justice we address a crucial question: how can countries finance a social protection floor for everyone? Speakers from our international network and from Belgian development cooperation discuss the options.',
					'With simultaneous interpretation Dutch–French. Drinks afterwards.'
				)
			},
			es: {
				title: 'Tarde de estudio: ¿cómo financiar un piso de protección social?',
				summary:
					'En el Día Mundial de la Justicia Social, ponentes de nuestra red internacional debaten sobre la financiación de la protección social.',
				body: md(
					'En el Día Mundial de la Justicia Social abordamos una pregunta crucial: ¿cómo pueden los países financiar un piso de protección social para todas las personas? Ponentes de nuestra red internacional y de la cooperación belga al desarrollo debaten al respecto.',
					'Con interpretación simultánea neerlandés–francés. Al final habrá un brindis.'
				)
			}
		}
	},
	{
		key: 'wsm-decent-work-day-2026',
		start: ['2026-10-07', '12:00'],
		end: ['2026-10-07', '14:00'],
		place: 'Kunstberg, 1000 Brussel',
		text: {
			nl: {
				title: 'Werelddag voor waardig werk: actie in Brussel',
				summary:
					'Op 7 oktober komen we samen met vakbonden en mutualiteiten op straat voor waardig werk wereldwijd.',
				body: md(
					'Op de Werelddag voor waardig werk voeren vakbonden over de hele wereld actie. Ook in Brussel laten we van ons horen, samen met het coördinatieplatform Waardig Werk.',
					'Afspraak om 12 uur op de Kunstberg. Breng je vakbondssjaal of je WSM-T-shirt mee!'
				)
			},
			fr: {
				title: 'Journée mondiale pour le travail décent : action à Bruxelles',
				summary:
					'Le 7 octobre, nous descendons dans la rue avec les syndicats et les mutualités pour le travail décent dans le monde.',
				body: md(
					'Lors de la Journée mondiale pour le travail décent, les syndicats se mobilisent partout dans le monde. À Bruxelles aussi, nous faisons entendre notre voix, avec la plateforme Travail décent.',
					'Rendez-vous à midi au Mont des Arts. Apportez votre écharpe syndicale ou votre t-shirt WSM !'
				)
			},
			en: {
				title: 'World Day for Decent Work: action in Brussels',
				summary:
					'On 7 October we take to the streets with trade unions and mutual health funds for decent work worldwide.',
				body: md(
					'On the World Day for Decent Work, trade unions take action all over the world. In Brussels, too, we make our voices heard, together with the Decent Work platform.',
					'Meet at noon at the Mont des Arts (Kunstberg). Bring your union scarf or your WSM T-shirt!'
				)
			},
			es: {
				title: 'Jornada Mundial por el Trabajo Decente: acción en Bruselas',
				summary:
					'El 7 de octubre salimos a la calle con sindicatos y mutualidades por el trabajo decente en todo el mundo.',
				body: md(
					'En la Jornada Mundial por el Trabajo Decente, los sindicatos se movilizan en todo el mundo. También en Bruselas alzamos la voz, junto con la plataforma Trabajo Decente.',
					'Nos vemos a mediodía en el Mont des Arts (Kunstberg). ¡Trae tu bufanda sindical o tu camiseta de WSM!'
				)
			}
		}
	},
	{
		key: 'wsm-human-rights-webinar-2026',
		start: ['2026-12-10', '18:00'],
		end: ['2026-12-10', '19:30'],
		onlineUrl: 'https://example.org/wsm/webinars/human-rights-day',
		text: {
			nl: {
				title: 'Webinar: sociale bescherming is een mensenrecht',
				summary:
					'Op de Dag van de Mensenrechten bespreken we hoe sociale bewegingen het recht op sociale bescherming afdwingen.',
				body: md(
					'Op 10 december, de Dag van de Mensenrechten, staan we stil bij het recht op sociale zekerheid, zoals vastgelegd in de Universele Verklaring van de Rechten van de Mens.',
					'Partners uit Latijns-Amerika en Afrika vertellen hoe ze dat recht afdwingen bij hun regering. Met vertaling naar het Nederlands, Frans, Engels en Spaans.'
				)
			},
			fr: {
				title: 'Webinaire : la protection sociale est un droit humain',
				summary:
					'À l’occasion de la Journée des droits de l’homme, nous voyons comment les mouvements sociaux font respecter le droit à la protection sociale.',
				body: md(
					'Le 10 décembre, Journée des droits de l’homme, nous mettons en lumière le droit à la sécurité sociale inscrit dans la Déclaration universelle des droits de l’homme.',
					'Des partenaires d’Amérique latine et d’Afrique expliquent comment ils font valoir ce droit auprès de leur gouvernement. Avec traduction en néerlandais, français, anglais et espagnol.'
				)
			},
			en: {
				title: 'Webinar: social protection is a human right',
				summary:
					'On Human Rights Day we discuss how social movements enforce the right to social protection.',
				body: md(
					'On 10 December, Human Rights Day, we focus on the right to social security as laid down in the Universal Declaration of Human Rights.',
					'Partners from Latin America and Africa explain how they hold their governments to that right. With interpretation into Dutch, French, English and Spanish.'
				)
			},
			es: {
				title: 'Seminario web: la protección social es un derecho humano',
				summary:
					'En el Día de los Derechos Humanos analizamos cómo los movimientos sociales hacen valer el derecho a la protección social.',
				body: md(
					'El 10 de diciembre, Día de los Derechos Humanos, ponemos el foco en el derecho a la seguridad social recogido en la Declaración Universal de Derechos Humanos.',
					'Socios de América Latina y África cuentan cómo exigen ese derecho a sus gobiernos. Con interpretación al neerlandés, francés, inglés y español.'
				)
			}
		}
	},
	{
		key: 'wsm-new-year-debate-2027',
		start: ['2027-01-28', '19:00'],
		end: ['2027-01-28', '21:30'],
		place: ghent,
		text: {
			nl: {
				title: 'Nieuwjaarsdebat: sociale bewegingen in een gepolariseerde wereld',
				summary:
					'We openen het nieuwe jaar met een debat over de rol van sociale bewegingen nu de ruimte voor het middenveld krimpt.',
				body: md(
					'Wereldwijd staat de ruimte voor vakbonden, mutualiteiten en andere sociale bewegingen onder druk. Hoe blijven ze hun leden verenigen en mobiliseren? En wat betekent internationale solidariteit vandaag?',
					'Na het debat klinken we samen op het nieuwe jaar.'
				)
			},
			fr: {
				title: 'Débat du Nouvel An : les mouvements sociaux dans un monde polarisé',
				summary:
					'Nous ouvrons la nouvelle année par un débat sur le rôle des mouvements sociaux alors que l’espace de la société civile se réduit.',
				body: md(
					'Partout dans le monde, l’espace des syndicats, des mutuelles et des autres mouvements sociaux est sous pression. Comment continuer à rassembler et à mobiliser leurs membres ? Et que signifie la solidarité internationale aujourd’hui ?',
					'Après le débat, nous trinquerons ensemble à la nouvelle année.'
				)
			},
			en: {
				title: 'New Year debate: social movements in a polarised world',
				summary: 'We open the new year with a debate on the role of social movements as civic space shrinks.',
				body: md(
					'Around the world, the space for trade unions, mutual health organisations and other social movements is under pressure. How do they keep uniting and mobilising their members? And what does international solidarity mean today?',
					'After the debate we raise a glass to the new year.'
				)
			},
			es: {
				title: 'Debate de Año Nuevo: los movimientos sociales en un mundo polarizado',
				summary:
					'Abrimos el nuevo año con un debate sobre el papel de los movimientos sociales cuando se reduce el espacio cívico.',
				body: md(
					'En todo el mundo, el espacio de los sindicatos, las mutualidades y otros movimientos sociales está bajo presión. ¿Cómo siguen uniendo y movilizando a sus miembros? ¿Y qué significa hoy la solidaridad internacional?',
					'Después del debate brindaremos juntos por el nuevo año.'
				)
			}
		}
	},
	{
		// Spans the switch to summer time on 28 March 2027.
		key: 'wsm-training-weekend-2027',
		start: ['2027-03-27', '10:00'],
		end: ['2027-03-28', '16:00'],
		place: ghent,
		text: {
			nl: {
				title: 'Vormingsweekend internationale solidariteit',
				summary:
					'Twee dagen vorming voor wie zich wil engageren voor waardig werk en sociale bescherming wereldwijd.',
				body: md(
					'Tijdens dit weekend leer je meer over de werking van WSM en haar partners, over campagnevoeren en over de mondiale strijd voor waardig werk.',
					'Let op: in de nacht van zaterdag op zondag gaat de klok een uur vooruit. We starten zondag om 9 uur, nieuwe tijd. Overnachting en maaltijden zijn inbegrepen.'
				)
			},
			fr: {
				title: 'Week-end de formation à la solidarité internationale',
				summary:
					'Deux jours de formation pour celles et ceux qui veulent s’engager pour le travail décent et la protection sociale dans le monde.',
				body: md(
					'Pendant ce week-end, vous découvrez le fonctionnement de WSM et de ses partenaires, l’animation de campagnes et la lutte mondiale pour le travail décent.',
					'Attention : dans la nuit de samedi à dimanche, on avance l’heure d’une heure. Nous reprenons dimanche à 9 heures, nouvelle heure. Nuitée et repas compris.'
				)
			},
			en: {
				title: 'Training weekend on international solidarity',
				summary:
					'Two days of training for anyone who wants to get involved in decent work and social protection worldwide.',
				body: md(
					'During this weekend you learn more about how WSM and its partners work, about campaigning and about the global struggle for decent work.',
					'Please note: the clocks go forward one hour on Saturday night. We resume on Sunday at 9 a.m., new time. Accommodation and meals are included.'
				)
			},
			es: {
				title: 'Fin de semana de formación en solidaridad internacional',
				summary:
					'Dos días de formación para quienes quieran comprometerse con el trabajo decente y la protección social en el mundo.',
				body: md(
					'Durante este fin de semana conocerás mejor el trabajo de WSM y sus socios, cómo hacer campaña y la lucha mundial por el trabajo decente.',
					'Atención: en la noche del sábado al domingo se adelanta el reloj una hora. Retomamos el domingo a las 9, hora nueva. Alojamiento y comidas incluidos.'
				)
			}
		}
	},
	{
		key: 'wsm-ilc-debrief-2027',
		start: ['2027-06-24', '14:00'],
		end: ['2027-06-24', '15:30'],
		onlineUrl: 'https://example.org/wsm/webinars/ilc-debrief',
		text: {
			nl: {
				title: 'Webinar: terugblik op de Internationale Arbeidsconferentie',
				summary: 'Wat leverde de Internationale Arbeidsconferentie in Genève op voor werknemers wereldwijd?',
				body: md(
					'Elk jaar in juni komen regeringen, werkgevers en vakbonden samen op de Internationale Arbeidsconferentie van de IAO in Genève. Onze partners waren erbij.',
					'In dit webinar blikken we samen terug op de belangrijkste beslissingen en wat ze betekenen voor waardig werk en sociale bescherming.'
				)
			},
			fr: {
				title: 'Webinaire : retour sur la Conférence internationale du Travail',
				summary:
					'Qu’a apporté la Conférence internationale du Travail de Genève aux travailleurs du monde entier ?',
				body: md(
					'Chaque année en juin, gouvernements, employeurs et syndicats se réunissent à Genève lors de la Conférence internationale du Travail de l’OIT. Nos partenaires y étaient.',
					'Dans ce webinaire, nous revenons ensemble sur les principales décisions et sur ce qu’elles signifient pour le travail décent et la protection sociale.'
				)
			},
			en: {
				title: 'Webinar: looking back at the International Labour Conference',
				summary: 'What did the International Labour Conference in Geneva deliver for workers worldwide?',
				body: md(
					'Every June, governments, employers and trade unions meet in Geneva at the ILO’s International Labour Conference. Our partners were there.',
					'In this webinar we look back together at the main decisions and what they mean for decent work and social protection.'
				)
			},
			es: {
				title: 'Seminario web: balance de la Conferencia Internacional del Trabajo',
				summary:
					'¿Qué aportó la Conferencia Internacional del Trabajo de Ginebra a las personas trabajadoras de todo el mundo?',
				body: md(
					'Cada año en junio, gobiernos, empleadores y sindicatos se reúnen en Ginebra en la Conferencia Internacional del Trabajo de la OIT. Nuestros socios estuvieron allí.',
					'En este seminario web repasamos juntos las principales decisiones y lo que significan para el trabajo decente y la protección social.'
				)
			}
		}
	}
];

const fosEventBlocks: EventBlock<FosLocale>[] = [
	{
		key: 'fos-womens-day-2025',
		start: ['2025-03-08', '14:00'],
		end: ['2025-03-08', '17:00'],
		place: fosGhent,
		text: {
			nl: {
				title: 'Vrouwendag: gelijk loon voor werk van gelijke waarde',
				summary: 'Een namiddag met getuigenissen en debat over de loonkloof, hier en wereldwijd.',
				body: md(
					'Vrouwen verdienen wereldwijd nog altijd minder dan mannen. Vakbondsvrouwen uit Vlaanderen en uit onze partnerlanden vertellen hoe ze die kloof te lijf gaan.',
					'Daarna debatteren we over wat gelijk loon voor werk van gelijke waarde concreet betekent. Gratis, met kinderopvang op aanvraag.'
				)
			},
			fr: {
				title: 'Journée des femmes : salaire égal pour un travail de valeur égale',
				summary: 'Un après-midi de témoignages et de débat sur l’écart salarial, ici et dans le monde.',
				body: md(
					'Dans le monde, les femmes gagnent toujours moins que les hommes. Des syndicalistes femmes de Flandre et de nos pays partenaires expliquent comment elles s’attaquent à cet écart.',
					'Nous débattrons ensuite de ce que signifie concrètement l’égalité salariale pour un travail de valeur égale. Gratuit, garde d’enfants sur demande.'
				)
			},
			en: {
				title: 'Women’s Day: equal pay for work of equal value',
				summary: 'An afternoon of testimonies and debate on the pay gap, here and worldwide.',
				body: md(
					'Worldwide, women still earn less than men. Women trade unionists from Flanders and our partner countries explain how they are tackling the gap.',
					'Afterwards we debate what equal pay for work of equal value means in practice. Free, with childcare on request.'
				)
			}
		}
	},
	{
		key: 'fos-srhr-webinar-2025',
		start: ['2025-05-28', '12:30'],
		end: ['2025-05-28', '13:30'],
		onlineUrl: 'https://example.org/fos/webinars/srhr',
		text: {
			nl: {
				title: 'Lunchwebinar: seksuele en reproductieve rechten onder druk',
				summary:
					'Op de internationale actiedag voor de gezondheid van vrouwen bespreken we hoe het wereldwijd gesteld is met seksuele en reproductieve rechten.',
				body: md(
					'Op 28 mei, de internationale actiedag voor de gezondheid van vrouwen, geven partners uit Latijns-Amerika een stand van zaken: wat staat er op het spel, en hoe verdedigen ze deze rechten?',
					'Een uur, tijdens de middagpauze. Inschrijven is gratis.'
				)
			},
			fr: {
				title: 'Webinaire de midi : les droits sexuels et reproductifs sous pression',
				summary:
					'À l’occasion de la journée internationale d’action pour la santé des femmes, nous faisons le point sur les droits sexuels et reproductifs dans le monde.',
				body: md(
					'Le 28 mai, journée internationale d’action pour la santé des femmes, des partenaires d’Amérique latine font le point : quels sont les enjeux et comment défendent-ils ces droits ?',
					'Une heure, pendant la pause de midi. Inscription gratuite.'
				)
			},
			en: {
				title: 'Lunch webinar: sexual and reproductive rights under pressure',
				summary:
					'On the International Day of Action for Women’s Health, we take stock of sexual and reproductive rights worldwide.',
				body: md(
					'On 28 May, the International Day of Action for Women’s Health, partners from Latin America give an update: what is at stake, and how are they defending these rights?',
					'One hour, over lunch. Registration is free.'
				)
			}
		}
	},
	{
		// Sunday of the switch to winter time: the start is already at +01:00.
		key: 'fos-bike-ride-2025',
		start: ['2025-10-26', '10:00'],
		end: ['2025-10-26', '16:00'],
		place: fosGhent,
		text: {
			nl: {
				title: 'Solidariteitsfietstocht 2025',
				summary:
					'Fiets mee voor internationale solidariteit: een tocht van 40 kilometer langs de Gentse rand.',
				body: md(
					'Met de opbrengst van de fietstocht steunen we vakbonden van huishoudwerkers in Bolivia. Onderweg zijn er drie stops met soep, uitleg en muziek.',
					'De klok gaat die nacht een uur achteruit: je hebt dus een uur extra slaap voor we vertrekken.'
				)
			},
			fr: {
				title: 'Balade à vélo solidaire 2025',
				summary: 'Pédalez pour la solidarité internationale : une balade de 40 kilomètres autour de Gand.',
				body: md(
					'Les bénéfices de la balade soutiennent des syndicats de travailleuses domestiques en Bolivie. En chemin, trois arrêts avec soupe, explications et musique.',
					'Cette nuit-là, on recule l’heure d’une heure : vous aurez donc une heure de sommeil en plus avant le départ.'
				)
			},
			en: {
				title: 'Solidarity bike ride 2025',
				summary: 'Ride for international solidarity: a 40-kilometre route around Ghent.',
				body: md(
					'Proceeds from the ride support unions of domestic workers in Bolivia. Along the way there are three stops with soup, talks and music.',
					'The clocks go back one hour that night, so you get an extra hour of sleep before we set off.'
				)
			}
		}
	},
	{
		// Sunday of the switch to summer time: the afternoon is at +02:00.
		key: 'fos-film-afternoon-2026',
		start: ['2026-03-29', '14:00'],
		end: ['2026-03-29', '17:00'],
		place: fosHouse,
		text: {
			nl: {
				title: 'Filmnamiddag: onzeker werk in beeld',
				summary:
					'Drie korte documentaires over onzeker werk in Peru, Guatemala en België, gevolgd door een nagesprek.',
				body: md(
					'Van de druivenvelden in Peru tot de textielateliers in Guatemala en de distributiecentra in België: onzeker werk heeft vele gezichten. Drie korte documentaires tonen hoe werknemers zich organiseren.',
					'Na de vertoning praten we na met een vakbondsafgevaardigde en een medewerker van FOS. Let op: de klok gaat die nacht een uur vooruit.'
				)
			},
			fr: {
				title: 'Après-midi cinéma : le travail précaire à l’écran',
				summary:
					'Trois courts documentaires sur le travail précaire au Pérou, au Guatemala et en Belgique, suivis d’un échange.',
				body: md(
					'Des vignobles du Pérou aux ateliers textiles du Guatemala et aux centres de distribution en Belgique : le travail précaire a de nombreux visages. Trois courts documentaires montrent comment les travailleurs s’organisent.',
					'Après la projection, échange avec un délégué syndical et un membre de l’équipe de FOS. Attention : on avance l’heure cette nuit-là.'
				)
			},
			en: {
				title: 'Film afternoon: precarious work on screen',
				summary:
					'Three short documentaries on precarious work in Peru, Guatemala and Belgium, followed by a discussion.',
				body: md(
					'From the vineyards of Peru to the garment workshops of Guatemala and the distribution centres of Belgium: precarious work has many faces. Three short documentaries show how workers organise.',
					'After the screening we talk with a union representative and a member of the FOS team. Note: the clocks go forward one hour that night.'
				)
			}
		}
	},
	{
		key: 'fos-domestic-workers-day-2026',
		start: ['2026-06-16', '18:30'],
		end: ['2026-06-16', '21:00'],
		place: fosHouse,
		text: {
			nl: {
				title: 'Internationale Dag van de Huishoudwerkers',
				summary:
					'Een avond met huishoudwerkers uit Bolivia en Brussel over hun strijd voor erkenning en rechten.',
				body: md(
					'Op 16 juni, de Internationale Dag van de Huishoudwerkers, brengen we huishoudwerkers uit Bolivia en Brussel samen. Hun werk is onmisbaar, maar nog te vaak onzichtbaar en onderbetaald.',
					'Met getuigenissen, een gesprek over IAO-verdrag 189 en een hapje achteraf.'
				)
			},
			fr: {
				title: 'Journée internationale des travailleuses et travailleurs domestiques',
				summary:
					'Une soirée avec des travailleuses domestiques de Bolivie et de Bruxelles sur leur lutte pour la reconnaissance et les droits.',
				body: md(
					'Le 16 juin, Journée internationale des travailleuses et travailleurs domestiques, nous réunissons des travailleuses domestiques de Bolivie et de Bruxelles. Leur travail est indispensable, mais encore trop souvent invisible et sous-payé.',
					'Avec des témoignages, un échange sur la convention 189 de l’OIT et un en-cas pour terminer.'
				)
			},
			en: {
				title: 'International Domestic Workers’ Day',
				summary:
					'An evening with domestic workers from Bolivia and Brussels about their struggle for recognition and rights.',
				body: md(
					'On 16 June, International Domestic Workers’ Day, we bring together domestic workers from Bolivia and Brussels. Their work is indispensable, yet still too often invisible and underpaid.',
					'With testimonies, a conversation about ILO Convention 189 and a bite to eat afterwards.'
				)
			}
		}
	},
	{
		key: 'fos-decent-work-webinar-2026',
		start: ['2026-10-07', '19:00'],
		end: ['2026-10-07', '20:30'],
		onlineUrl: 'https://example.org/fos/webinars/decent-work-day',
		text: {
			nl: {
				title: 'Webinar: waardig werk in tijden van platformwerk',
				summary:
					'Op de Werelddag voor waardig werk bekijken we hoe vakbonden hier en elders platformwerkers organiseren.',
				body: md(
					'Maaltijdkoeriers, taxichauffeurs, huishoudhulpen via een app: platformwerk groeit overal. Vakbondsmensen uit Vlaanderen en Latijns-Amerika vertellen hoe ze platformwerkers organiseren.',
					'Het webinar is in het Nederlands, met Spaanstalige sprekers die vertaald worden.'
				)
			},
			fr: {
				title: 'Webinaire : le travail décent à l’ère des plateformes',
				summary:
					'Lors de la Journée mondiale pour le travail décent, nous voyons comment les syndicats organisent les travailleurs de plateforme, ici et ailleurs.',
				body: md(
					'Livreurs de repas, chauffeurs, aides ménagères via une application : le travail de plateforme progresse partout. Des syndicalistes de Flandre et d’Amérique latine expliquent comment ils organisent ces travailleurs.',
					'Le webinaire se déroule en néerlandais ; les intervenants hispanophones sont traduits.'
				)
			},
			en: {
				title: 'Webinar: decent work in the age of platform work',
				summary:
					'On the World Day for Decent Work, we look at how unions here and elsewhere organise platform workers.',
				body: md(
					'Food couriers, ride-hailing drivers, cleaners booked through an app: platform work is growing everywhere. Trade unionists from Flanders and Latin America explain how they organise platform workers.',
					'The webinar is in Dutch, with Spanish-speaking speakers interpreted.'
				)
			}
		}
	},
	{
		key: 'fos-uhc-webinar-2026',
		start: ['2026-12-12', '12:30'],
		end: ['2026-12-12', '13:30'],
		onlineUrl: 'https://example.org/fos/webinars/universal-health-coverage',
		text: {
			nl: {
				title: 'Lunchwebinar: gezondheidszorg voor iedereen',
				summary:
					'Op de Dag van de Universele Gezondheidsdekking bespreken we hoe publieke gezondheidszorg wereldwijd versterkt kan worden.',
				body: md(
					'Op 12 december vragen we ons af hoe landen erin slagen om gezondheidszorg voor iedereen toegankelijk te maken, en wat ervoor nodig is om de privatisering van zorg een halt toe te roepen.',
					'Met sprekers van partnerorganisaties en van de socialistische mutualiteit.'
				)
			},
			fr: {
				title: 'Webinaire de midi : la santé pour toutes et tous',
				summary:
					'À l’occasion de la Journée de la couverture santé universelle, nous voyons comment renforcer les soins de santé publics dans le monde.',
				body: md(
					'Le 12 décembre, nous nous demandons comment des pays parviennent à rendre les soins de santé accessibles à toutes et tous, et ce qu’il faut pour freiner la privatisation des soins.',
					'Avec des intervenants d’organisations partenaires et de la mutualité socialiste.'
				)
			},
			en: {
				title: 'Lunch webinar: health care for everyone',
				summary:
					'On Universal Health Coverage Day we discuss how public health care can be strengthened worldwide.',
				body: md(
					'On 12 December we ask how countries manage to make health care accessible to everyone, and what it takes to halt the privatisation of care.',
					'With speakers from partner organisations and from the socialist mutual health fund.'
				)
			}
		}
	},
	{
		key: 'fos-new-year-2027',
		start: ['2027-01-21', '18:00'],
		end: ['2027-01-21', '21:00'],
		place: fosGhent,
		text: {
			nl: {
				title: 'Nieuwjaarsreceptie FOS',
				summary: 'Klink met ons op een nieuw jaar vol internationale solidariteit.',
				body: md(
					'We blikken kort terug op het voorbije jaar en stellen de plannen voor het nieuwe jaar voor. Daarna is er tijd voor een drankje en een babbel.',
					'Iedereen welkom: vrijwilligers, leden, partners en sympathisanten.'
				)
			},
			fr: {
				title: 'Réception du Nouvel An de FOS',
				summary: 'Trinquez avec nous à une nouvelle année de solidarité internationale.',
				body: md(
					'Nous revenons brièvement sur l’année écoulée et présentons nos projets pour la nouvelle année. Place ensuite à un verre et à la discussion.',
					'Bienvenue à toutes et tous : bénévoles, membres, partenaires et sympathisants.'
				)
			},
			en: {
				title: 'FOS New Year reception',
				summary: 'Raise a glass with us to a new year of international solidarity.',
				body: md(
					'We look back briefly on the past year and present our plans for the new one. Then there is time for a drink and a chat.',
					'Everyone is welcome: volunteers, members, partners and supporters.'
				)
			}
		}
	},
	{
		key: 'fos-womens-day-2027',
		start: ['2027-03-08', '19:00'],
		end: ['2027-03-08', '21:30'],
		place: fosHouse,
		text: {
			nl: {
				title: 'Vrouwendag 2027: geen geweld op de werkvloer',
				summary: 'Een debatavond over IAO-verdrag 190 en de strijd tegen geweld en intimidatie op het werk.',
				body: md(
					'Geweld en intimidatie op het werk treffen vrouwen wereldwijd. Wat verandert IAO-verdrag 190 voor hen, in België en in onze partnerlanden?',
					'Met sprekers van vakbonden en vrouwenorganisaties. Toegang gratis, inschrijving gewenst.'
				)
			},
			fr: {
				title: 'Journée des femmes 2027 : pas de violence au travail',
				summary:
					'Une soirée-débat sur la convention 190 de l’OIT et la lutte contre la violence et le harcèlement au travail.',
				body: md(
					'La violence et le harcèlement au travail touchent les femmes partout dans le monde. Que change pour elles la convention 190 de l’OIT, en Belgique et dans nos pays partenaires ?',
					'Avec des intervenantes de syndicats et d’organisations de femmes. Entrée gratuite, inscription souhaitée.'
				)
			},
			en: {
				title: 'Women’s Day 2027: no violence at work',
				summary:
					'A debate evening on ILO Convention 190 and the fight against violence and harassment at work.',
				body: md(
					'Violence and harassment at work affect women all over the world. What does ILO Convention 190 change for them, in Belgium and in our partner countries?',
					'With speakers from trade unions and women’s organisations. Free admission, registration appreciated.'
				)
			}
		}
	},
	{
		key: 'fos-world-health-day-2027',
		start: ['2027-04-07', '19:30'],
		end: ['2027-04-07', '21:30'],
		place: liege,
		text: {
			nl: {
				title: 'Wereldgezondheidsdag: zorg is geen koopwaar',
				summary:
					'Een avond over de privatisering van gezondheidszorg en het alternatief van sterke publieke systemen.',
				body: md(
					'Op Wereldgezondheidsdag kijken we naar de gevolgen van de privatisering van zorg, in Latijns-Amerika en in Europa, en naar wat sterke publieke gezondheidssystemen wel opleveren.',
					'De avond is in het Frans, met vertaling naar het Nederlands.'
				)
			},
			fr: {
				title: 'Journée mondiale de la santé : les soins ne sont pas une marchandise',
				summary:
					'Une soirée sur la privatisation des soins de santé et l’alternative de systèmes publics forts.',
				body: md(
					'À l’occasion de la Journée mondiale de la santé, nous examinons les conséquences de la privatisation des soins, en Amérique latine et en Europe, et ce que des systèmes de santé publics forts apportent.',
					'La soirée se déroule en français, avec traduction vers le néerlandais.'
				)
			},
			en: {
				title: 'World Health Day: care is not a commodity',
				summary:
					'An evening on the privatisation of health care and the alternative of strong public systems.',
				body: md(
					'On World Health Day we look at the consequences of privatising care, in Latin America and in Europe, and at what strong public health systems do deliver.',
					'The evening is in French, with interpretation into Dutch.'
				)
			}
		}
	}
];

export const seedEvents: SeedEvent[] = [
	...buildEvents('wsm', wsmLocales, wsmEventBlocks),
	...buildEvents('fos', fosLocales, fosEventBlocks)
];

// ---------------------------------------------------------------- vacancies

interface Role {
	key: string;
	site: Site;
	closesOn: string;
	contract: string;
	place: string;
	title: L10n<FosLocale>;
	summary: L10n<FosLocale>;
	tasks: Record<FosLocale, string[]>;
	profile: Record<FosLocale, string[]>;
}

const headings: Record<FosLocale, [string, string, string]> = {
	nl: ['Jouw taken', 'Jouw profiel', 'Ons aanbod'],
	fr: ['Vos tâches', 'Votre profil', 'Notre offre'],
	en: ['Your tasks', 'Your profile', 'What we offer']
};

const months: Record<FosLocale, string[]> = {
	nl: [
		'januari',
		'februari',
		'maart',
		'april',
		'mei',
		'juni',
		'juli',
		'augustus',
		'september',
		'oktober',
		'november',
		'december'
	],
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

const longDate = (iso: string, l: FosLocale): string =>
	`${Number(iso.slice(8, 10))} ${at(months[l], Number(iso.slice(5, 7)) - 1)} ${iso.slice(0, 4)}`;

const apply: Record<FosLocale, (date: string, org: string) => string> = {
	nl: (date, org) =>
		`Solliciteer uiterlijk op ${date} met je cv en een motivatiebrief via jobs@${org}.example.org.`,
	fr: (date, org) =>
		`Envoyez votre CV et une lettre de motivation au plus tard le ${date} à jobs@${org}.example.org.`,
	en: (date, org) => `Apply by ${date} with your CV and a cover letter to jobs@${org}.example.org.`
};

const offers: Record<Site, Record<FosLocale, string[]>> = {
	wsm: {
		nl: [
			'Een boeiende job in een organisatie met een sterke maatschappelijke missie.',
			'Een verloning volgens het sectorbarema, met maaltijdcheques en een hospitalisatieverzekering.',
			'Flexibele uren en de mogelijkheid om deels thuis te werken.',
			'Volledige terugbetaling van je woon-werkverkeer met het openbaar vervoer.'
		],
		fr: [
			'Un emploi passionnant dans une organisation porteuse d’une forte mission sociale.',
			'Une rémunération selon le barème sectoriel, avec chèques-repas et assurance hospitalisation.',
			'Des horaires flexibles et la possibilité de télétravailler en partie.',
			'Le remboursement intégral de vos déplacements domicile-travail en transports en commun.'
		],
		en: [
			'A rewarding job in an organisation with a strong social mission.',
			'A salary according to the sector scale, with meal vouchers and hospitalisation insurance.',
			'Flexible hours and the possibility of working partly from home.',
			'Full reimbursement of commuting costs by public transport.'
		]
	},
	fos: {
		nl: [
			'Een job in het hart van de socialistische beweging, met collega’s die zich elke dag inzetten voor internationale solidariteit.',
			'Een verloning volgens het sectorbarema, met maaltijdcheques.',
			'Ruime mogelijkheden voor vorming en thuiswerk.',
			'Terugbetaling van je woon-werkverkeer met het openbaar vervoer of de fiets.'
		],
		fr: [
			'Un emploi au cœur du mouvement socialiste, avec des collègues engagés chaque jour pour la solidarité internationale.',
			'Une rémunération selon le barème sectoriel, avec chèques-repas.',
			'De larges possibilités de formation et de télétravail.',
			'Le remboursement de vos trajets domicile-travail en transports en commun ou à vélo.'
		],
		en: [
			'A job at the heart of the socialist movement, with colleagues committed to international solidarity every day.',
			'A salary according to the sector scale, with meal vouchers.',
			'Plenty of room for training and working from home.',
			'Reimbursement of commuting costs by public transport or bicycle.'
		]
	}
};

const list = (items: string[]): string => items.map((x) => `- ${x}`).join('\n');

const roles: Role[] = [
	{
		key: 'wsm-programme-officer-west-africa',
		site: 'wsm',
		closesOn: '2027-01-15',
		contract: 'Onbepaalde duur, 100%',
		place: 'Brussel',
		title: {
			nl: 'Programmaverantwoordelijke West-Afrika',
			fr: 'Chargé·e de programme Afrique de l’Ouest',
			en: 'Programme officer West Africa'
		},
		summary: {
			nl: 'Je volgt de samenwerking met onze partnerorganisaties in West-Afrika op, van planning tot rapportering.',
			fr: 'Vous suivez la collaboration avec nos organisations partenaires en Afrique de l’Ouest, de la planification au rapportage.',
			en: 'You manage our cooperation with partner organisations in West Africa, from planning to reporting.'
		},
		tasks: {
			nl: [
				'Je begeleidt partnerorganisaties in Benin, Burkina Faso, Togo en Senegal bij de planning, uitvoering en opvolging van hun programma’s.',
				'Je bewaakt de kwaliteit en de financiële opvolging van de programma’s en stelt rapporten op voor onze donoren.',
				'Je reist enkele keren per jaar naar de regio.',
				'Je werkt nauw samen met collega’s van ACV-CSC en CM-MC.'
			],
			fr: [
				'Vous accompagnez des organisations partenaires au Bénin, au Burkina Faso, au Togo et au Sénégal dans la planification, la mise en œuvre et le suivi de leurs programmes.',
				'Vous veillez à la qualité et au suivi financier des programmes et rédigez les rapports pour nos bailleurs.',
				'Vous vous rendez plusieurs fois par an dans la région.',
				'Vous travaillez en étroite collaboration avec des collègues de l’ACV-CSC et de la CM-MC.'
			],
			en: [
				'You support partner organisations in Benin, Burkina Faso, Togo and Senegal in planning, implementing and monitoring their programmes.',
				'You oversee programme quality and financial follow-up and write reports for our donors.',
				'You travel to the region several times a year.',
				'You work closely with colleagues from ACV-CSC and CM-MC.'
			]
		},
		profile: {
			nl: [
				'Je hebt een masterdiploma of gelijkwaardige ervaring.',
				'Je hebt minstens vijf jaar ervaring in internationale samenwerking, bij voorkeur met sociale bewegingen.',
				'Je spreekt en schrijft vlot Frans en hebt een goede kennis van het Nederlands.',
				'Je deelt onze waarden: solidariteit, gelijkwaardigheid en sociale rechtvaardigheid.'
			],
			fr: [
				'Vous êtes titulaire d’un master ou disposez d’une expérience équivalente.',
				'Vous avez au moins cinq ans d’expérience dans la coopération internationale, de préférence avec des mouvements sociaux.',
				'Vous parlez et écrivez couramment le français et avez une bonne connaissance du néerlandais.',
				'Vous partagez nos valeurs : solidarité, égalité et justice sociale.'
			],
			en: [
				'You hold a master’s degree or have equivalent experience.',
				'You have at least five years’ experience in international cooperation, preferably with social movements.',
				'You speak and write French fluently and have a good command of Dutch.',
				'You share our values: solidarity, equality and social justice.'
			]
		}
	},
	{
		key: 'wsm-communication-officer',
		site: 'wsm',
		closesOn: '2027-02-28',
		contract: 'Onbepaalde duur, 80%',
		place: 'Brussel',
		title: { nl: 'Communicatiemedewerker', fr: 'Chargé·e de communication', en: 'Communications officer' },
		summary: {
			nl: 'Je vertelt de verhalen van onze partners en onze campagnes, op de website, in de nieuwsbrief en op sociale media.',
			fr: 'Vous racontez les histoires de nos partenaires et de nos campagnes, sur le site web, dans la newsletter et sur les réseaux sociaux.',
			en: 'You tell the stories of our partners and campaigns on the website, in the newsletter and on social media.'
		},
		tasks: {
			nl: [
				'Je schrijft nieuwsberichten, achtergrondartikels en posts voor sociale media.',
				'Je beheert de website en de maandelijkse nieuwsbrief.',
				'Je ondersteunt campagnes met communicatieplannen en beeldmateriaal.'
			],
			fr: [
				'Vous rédigez des actualités, des articles de fond et des publications pour les réseaux sociaux.',
				'Vous gérez le site web et la newsletter mensuelle.',
				'Vous soutenez les campagnes avec des plans de communication et du matériel visuel.'
			],
			en: [
				'You write news items, background articles and social media posts.',
				'You manage the website and the monthly newsletter.',
				'You support campaigns with communication plans and visual material.'
			]
		},
		profile: {
			nl: [
				'Je schrijft helder en wervend in het Nederlands; je Frans is goed.',
				'Je hebt ervaring met een CMS, sociale media en eenvoudige beeldbewerking.',
				'Je bent begaan met internationale solidariteit en sociale rechtvaardigheid.'
			],
			fr: [
				'Vous écrivez de manière claire et engageante en néerlandais ; votre français est bon.',
				'Vous avez de l’expérience avec un CMS, les réseaux sociaux et le traitement d’images simple.',
				'La solidarité internationale et la justice sociale vous tiennent à cœur.'
			],
			en: [
				'You write clear and engaging Dutch; your French is good.',
				'You have experience with a CMS, social media and basic image editing.',
				'You care about international solidarity and social justice.'
			]
		}
	},
	{
		key: 'wsm-finance-controller',
		site: 'wsm',
		closesOn: '2025-09-30',
		contract: 'Onbepaalde duur, 100%',
		place: 'Brussel',
		title: { nl: 'Financieel controller', fr: 'Contrôleur·euse financier·ère', en: 'Finance controller' },
		summary: {
			nl: 'Je zorgt ervoor dat de middelen van WSM en haar partners correct en transparant beheerd worden.',
			fr: 'Vous veillez à ce que les moyens de WSM et de ses partenaires soient gérés correctement et en toute transparence.',
			en: 'You make sure the resources of WSM and its partners are managed correctly and transparently.'
		},
		tasks: {
			nl: [
				'Je controleert de financiële rapporten van partnerorganisaties.',
				'Je bereidt audits voor en volgt ze op.',
				'Je versterkt het financieel beheer van partners via vorming en advies.'
			],
			fr: [
				'Vous contrôlez les rapports financiers des organisations partenaires.',
				'Vous préparez et suivez les audits.',
				'Vous renforcez la gestion financière des partenaires par la formation et le conseil.'
			],
			en: [
				'You check the financial reports of partner organisations.',
				'You prepare and follow up audits.',
				'You strengthen partners’ financial management through training and advice.'
			]
		},
		profile: {
			nl: [
				'Je hebt een diploma in economie, boekhouding of audit.',
				'Je hebt ervaring met subsidiedossiers van de Belgische of Europese overheid.',
				'Je werkt nauwkeurig en communiceert vlot in het Nederlands en het Frans.'
			],
			fr: [
				'Vous êtes diplômé·e en économie, comptabilité ou audit.',
				'Vous avez de l’expérience avec les dossiers de subsides belges ou européens.',
				'Vous êtes rigoureux·se et communiquez aisément en néerlandais et en français.'
			],
			en: [
				'You have a degree in economics, accounting or auditing.',
				'You have experience with Belgian or European grant files.',
				'You work accurately and communicate well in Dutch and French.'
			]
		}
	},
	{
		key: 'wsm-educator-wallonia',
		site: 'wsm',
		closesOn: '2026-05-15',
		contract: 'Bepaalde duur (12 maanden), 50%',
		place: 'Luik',
		title: {
			nl: 'Educatief medewerker Wallonië',
			fr: 'Animateur·rice en Wallonie',
			en: 'Educator (Wallonia)'
		},
		summary: {
			nl: 'Je organiseert vormingen en campagneactiviteiten met de christelijke arbeidersbeweging in Wallonië.',
			fr: 'Vous organisez des formations et des activités de campagne avec le mouvement ouvrier chrétien en Wallonie.',
			en: 'You organise training sessions and campaign activities with the Christian workers’ movement in Wallonia.'
		},
		tasks: {
			nl: [
				'Je organiseert vormingen over waardig werk en sociale bescherming.',
				'Je begeleidt vrijwilligersgroepen in de regio Luik.',
				'Je ontvangt delegaties van partnerorganisaties.'
			],
			fr: [
				'Vous animez des formations sur le travail décent et la protection sociale.',
				'Vous accompagnez des groupes de bénévoles dans la région liégeoise.',
				'Vous accueillez des délégations d’organisations partenaires.'
			],
			en: [
				'You run training sessions on decent work and social protection.',
				'You support volunteer groups in the Liège region.',
				'You host delegations from partner organisations.'
			]
		},
		profile: {
			nl: [
				'Je hebt ervaring in volwasseneneducatie of jeugdwerk.',
				'Je spreekt vloeiend Frans.',
				'Je bent vertrouwd met de sociale beweging in Wallonië.'
			],
			fr: [
				'Vous avez de l’expérience en éducation permanente ou en animation.',
				'Vous parlez couramment le français.',
				'Vous connaissez bien le mouvement social en Wallonie.'
			],
			en: [
				'You have experience in adult education or youth work.',
				'You speak fluent French.',
				'You are familiar with the social movement in Wallonia.'
			]
		}
	},
	{
		key: 'fos-programme-officer-latin-america',
		site: 'fos',
		closesOn: '2027-03-15',
		contract: 'Onbepaalde duur, 100%',
		place: 'Brussel',
		title: {
			nl: 'Programmamedewerker Latijns-Amerika',
			fr: 'Chargé·e de programme Amérique latine',
			en: 'Programme officer Latin America'
		},
		summary: {
			nl: 'Je volgt ons programma in Bolivia, Peru en Guatemala op, samen met onze partners en collega’s in de regio.',
			fr: 'Vous suivez notre programme en Bolivie, au Pérou et au Guatemala, avec nos partenaires et nos collègues dans la région.',
			en: 'You manage our programme in Bolivia, Peru and Guatemala, together with our partners and colleagues in the region.'
		},
		tasks: {
			nl: [
				'Je begeleidt partnerorganisaties bij de planning en opvolging van hun programma’s rond waardig werk en gezondheid.',
				'Je verbindt partners in Latijns-Amerika met de socialistische beweging in Vlaanderen.',
				'Je stelt inhoudelijke en financiële rapporten op.'
			],
			fr: [
				'Vous accompagnez les organisations partenaires dans la planification et le suivi de leurs programmes sur le travail décent et la santé.',
				'Vous reliez les partenaires latino-américains au mouvement socialiste en Flandre.',
				'Vous rédigez les rapports narratifs et financiers.'
			],
			en: [
				'You support partner organisations in planning and monitoring their programmes on decent work and health.',
				'You connect partners in Latin America with the socialist movement in Flanders.',
				'You write narrative and financial reports.'
			]
		},
		profile: {
			nl: [
				'Je hebt een masterdiploma en minstens drie jaar relevante ervaring.',
				'Je spreekt vloeiend Spaans en Nederlands.',
				'Je voelt je thuis in de socialistische beweging.'
			],
			fr: [
				'Vous êtes titulaire d’un master et avez au moins trois ans d’expérience pertinente.',
				'Vous parlez couramment l’espagnol et le néerlandais.',
				'Vous vous reconnaissez dans le mouvement socialiste.'
			],
			en: [
				'You hold a master’s degree and have at least three years of relevant experience.',
				'You speak fluent Spanish and Dutch.',
				'You feel at home in the socialist movement.'
			]
		}
	},
	{
		key: 'fos-fundraiser',
		site: 'fos',
		closesOn: '2027-01-31',
		contract: 'Onbepaalde duur, 80%',
		place: 'Brussel',
		title: { nl: 'Fondsenwerver', fr: 'Chargé·e de récolte de fonds', en: 'Fundraiser' },
		summary: {
			nl: 'Je zorgt voor meer en trouwere schenkers, zodat onze partners op lange termijn kunnen blijven werken.',
			fr: 'Vous développez un réseau de donateurs plus large et plus fidèle, pour que nos partenaires puissent travailler dans la durée.',
			en: 'You build a larger and more loyal donor base so that our partners can keep working in the long term.'
		},
		tasks: {
			nl: [
				'Je ontwikkelt en voert fondsenwervingscampagnes, online en offline.',
				'Je onderhoudt de relatie met schenkers en legatarissen.',
				'Je werkt samen met de afdelingen van ABVV en de socialistische mutualiteit.'
			],
			fr: [
				'Vous concevez et menez des campagnes de récolte de fonds, en ligne et hors ligne.',
				'Vous entretenez la relation avec les donateurs et légataires.',
				'Vous travaillez avec les sections de l’ABVV-FGTB et de la mutualité socialiste.'
			],
			en: [
				'You design and run fundraising campaigns, online and offline.',
				'You look after relationships with donors and legators.',
				'You work with the branches of ABVV and the socialist mutual health fund.'
			]
		},
		profile: {
			nl: [
				'Je hebt ervaring met fondsenwerving of marketing.',
				'Je werkt resultaatgericht en kunt goed met cijfers om.',
				'Je deelt onze waarden van solidariteit en gelijkheid.'
			],
			fr: [
				'Vous avez de l’expérience en récolte de fonds ou en marketing.',
				'Vous êtes orienté·e résultats et à l’aise avec les chiffres.',
				'Vous partagez nos valeurs de solidarité et d’égalité.'
			],
			en: [
				'You have experience in fundraising or marketing.',
				'You are results-driven and comfortable with figures.',
				'You share our values of solidarity and equality.'
			]
		}
	},
	{
		key: 'fos-administrative-assistant',
		site: 'fos',
		closesOn: '2025-11-30',
		contract: 'Onbepaalde duur, 100%',
		place: 'Brussel',
		title: {
			nl: 'Administratief medewerker',
			fr: 'Assistant·e administratif·ve',
			en: 'Administrative assistant'
		},
		summary: {
			nl: 'Je houdt de administratie van FOS op orde en bent het eerste aanspreekpunt voor bezoekers en partners.',
			fr: 'Vous tenez l’administration de FOS à jour et êtes le premier point de contact des visiteurs et des partenaires.',
			en: 'You keep FOS’s administration in order and are the first point of contact for visitors and partners.'
		},
		tasks: {
			nl: [
				'Je beheert de agenda’s, de post en het archief.',
				'Je regelt reizen en visa voor collega’s en partners.',
				'Je ondersteunt de boekhouding bij het verwerken van facturen.'
			],
			fr: [
				'Vous gérez les agendas, le courrier et les archives.',
				'Vous organisez les voyages et les visas des collègues et partenaires.',
				'Vous aidez la comptabilité à traiter les factures.'
			],
			en: [
				'You manage diaries, mail and archives.',
				'You arrange travel and visas for colleagues and partners.',
				'You help the accounts team process invoices.'
			]
		},
		profile: {
			nl: [
				'Je hebt een bachelordiploma office management of gelijkwaardige ervaring.',
				'Je bent nauwkeurig en klantvriendelijk.',
				'Je spreekt Nederlands, Frans en Engels.'
			],
			fr: [
				'Vous êtes titulaire d’un bachelier en office management ou disposez d’une expérience équivalente.',
				'Vous êtes précis·e et avez le sens du service.',
				'Vous parlez néerlandais, français et anglais.'
			],
			en: [
				'You have a bachelor’s degree in office management or equivalent experience.',
				'You are accurate and service-minded.',
				'You speak Dutch, French and English.'
			]
		}
	},
	{
		key: 'fos-volunteer-coordinator',
		site: 'fos',
		closesOn: '2026-08-31',
		contract: 'Bepaalde duur (9 maanden), 60%',
		place: 'Gent',
		title: {
			nl: 'Vrijwilligerscoördinator',
			fr: 'Coordinateur·rice des bénévoles',
			en: 'Volunteer coordinator'
		},
		summary: {
			nl: 'Je ondersteunt en versterkt de vrijwilligerswerking van FOS in Oost-Vlaanderen.',
			fr: 'Vous soutenez et renforcez le travail des bénévoles de FOS en Flandre-Orientale.',
			en: 'You support and strengthen FOS’s volunteer work in East Flanders.'
		},
		tasks: {
			nl: [
				'Je werft nieuwe vrijwilligers en begeleidt hen.',
				'Je organiseert activiteiten zoals de solidariteitsfietstocht en filmavonden.',
				'Je zorgt voor vorming en waardering van vrijwilligers.'
			],
			fr: [
				'Vous recrutez et accompagnez de nouveaux bénévoles.',
				'Vous organisez des activités comme la balade à vélo solidaire et des soirées cinéma.',
				'Vous veillez à la formation et à la valorisation des bénévoles.'
			],
			en: [
				'You recruit and coach new volunteers.',
				'You organise activities such as the solidarity bike ride and film evenings.',
				'You take care of training and recognition for volunteers.'
			]
		},
		profile: {
			nl: [
				'Je hebt ervaring met het begeleiden van vrijwilligers of groepen.',
				'Je bent een verbinder en organiseert graag.',
				'Je hebt een rijbewijs B.'
			],
			fr: [
				'Vous avez de l’expérience dans l’accompagnement de bénévoles ou de groupes.',
				'Vous aimez créer des liens et organiser.',
				'Vous êtes titulaire d’un permis B.'
			],
			en: [
				'You have experience supporting volunteers or groups.',
				'You are a connector and enjoy organising.',
				'You hold a category B driving licence.'
			]
		}
	}
];

const vacancyDrafts = (r: Role): Record<FosLocale, Draft> => {
	const draft = (l: FosLocale): Draft => ({
		title: r.title[l],
		summary: r.summary[l],
		body: md(
			`## ${headings[l][0]}`,
			list(r.tasks[l]),
			`## ${headings[l][1]}`,
			list(r.profile[l]),
			`## ${headings[l][2]}`,
			list(offers[r.site][l]),
			apply[l](longDate(r.closesOn, l), r.site)
		)
	});
	return { nl: draft('nl'), fr: draft('fr'), en: draft('en') };
};

export const seedVacancies: SeedVacancy[] = roles.map((r): SeedVacancy => ({
	key: r.key,
	site: r.site,
	closesOn: r.closesOn,
	contract: r.contract,
	place: r.place,
	translations: localize(r.site, vacancyDrafts(r), fosLocales)
}));
