// The seed's pictures: one per news story and campaign, each a scene in its own light, with
// what it shows in the four languages and an honest credit (they are drawn, not photographed).
// A story the seed tells in several countries keeps its picture: the subject is the same.
import { seedNews } from '../content/articles.ts';
import * as indoor from './indoor.ts';
import * as outdoor from './outdoor.ts';
import { canvas, frame, random, type Palette, type Random } from './paint.ts';
import { palettes, type PaletteName } from './palettes.ts';

export type PictureLocale = 'nl' | 'fr' | 'en' | 'es';

export interface SeedPicture {
	/** The news story's or campaign's key, without the country a generated item adds. */
	key: string;
	site: 'wsm' | 'fos';
	/** What the picture shows, for people who cannot see it. */
	alt: Record<PictureLocale, string>;
	/** Who made it; shown under the picture on an article. */
	credit: string;
	/** The point to keep in view when a card crops it, 0–1 from the left and top. */
	focal: { x: number; y: number };
	palette: PaletteName;
	paint: (p: Palette, r: Random) => string;
	/** Which telling of its story this is: 0 (or none) the story's own, later ones framed anew. */
	round?: number;
}

type Draft = Omit<SeedPicture, 'credit'>;
const alt = (nl: string, fr: string, en: string, es: string): Record<PictureLocale, string> => ({
	nl,
	fr,
	en,
	es
});
const at = (x: number, y: number): { x: number; y: number } => ({ x, y });

