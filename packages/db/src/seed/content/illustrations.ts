// Illustrations for the seeded news and campaigns: flat drawings in each site's colours, drawn
// as SVG here and turned into JPEG photos' stand-ins by sharp, so the seed exercises the same
// image pipeline (checks, copies, alt texts) as an editor's upload. No text in the drawings:
// a fresh machine may have no fonts.
import type { Locale } from './types.ts';

export type IllustrationKey = 'work' | 'protection' | 'together' | 'climate';

export interface Illustration {
	key: IllustrationKey;
	/** What the drawing shows, for people who cannot see it. */
	alt: Record<Locale, string>;
	/** The point to keep in view when a card crops it. */
	focal: { x: number; y: number };
}

export const illustrations: Record<IllustrationKey, Illustration> = {
	work: {
		key: 'work',
		alt: {
			nl: 'Tekening: arbeiders met geheven vuisten achter een rood spandoek',
			fr: 'Dessin : des travailleurs, poing levé, derrière une banderole rouge',
			en: 'Drawing: workers with raised fists behind a red banner',
			es: 'Dibujo: trabajadores con el puño en alto detrás de una pancarta roja'
		},
		focal: { x: 0.5, y: 0.55 }
	},
	protection: {
		key: 'protection',
		alt: {
			nl: 'Tekening: een groot scherm beschermt een gezin tegen de regen',
			fr: 'Dessin : un grand parapluie protège une famille de la pluie',
			en: 'Drawing: a large umbrella shelters a family from the rain',
			es: 'Dibujo: un gran paraguas protege a una familia de la lluvia'
		},
		focal: { x: 0.5, y: 0.6 }
	},
	together: {
		key: 'together',
		alt: {
			nl: 'Tekening: mannen en vrouwen staan hand in hand in een kring',
			fr: 'Dessin : des hommes et des femmes se tiennent la main en cercle',
			en: 'Drawing: men and women stand hand in hand in a circle',
			es: 'Dibujo: hombres y mujeres de la mano formando un círculo'
		},
		focal: { x: 0.5, y: 0.5 }
	},
	climate: {
		key: 'climate',
		alt: {
			nl: 'Tekening: boeren op een groen veld onder een felle zon',
			fr: 'Dessin : des paysans dans un champ vert sous un soleil ardent',
			en: 'Drawing: farmers in a green field under a blazing sun',
			es: 'Dibujo: campesinos en un campo verde bajo un sol abrasador'
		},
		focal: { x: 0.4, y: 0.6 }
	}
};

/** The drawing that fits an item with these tags (its first tag decides). */
export function illustrationFor(tags: readonly string[]): IllustrationKey {
	const byTag: Record<string, IllustrationKey> = {
		'decent-work': 'work',
		'trade-unions': 'work',
		'informal-economy': 'work',
		'social-protection': 'protection',
		health: 'protection',
		gender: 'together',
		migration: 'together',
		'climate-justice': 'climate'
	};
	return byTag[tags[0] ?? ''] ?? 'together';
}

const colours = {
	wsm: { accent: '#a4262c', dark: '#3b1f2b', sky: '#f6e7d8', ground: '#d9b99b' },
	fos: { accent: '#c0122c', dark: '#23262f', sky: '#e4eef2', ground: '#b9c7a5' }
} as const;

const width = 1800;
const height = 1013;

/** A person: head and body, `s` times the base size, feet at (x, y). */
function person(x: number, y: number, s: number, fill: string, armUp = false): string {
	const arm = armUp
		? `<path d="M${x + 18 * s} ${y - 150 * s} l${28 * s} -${90 * s}" stroke="${fill}" stroke-width="${16 * s}" stroke-linecap="round"/>
		   <circle cx="${x + 46 * s}" cy="${y - 244 * s}" r="${13 * s}" fill="${fill}"/>`
		: '';
	return `<g>
		<circle cx="${x}" cy="${y - 205 * s}" r="${30 * s}" fill="${fill}"/>
		<path d="M${x - 38 * s} ${y} v-${120 * s} q0 -${55 * s} ${38 * s} -${55 * s} q${38 * s} 0 ${38 * s} ${55 * s} v${120 * s} z" fill="${fill}"/>
		${arm}
	</g>`;
}

function crowd(xs: number[], y: number, s: number, fill: string, armsUp = false): string {
	return xs.map((x, i) => person(x, y, s * (i % 2 ? 0.92 : 1), fill, armsUp && i % 2 === 0)).join('');
}

/** The SVG source of one illustration in one site's colours. */
export function illustrationSvg(key: IllustrationKey, site: 'wsm' | 'fos'): string {
	const c = colours[site];
	const ground = `<rect y="${height * 0.72}" width="${width}" height="${height * 0.28}" fill="${c.ground}"/>`;
	const scenes: Record<IllustrationKey, string> = {
		work: `${ground}
			${crowd([420, 560, 700, 840, 980, 1120, 1260, 1400], 760, 1.1, c.dark, true)}
			<rect x="360" y="560" width="1100" height="130" rx="10" fill="${c.accent}"/>
			<rect x="420" y="605" width="980" height="14" rx="7" fill="#fff" opacity=".8"/>
			<rect x="520" y="635" width="780" height="14" rx="7" fill="#fff" opacity=".6"/>`,
		protection: `${Array.from({ length: 40 }, (_, i) => `<path d="M${(i * 97) % width} ${(i * 53) % 500} l-12 40" stroke="#6b8fa3" stroke-width="6" stroke-linecap="round"/>`).join('')}
			${ground}
			<path d="M520 430 Q900 120 1280 430 Z" fill="${c.accent}"/>
			<path d="M900 300 V760" stroke="${c.dark}" stroke-width="14"/>
			${crowd([760, 860], 760, 1.15, c.dark)}${crowd([960, 1040], 760, 0.7, c.dark)}`,
		together: `${ground}
			<ellipse cx="900" cy="740" rx="560" ry="90" fill="${c.accent}" opacity=".25"/>
			${crowd([420, 560, 700, 840, 980, 1120, 1260, 1400], 760, 1, c.dark)}
			<path d="M430 640 H1390" stroke="${c.accent}" stroke-width="18" stroke-linecap="round"/>`,
		climate: `<circle cx="1420" cy="240" r="150" fill="#f2a900"/>
			${ground}
			${Array.from({ length: 9 }, (_, i) => `<path d="M${120 + i * 200} ${height} q60 -200 120 0" fill="#4f7a3a"/>`).join('')}
			${crowd([520, 760, 1000], 760, 1.05, c.dark)}`
	};
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
		<rect width="${width}" height="${height}" fill="${c.sky}"/>
		${scenes[key]}
	</svg>`;
}
