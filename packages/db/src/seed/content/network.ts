import type { Locale, PartnerKind, SeedCountry, SeedPartner } from './types.ts';

type Continent = SeedCountry['continent'];

// Compact rows: code, continent, then names and slugs in nl/fr/en/es order.
const countryRows: [string, Continent, [string, string, string, string], [string, string, string, string]][] =
	[
		[
			'BO',
			'latin-america',
			['Bolivia', 'Bolivie', 'Bolivia', 'Bolivia'],
			['bolivia', 'bolivie', 'bolivia', 'bolivia']
		],
		['IN', 'asia', ['India', 'Inde', 'India', 'India'], ['india', 'inde', 'india', 'india']],
		['BJ', 'africa', ['Benin', 'Bénin', 'Benin', 'Benín'], ['benin', 'benin', 'benin', 'benin']],
		[
			'GT',
			'latin-america',
			['Guatemala', 'Guatemala', 'Guatemala', 'Guatemala'],
			['guatemala', 'guatemala', 'guatemala', 'guatemala']
		],
		[
			'ID',
			'asia',
			['Indonesië', 'Indonésie', 'Indonesia', 'Indonesia'],
			['indonesie', 'indonesie', 'indonesia', 'indonesia']
		],
		[
			'BI',
			'africa',
			['Burundi', 'Burundi', 'Burundi', 'Burundi'],
			['burundi', 'burundi', 'burundi', 'burundi']
		],
		['PE', 'latin-america', ['Peru', 'Pérou', 'Peru', 'Perú'], ['peru', 'perou', 'peru', 'peru']],
		[
			'CD',
			'africa',
			['DR Congo', 'RD Congo', 'DR Congo', 'RD Congo'],
			['dr-congo', 'rd-congo', 'dr-congo', 'rd-congo']
		],
		[
			'KH',
			'asia',
			['Cambodja', 'Cambodge', 'Cambodia', 'Camboya'],
			['cambodja', 'cambodge', 'cambodia', 'camboya']
		],
		['RW', 'africa', ['Rwanda', 'Rwanda', 'Rwanda', 'Ruanda'], ['rwanda', 'rwanda', 'rwanda', 'ruanda']],
		[
			'DO',
			'latin-america',
			['Dominicaanse Republiek', 'République dominicaine', 'Dominican Republic', 'República Dominicana'],
			['dominicaanse-republiek', 'republique-dominicaine', 'dominican-republic', 'republica-dominicana']
		],
		[
			'PH',
			'asia',
			['Filipijnen', 'Philippines', 'Philippines', 'Filipinas'],
			['filipijnen', 'philippines', 'philippines', 'filipinas']
		],
		[
			'SN',
			'africa',
			['Senegal', 'Sénégal', 'Senegal', 'Senegal'],
			['senegal', 'senegal', 'senegal', 'senegal']
		],
		['NP', 'asia', ['Nepal', 'Népal', 'Nepal', 'Nepal'], ['nepal', 'nepal', 'nepal', 'nepal']],
		[
			'BF',
			'africa',
			['Burkina Faso', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso'],
			['burkina-faso', 'burkina-faso', 'burkina-faso', 'burkina-faso']
		],
		[
			'BD',
			'asia',
			['Bangladesh', 'Bangladesh', 'Bangladesh', 'Bangladés'],
			['bangladesh', 'bangladesh', 'bangladesh', 'banglades']
		],
		['TG', 'africa', ['Togo', 'Togo', 'Togo', 'Togo'], ['togo', 'togo', 'togo', 'togo']],
		['GN', 'africa', ['Guinee', 'Guinée', 'Guinea', 'Guinea'], ['guinee', 'guinee', 'guinea', 'guinea']],
		['ML', 'africa', ['Mali', 'Mali', 'Mali', 'Malí'], ['mali', 'mali', 'mali', 'mali']],
		[
			'MR',
			'africa',
			['Mauritanië', 'Mauritanie', 'Mauritania', 'Mauritania'],
			['mauritanie', 'mauritanie', 'mauritania', 'mauritania']
		],
		[
			'BE',
			'europe',
			['België', 'Belgique', 'Belgium', 'Bélgica'],
			['belgie', 'belgique', 'belgium', 'belgica']
		],
		['CU', 'latin-america', ['Cuba', 'Cuba', 'Cuba', 'Cuba'], ['cuba', 'cuba', 'cuba', 'cuba']],
		[
			'SV',
			'latin-america',
			['El Salvador', 'Salvador', 'El Salvador', 'El Salvador'],
			['el-salvador', 'salvador', 'el-salvador', 'el-salvador']
		],
		[
			'MZ',
			'africa',
			['Mozambique', 'Mozambique', 'Mozambique', 'Mozambique'],
			['mozambique', 'mozambique', 'mozambique', 'mozambique']
		],
		[
			'ZA',
			'africa',
			['Zuid-Afrika', 'Afrique du Sud', 'South Africa', 'Sudáfrica'],
			['zuid-afrika', 'afrique-du-sud', 'south-africa', 'sudafrica']
		]
	];

const byLocale = (v: [string, string, string, string]): Record<Locale, string> => ({
	nl: v[0],
	fr: v[1],
	en: v[2],
	es: v[3]
});

// Order follows the country list on the WSM site.
// FOS works in fewer countries, with its own partners; the rest of the rows are WSM's network.
const fosOnly = new Set(['CU', 'SV', 'MZ', 'ZA']);
const fosToo = new Set(['BO', 'PE', 'BE']);

export const seedCountries: SeedCountry[] = countryRows.map(([code, continent, names, slugs]) => ({
	code,
	names: byLocale(names),
	slugs: byLocale(slugs),
	continent,
	sites: fosOnly.has(code) ? ['fos'] : fosToo.has(code) ? ['wsm', 'fos'] : ['wsm']
}));

const partner =
	(site: SeedPartner['site']) =>
	(country: string, kind: PartnerKind, slug: string, name: string, website?: string): SeedPartner => {
		const key = `${site === 'fos' ? 'fos-' : ''}${country.toLowerCase()}-${slug}`;
		return website === undefined
			? { key, site, country, kind, name }
			: { key, site, country, kind, name, website };
	};
const p = partner('wsm');
const f = partner('fos');

// Union confederations are real national bodies; other partners carry descriptive, generic names on purpose.
export const seedPartners: SeedPartner[] = [
	p('BO', 'union', 'cob', 'Central Obrera Boliviana (COB)'),
	p('BO', 'womens', 'domestic-workers-la-paz', 'Asociación de trabajadoras del hogar de La Paz'),
	p(
		'BO',
		'cooperative',
		'market-savings-el-alto',
		'Cooperativa de ahorro y crédito de comerciantes de El Alto'
	),

	p('IN', 'womens', 'sewa', 'Self Employed Women’s Association (SEWA)', 'https://www.sewa.org'),
	p(
		'IN',
		'mutuality',
		'health-mutual-tamil-nadu',
		'Community health mutual of informal workers in Tamil Nadu'
	),
	p('IN', 'youth', 'young-workers-chennai', 'Young workers’ network of Chennai'),

	p('BJ', 'union', 'csa-benin', 'Confédération des Syndicats Autonomes du Bénin (CSA-Bénin)'),
	p('BJ', 'mutuality', 'mutuelle-borgou', 'Mutualité de santé communautaire du Borgou'),
	p('BJ', 'cooperative', 'karite-collines', 'Union des coopératives de productrices de karité des Collines'),

	p('GT', 'union', 'cusg', 'Confederación de Unidad Sindical de Guatemala (CUSG)'),
	p('GT', 'farmers', 'campesinos-huehuetenango', 'Asociación de productores campesinos de Huehuetenango'),
	p('GT', 'womens', 'maquila-women', 'Colectivo de mujeres trabajadoras de la maquila'),

	p('ID', 'union', 'ksbsi', 'Konfederasi Serikat Buruh Sejahtera Indonesia (KSBSI)'),
	p('ID', 'cooperative', 'informal-workers-jakarta', 'Informal workers’ cooperative of North Jakarta'),
	p('ID', 'seniors', 'elderly-yogyakarta', 'Network of older people’s self-help groups in Yogyakarta'),

	p('BI', 'union', 'cosybu', 'Confédération des Syndicats du Burundi (COSYBU)'),
	p(
		'BI',
		'mutuality',
		'mutuelle-bujumbura',
		'Mutuelle de santé des travailleurs de l’économie informelle de Bujumbura'
	),
	p('BI', 'youth', 'jeunes-gitega', 'Association des jeunes travailleurs de Gitega'),

	p('PE', 'union', 'cgtp', 'Confederación General de Trabajadores del Perú (CGTP)'),
	p('PE', 'seniors', 'adultos-mayores-lima-sur', 'Asociación de adultos mayores de Lima Sur'),
	p('PE', 'farmers', 'agroecologia-cusco', 'Asociación de productores agroecológicos de Cusco'),

	p('CD', 'union', 'csc-congo', 'Confédération Syndicale du Congo (CSC)'),
	p('CD', 'mutuality', 'mutuelle-sud-kivu', 'Mutuelle de santé communautaire du Sud-Kivu'),
	p('CD', 'womens', 'vendeuses-kinshasa', 'Collectif des femmes vendeuses des marchés de Kinshasa'),

	p('KH', 'union', 'clc', 'Cambodian Labour Confederation (CLC)'),
	p('KH', 'womens', 'women-workers-phnom-penh', 'Network of women workers’ groups in Phnom Penh'),
	p('KH', 'mutuality', 'health-scheme-takeo', 'Community-based health insurance scheme of Takeo'),

	p('RW', 'union', 'cestrar', 'Centrale des Syndicats des Travailleurs du Rwanda (CESTRAR)'),
	p('RW', 'mutuality', 'mutuelle-motos-kigali', 'Mutuelle de santé des conducteurs de moto-taxi de Kigali'),
	p('RW', 'cooperative', 'cafe-huye', 'Coopérative de caféiculteurs du district de Huye'),

	p('DO', 'union', 'cnus', 'Confederación Nacional de Unidad Sindical (CNUS)'),
	p('DO', 'womens', 'domesticas-santo-domingo', 'Asociación de trabajadoras domésticas de Santo Domingo'),
	p(
		'DO',
		'cooperative',
		'cacao-san-francisco',
		'Cooperativa de productores de cacao de San Francisco de Macorís'
	),

	p('PH', 'union', 'ffw', 'Federation of Free Workers (FFW)'),
	p('PH', 'farmers', 'farmers-bukidnon', 'Farmers’ association of Bukidnon'),
	p('PH', 'youth', 'young-workers-manila', 'Young workers’ network of Metro Manila'),

	p('SN', 'union', 'cnts', 'Confédération Nationale des Travailleurs du Sénégal (CNTS)'),
	p('SN', 'mutuality', 'mutuelles-thies', 'Union des mutuelles de santé de Thiès'),
	p('SN', 'seniors', 'aines-dakar', 'Association des personnes âgées de Dakar'),

	p('NP', 'union', 'gefont', 'General Federation of Nepalese Trade Unions (GEFONT)'),
	p(
		'NP',
		'cooperative',
		'savings-kathmandu',
		'Informal workers’ savings and credit cooperative of Kathmandu'
	),
	p('NP', 'seniors', 'senior-citizens-lalitpur', 'Senior citizens’ association of Lalitpur'),

	p('BF', 'union', 'cntb', 'Confédération Nationale des Travailleurs du Burkina (CNTB)'),
	p('BF', 'farmers', 'coton-houet', 'Union des groupements de producteurs de coton du Houet'),
	p(
		'BF',
		'mutuality',
		'mutuelle-ouagadougou',
		'Mutuelle de santé des travailleurs de l’économie informelle de Ouagadougou'
	),

	p('BD', 'union', 'garment-unions-dhaka', 'Federation of garment workers’ unions in Dhaka'),
	p('BD', 'womens', 'domestic-workers-chittagong', 'Women domestic workers’ association of Chittagong'),
	p('BD', 'youth', 'young-workers-gazipur', 'Young workers’ network of Gazipur'),

	p('TG', 'union', 'cstt', 'Confédération Syndicale des Travailleurs du Togo (CSTT)'),
	p('TG', 'mutuality', 'mutuelle-artisans-lome', 'Mutuelle de santé des artisans de Lomé'),
	p('TG', 'cooperative', 'manioc-kara', 'Coopérative des femmes transformatrices de manioc de Kara'),

	p('GN', 'union', 'cntg', 'Confédération Nationale des Travailleurs de Guinée (CNTG)'),
	p('GN', 'youth', 'jeunes-conakry', 'Association des jeunes travailleurs de Conakry'),
	p('GN', 'farmers', 'maraichers-labe', 'Union des groupements maraîchers de Labé'),

	p('ML', 'union', 'untm', 'Union Nationale des Travailleurs du Mali (UNTM)'),
	p('ML', 'mutuality', 'mutuelle-commercantes-bamako', 'Mutuelle de santé des femmes commerçantes de Bamako'),
	p('ML', 'seniors', 'aines-segou', 'Association des retraités et personnes âgées de Ségou'),

	p('MR', 'union', 'cgtm', 'Confédération Générale des Travailleurs de Mauritanie (CGTM)'),
	p('MR', 'cooperative', 'maraichage-rosso', 'Coopérative féminine de maraîchage de Rosso'),
	p('MR', 'farmers', 'eleveurs-brakna', 'Association des éleveurs et agriculteurs du Brakna'),

	p('BE', 'union', 'acv-csc', 'ACV-CSC'),
	p('BE', 'mutuality', 'cm-mc', 'CM-MC', 'https://www.cm.be'),

	f('BO', 'union', 'cob', 'Central Obrera Boliviana (COB)'),
	f('BO', 'womens', 'domestic-workers-cochabamba', 'Sindicato de trabajadoras del hogar de Cochabamba'),
	f('PE', 'union', 'cgtp', 'Confederación General de Trabajadores del Perú (CGTP)'),
	f('PE', 'womens', 'domestic-workers-lima', 'Colectivo de trabajadoras del hogar de Lima'),
	f('CU', 'union', 'ctc', 'Central de Trabajadores de Cuba (CTC)'),
	f('CU', 'cooperative', 'pinar-del-rio', 'Red de cooperativas agropecuarias de Pinar del Río'),
	f('SV', 'union', 'csts', 'Confederación Sindical de Trabajadoras y Trabajadores de El Salvador (CSTS)'),
	f('SV', 'youth', 'young-workers', 'Red de jóvenes por el trabajo digno de San Salvador'),
	f('MZ', 'union', 'otm-cs', 'Organização dos Trabalhadores de Moçambique – Central Sindical (OTM-CS)'),
	f('MZ', 'womens', 'informal-workers-maputo', 'Associação de mulheres trabalhadoras informais de Maputo'),
	f('ZA', 'union', 'cosatu', 'Congress of South African Trade Unions (COSATU)'),
	f('ZA', 'youth', 'workers-education-gauteng', 'Young workers’ education network, Gauteng'),
	f('BE', 'union', 'abvv-fgtb', 'ABVV-FGTB'),
	f('BE', 'mutuality', 'solidaris', 'Solidaris')
];