const drafts: Draft[] = [
	{
		key: 'wsm-minimum-wage',
		site: 'wsm',
		palette: 'dusk',
		focal: at(0.5, 0.65),
		paint: outdoor.march,
		alt: alt(
			'Vakbondsleden met geheven vuisten marcheren bij zonsondergang achter een rood spandoek door een straat',
			'Des syndicalistes, poing levé, défilent au coucher du soleil derrière une banderole rouge',
			'Union members with raised fists march down a street at sunset behind a red banner',
			'Sindicalistas con el puño en alto marchan al atardecer tras una pancarta roja'
		)
	},
	{
		key: 'wsm-health-cover',
		site: 'wsm',
		palette: 'tropic',
		focal: at(0.5, 0.55),
		paint: indoor.clinic,
		alt: alt(
			'Mensen wachten in de schaduw voor een wit gezondheidscentrum tussen de bomen',
			'Des gens attendent à l’ombre devant un centre de santé blanc entouré d’arbres',
			'People wait in the shade outside a white health centre among trees',
			'Personas esperan a la sombra frente a un centro de salud blanco entre árboles'
		)
	},
	{
		key: 'wsm-domestic-workers',
		site: 'wsm',
		palette: 'morning',
		focal: at(0.5, 0.6),
		paint: outdoor.courtyard,
		alt: alt(
			'Een huishoudhulp staat op een binnenplaats onder lijnen vol kleurrijke was',
			'Une travailleuse domestique dans une cour, sous des cordes chargées de linge coloré',
			'A domestic worker stands in a courtyard under lines of colourful washing',
			'Una trabajadora del hogar en un patio, bajo cuerdas llenas de ropa de colores'
		)
	},
	{
		key: 'wsm-cooperative-social-security',
		site: 'wsm',
		palette: 'dry',
		focal: at(0.5, 0.65),
		paint: indoor.circle,
		alt: alt(
			'Leden van een coöperatie zitten in een kring onder een grote boom in een droog landschap',
			'Des membres d’une coopérative assis en cercle sous un grand arbre, dans un paysage sec',
			'Members of a cooperative sit in a circle under a large tree in a dry landscape',
			'Socios de una cooperativa sentados en círculo bajo un gran árbol en un paisaje seco'
		)
	},
	{
		key: 'wsm-young-leaders',
		site: 'wsm',
		palette: 'coolRoom',
		focal: at(0.6, 0.45),
		paint: indoor.classroom,
		alt: alt(
			'Jongeren aan lessenaars luisteren naar een trainer die naast een schoolbord staat',
			'Des jeunes assis à leurs pupitres écoutent une formatrice debout près d’un tableau noir',
			'Young people at desks listen to a trainer standing beside a blackboard',
			'Jóvenes en sus pupitres escuchan a una formadora de pie junto a una pizarra'
		)
	},
	{
		key: 'wsm-social-pension',
		site: 'wsm',
		palette: 'dawn',
		focal: at(0.5, 0.7),
		paint: indoor.bench,
		alt: alt(
			'Drie ouderen zitten bij dageraad op een bank aan de rand van een dorp',
			'Trois personnes âgées assises sur un banc à l’aube, au bord d’un village',
			'Three older people sit on a bench at dawn on the edge of a village',
			'Tres personas mayores sentadas en un banco al amanecer, a la entrada de un pueblo'
		)
	},
	{
		key: 'wsm-climate-farmers',
		site: 'wsm',
		palette: 'dry',
		focal: at(0.5, 0.7),
		paint: (p, r) => outdoor.field(p, r, { dry: true }),
		alt: alt(
			'Boeren buigen zich over een uitgedroogde akker onder een verzengende zon',
			'Des paysans penchés sur un champ desséché sous un soleil brûlant',
			'Farmers bend over a parched field under a scorching sun',
			'Campesinos inclinados sobre un campo reseco bajo un sol abrasador'
		)
	},
	{
		key: 'wsm-informal-organising',
		site: 'wsm',
		palette: 'overcast',
		focal: at(0.5, 0.6),
		paint: outdoor.market,
		alt: alt(
			'Verkopers en klanten tussen marktkramen met gekleurde luifels',
			'Vendeuses et clients entre des étals de marché aux auvents colorés',
			'Vendors and shoppers between market stalls with coloured awnings',
			'Vendedoras y clientes entre puestos de mercado con toldos de colores'
		)
	},
	{
		key: 'wsm-maternity-care',
		site: 'wsm',
		palette: 'rose',
		focal: at(0.35, 0.6),
		paint: indoor.ward,
		alt: alt(
			'Een moeder met haar baby en een verpleegster in een lichte kamer van een gezondheidscentrum',
			'Une mère et son bébé avec une infirmière dans une salle claire d’un centre de santé',
			'A mother with her baby and a nurse in a bright room of a health centre',
			'Una madre con su bebé y una enfermera en una sala luminosa de un centro de salud'
		)
	},
	{
		key: 'wsm-union-exchange',
		site: 'wsm',
		palette: 'warmRoom',
		focal: at(0.5, 0.6),
		paint: indoor.meeting,
		alt: alt(
			'Vakbondsmensen overleggen rond een lange tafel met papieren, het licht valt door de ramen',
			'Des syndicalistes discutent autour d’une longue table couverte de papiers, la lumière entre par les fenêtres',
			'Trade unionists confer around a long table with papers, light falling through the windows',
			'Sindicalistas deliberan alrededor de una mesa larga con papeles; la luz entra por las ventanas'
		)
	},
	{
		key: 'wsm-protection-floor-coalition',
		site: 'wsm',
		palette: 'evening',
		focal: at(0.5, 0.35),
		paint: indoor.hall,
		alt: alt(
			'Een volle zaal kijkt naar sprekers op een verlicht podium',
			'Une salle comble regarde des intervenants sur une scène éclairée',
			'A packed hall watches speakers on a lit stage',
			'Una sala llena mira a quienes hablan en un escenario iluminado'
		)
	},
	{
		key: 'wsm-violence-at-work',
		site: 'wsm',
		palette: 'highland',
		focal: at(0.5, 0.6),
		paint: indoor.workshop,
		alt: alt(
			'Rijen vrouwen aan naaimachines in een kledingatelier onder hangende lampen',
			'Des rangées de femmes aux machines à coudre dans un atelier de confection, sous des lampes suspendues',
			'Rows of women at sewing machines in a garment workshop under hanging lamps',
			'Filas de mujeres ante máquinas de coser en un taller textil bajo lámparas colgantes'
		)
	},
	{
		key: 'wsm-safe-migration',
		site: 'wsm',
		palette: 'dawn',
		focal: at(0.5, 0.65),
		paint: outdoor.road,
		alt: alt(
			'Mensen met bagage lopen bij dageraad over een weg naar een wachtende bus, bergen aan de horizon',
			'À l’aube, des gens chargés de bagages marchent sur une route vers un bus, des montagnes à l’horizon',
			'At dawn, people with luggage walk along a road towards a waiting bus, mountains on the horizon',
			'Al amanecer, personas con equipaje caminan por una carretera hacia un autobús, montañas en el horizonte'
		)
	},
	{
		key: 'wsm-solar-cooperative',
		site: 'wsm',
		palette: 'noon',
		focal: at(0.4, 0.7),
		paint: outdoor.solar,
		alt: alt(
			'Twee technici bij rijen zonnepanelen naast een dorp met rode daken',
			'Deux techniciennes près de rangées de panneaux solaires, à côté d’un village aux toits rouges',
			'Two technicians by rows of solar panels next to a village with red roofs',
			'Dos técnicas junto a filas de paneles solares al lado de un pueblo de techos rojos'
		)
	},
	{
		key: 'wsm-farmers-health-insurance',
		site: 'wsm',
		palette: 'tropic',
		focal: at(0.5, 0.7),
		paint: (p, r) => outdoor.field(p, r, { terraces: true }),
		alt: alt(
			'Boeren aan het werk op groene terrasvelden tegen een heuvel',
			'Des paysans au travail sur des cultures en terrasses à flanc de colline',
			'Farmers at work on green terraced fields on a hillside',
			'Campesinos trabajando en bancales verdes en la ladera de una colina'
		)
	},
	{
		key: 'wsm-migrant-helpdesk',
		site: 'wsm',
		palette: 'coolRoom',
		focal: at(0.35, 0.6),
		paint: indoor.office,
		alt: alt(
			'Mensen worden aan een loket met hun papieren geholpen, anderen wachten op een bank',
			'Au guichet, des personnes reçoivent de l’aide pour leurs papiers, d’autres attendent sur un banc',
			'People get help with their papers at a counter while others wait on a bench',
			'En una ventanilla ayudan a personas con sus papeles; otras esperan en un banco'
		)
	},
	{
		key: 'wsm-due-diligence-2025',
		site: 'wsm',
		palette: 'overcast',
		focal: at(0.5, 0.55),
		paint: outdoor.port,
		alt: alt(
			'Havenarbeiders op de kade voor kranen en gestapelde containers onder een grijze lucht',
			'Des dockers sur le quai devant des grues et des conteneurs empilés, sous un ciel gris',
			'Dockers on the quay in front of cranes and stacked containers under a grey sky',
			'Estibadores en el muelle frente a grúas y contenedores apilados bajo un cielo gris'
		)
	},
	{
		key: 'wsm-decent-work-day-2025',
		site: 'wsm',
		palette: 'morning',
		focal: at(0.5, 0.65),
		paint: outdoor.march,
		alt: alt(
			'Een betoging met spandoeken trekt op een zonnige ochtend tussen de huizen door',
			'Une manifestation avec banderoles avance entre les immeubles par un matin ensoleillé',
			'A demonstration with banners moves between buildings on a sunny morning',
			'Una manifestación con pancartas avanza entre los edificios una mañana soleada'
		)
	},
	{
		key: 'wsm-social-justice-day-2026',
		site: 'wsm',
		palette: 'evening',
		focal: at(0.5, 0.4),
		paint: indoor.hands,
		alt: alt(
			'Geheven vuisten van dichtbij op een avondlijk plein vol mensen',
			'Des poings levés en gros plan sur une place pleine de monde, le soir',
			'Raised fists close up in a square full of people in the evening',
			'Puños en alto en primer plano en una plaza llena de gente al anochecer'
		)
	},
	{
		key: 'wsm-network-meeting-2026',
		site: 'wsm',
		palette: 'warmRoom',
		focal: at(0.5, 0.35),
		paint: indoor.hall,
		alt: alt(
			'Partners uit verschillende landen in een warm verlichte zaal, sprekers op het podium',
			'Des partenaires de plusieurs pays dans une salle chaleureuse, des intervenants sur l’estrade',
			'Partners from several countries in a warmly lit hall, speakers on the stage',
			'Socios de varios países en una sala de luz cálida, con ponentes en el estrado'
		)
	},
	{
		key: 'fos-precarious-work',
		site: 'fos',
		palette: 'noon',
		focal: at(0.5, 0.6),
		paint: outdoor.building,
		alt: alt(
			'Bouwvakkers met lasten op een bouwplaats, een steiger en een kraan achter hen',
			'Des ouvriers portant des charges sur un chantier, un échafaudage et une grue derrière eux',
			'Builders carrying loads on a building site, scaffolding and a crane behind them',
			'Obreros cargando material en una obra, con un andamio y una grúa detrás'
		)
	},
	{
		key: 'fos-gender-at-work',
		site: 'fos',
		palette: 'coolRoom',
		focal: at(0.5, 0.6),
		paint: indoor.workshop,
		alt: alt(
			'Naaisters aan lange werktafels in een koel verlichte fabriekshal',
			'Des couturières à de longues tables de travail dans un atelier à la lumière froide',
			'Seamstresses at long worktables in a coolly lit factory hall',
			'Costureras en largas mesas de trabajo en una nave de luz fría'
		)
	},
	{
		key: 'fos-public-health',
		site: 'fos',
		palette: 'highland',
		focal: at(0.5, 0.55),
		paint: indoor.clinic,
		alt: alt(
			'Een rij wachtenden voor een gezondheidspost in de hooglanden',
			'Une file d’attente devant un poste de santé dans les hauts plateaux',
			'A queue outside a health post in the highlands',
			'Una fila de personas ante un puesto de salud en el altiplano'
		)
	},
	{
		key: 'fos-srhr-youth',
		site: 'fos',
		palette: 'tropic',
		focal: at(0.5, 0.65),
		paint: indoor.circle,
		alt: alt(
			'Jongeren zitten in een kring in het gras en praten met elkaar',
			'Des jeunes assis en cercle dans l’herbe discutent ensemble',
			'Young people sit in a circle on the grass, talking together',
			'Jóvenes sentados en círculo sobre la hierba conversan entre sí'
		)
	},
	{
		key: 'fos-social-security-access',
		site: 'fos',
		palette: 'warmRoom',
		focal: at(0.35, 0.6),
		paint: indoor.office,
		alt: alt(
			'Werknemers aan het loket van een sociaal zekerheidskantoor, een wachtrij op de bank',
			'Des travailleurs au guichet d’un bureau de sécurité sociale, d’autres patientent sur un banc',
			'Workers at the counter of a social security office, others queueing on a bench',
			'Trabajadores en la ventanilla de una oficina de seguridad social; otros esperan en un banco'
		)
	},
	{
		key: 'fos-abvv-exchange',
		site: 'fos',
		palette: 'coolRoom',
		focal: at(0.5, 0.6),
		paint: indoor.meeting,
		alt: alt(
			'Vakbondsmensen uit België en Latijns-Amerika in gesprek rond een tafel',
			'Des syndicalistes de Belgique et d’Amérique latine en discussion autour d’une table',
			'Trade unionists from Belgium and Latin America in discussion around a table',
			'Sindicalistas de Bélgica y América Latina conversan alrededor de una mesa'
		)
	},
	{
		key: 'fos-climate-workers',
		site: 'fos',
		palette: 'morning',
		focal: at(0.5, 0.7),
		paint: outdoor.field,
		alt: alt(
			'Landarbeiders tussen lange rijen gewassen op een plantage in het ochtendlicht',
			'Des ouvriers agricoles entre de longues rangées de cultures, dans la lumière du matin',
			'Farm workers between long rows of crops on a plantation in the morning light',
			'Jornaleros entre largas hileras de cultivos en una plantación a la luz de la mañana'
		)
	},
	{
		key: 'fos-migrant-workers',
		site: 'fos',
		palette: 'dusk',
		focal: at(0.5, 0.65),
		paint: outdoor.road,
		alt: alt(
			'Arbeiders met tassen op een bergweg in de avondschemering, een bus in de verte',
			'Des travailleurs avec leurs sacs sur une route de montagne au crépuscule, un bus au loin',
			'Workers with bags on a mountain road at dusk, a bus in the distance',
			'Trabajadores con bolsas en una carretera de montaña al anochecer, un autobús a lo lejos'
		)
	},
	{
		key: 'fos-uhc-day-2025',
		site: 'fos',
		palette: 'noon',
		focal: at(0.5, 0.65),
		paint: (p, r) => outdoor.march(p, r, { street: false }),
		alt: alt(
			'Betogers met spandoeken op een open plein onder een blauwe lucht',
			'Des manifestants avec des banderoles sur une grande place sous un ciel bleu',
			'Demonstrators with banners on an open square under a blue sky',
			'Manifestantes con pancartas en una plaza abierta bajo un cielo azul'
		)
	},
	{
		key: 'fos-womens-day-2026',
		site: 'fos',
		palette: 'rose',
		focal: at(0.5, 0.65),
		paint: outdoor.march,
		alt: alt(
			'Vrouwen marcheren met paarse spandoeken door de straten',
			'Des femmes défilent dans les rues avec des banderoles violettes',
			'Women march through the streets with purple banners',
			'Mujeres marchan por las calles con pancartas moradas'
		)
	},
	{
		key: 'wsm-campaign-social-protection',
		site: 'wsm',
		palette: 'morning',
		focal: at(0.5, 0.65),
		paint: indoor.circle,
		alt: alt(
			'Een gemeenschap komt samen in een kring onder een boom op een heldere ochtend',
			'Une communauté réunie en cercle sous un arbre par un matin clair',
			'A community gathers in a circle under a tree on a clear morning',
			'Una comunidad reunida en círculo bajo un árbol en una mañana clara'
		)
	},
	{
		key: 'wsm-campaign-decent-work-day',
		site: 'wsm',
		palette: 'dusk',
		focal: at(0.5, 0.4),
		paint: indoor.hands,
		alt: alt(
			'Geheven vuisten bij zonsondergang, spandoeken onscherp op de achtergrond',
			'Des poings levés au coucher du soleil, des banderoles floues à l’arrière-plan',
			'Raised fists at sunset, banners blurred in the background',
			'Puños en alto al atardecer, con pancartas desenfocadas al fondo'
		)
	}
];

/** The credit under each picture: honest that these are drawings made for the seed. */
export const creditFor = (site: 'wsm' | 'fos'): string => `Illustratie: ${site.toUpperCase()}`;

// Each story is told in several countries (`wsm-minimum-wage-bo`, `fos-…-pe`), and each telling
// is a news item of its own: the first takes the story's picture, every other the same scene painted
// again with another composition (the random follows the key), so no two news items share a
// picture. The description still holds: same subject, same light.
const roundsOf = (d: Draft): string[] =>
	seedNews
		.map((news) => news.key)
		.filter((key) => key.startsWith(`${d.key}-`) && /^-[a-z]{2}$/.test(key.slice(d.key.length)))
		.sort();

export const seedPictures: readonly SeedPicture[] = drafts.flatMap((d) => {
	const picture = { ...d, credit: creditFor(d.site) };
	return [
		picture,
		...roundsOf(d)
			.slice(1)
			.map((key, i) => ({ ...picture, key, round: i + 1 }))
	];
});

/** The SVG source of a picture; the same on every run. */
export function pictureSvg(picture: SeedPicture): string {
	const palette = palettes[picture.palette];
	const body = picture.paint(palette, random(picture.key));
	return frame(palette, picture.round ? reframed(body, picture.round) : body);
}

/**
 * A later telling of a story: the scene seen closer (more so each round) around another point,
 * mirrored every other round, so it never looks like a copy even where the random changes little.
 * Scaled up from a point inside the canvas, the scene still covers it.
 */
function reframed(body: string, round: number): string {
	const { width: w, height: h } = canvas;
	const k = 1 + 0.18 * round;
	const cx = w * (round % 2 ? 0.3 : 0.7);
	const cy = h * 0.55;
	const mirror = round % 2 ? `translate(${w} 0) scale(-1 1) ` : '';
	return `<g transform="${mirror}translate(${cx * (1 - k)} ${cy * (1 - k)}) scale(${k})">${body}</g>`;
}

/**
 * The picture of a news item or campaign: its own key, or, for an item the seed generates per
 * country (`wsm-minimum-wage-bo`), its story's. Undefined when none fits.
 */
export function pictureFor(entryKey: string): SeedPicture | undefined {
	const byKey = new Map(seedPictures.map((p) => [p.key, p]));
	return byKey.get(entryKey) ?? byKey.get(entryKey.replace(/-[a-z]{2}$/, ''));
}
