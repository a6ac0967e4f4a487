// The brushes the seed's pictures are painted with: light (sky gradients, a glowing sun, haze),
// depth (blurred, paler layers further away), grain (feTurbulence) and people as silhouettes in
// a few postures. Everything is a pure function of its arguments and a seeded random, so a
// picture's SVG, and therefore its JPEG, is the same on every run. No text: a fresh machine may
// have no fonts.

/** The canvas every scene draws on; the rendered picture is scaled to `outputSize`. */
export const canvas = { width: 1600, height: 900 } as const;
export const outputSize = { width: 1280, height: 720 } as const;

export interface Palette {
	skyTop: string;
	skyBottom: string;
	/** The light source's colour (sun, lamp, window). */
	light: string;
	/** Hills or buildings far away, mid-distance and near. */
	far: string;
	mid: string;
	near: string;
	ground: string;
	/** People and the darkest shapes. */
	ink: string;
	/** Cloth, banners, awnings. */
	accents: readonly string[];
}

/** Mulberry32: a small seeded random, so the same key always paints the same picture. */
export function random(seed: string): () => number {
	let h = 1779033703;
	for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
	let a = h >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Random = () => number;
export const between = (r: Random, min: number, max: number): number => min + r() * (max - min);
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const f = (n: number): string => n.toFixed(1);

/** Shared definitions: blurs for depth and the film grain. Ids are fixed: one picture per SVG. */
export function defs(p: Palette): string {
	return `<defs>
	<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
		<stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/>
	</linearGradient>
	<radialGradient id="glow"><stop offset="0" stop-color="${p.light}" stop-opacity=".95"/>
		<stop offset=".25" stop-color="${p.light}" stop-opacity=".45"/><stop offset="1" stop-color="${p.light}" stop-opacity="0"/></radialGradient>
	<radialGradient id="vignette" cx=".5" cy=".5" r=".75"><stop offset=".55" stop-color="#000" stop-opacity="0"/>
		<stop offset="1" stop-color="#000" stop-opacity=".55"/></radialGradient>
	<linearGradient id="floor" x1="0" y1="0" x2="0" y2="1">
		<stop offset="0" stop-color="${p.ground}"/><stop offset="1" stop-color="${p.ink}" stop-opacity=".9"/>
	</linearGradient>
	<filter id="blur-far" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="9"/></filter>
	<filter id="blur-mid" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="3.5"/></filter>
	<filter id="blur-soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="40"/></filter>
	<filter id="grain" x="0" y="0" width="100%" height="100%">
		<feTurbulence type="fractalNoise" baseFrequency=".9" numOctaves="2" seed="7"/>
		<feColorMatrix values="0 0 0 0 .5  0 0 0 0 .5  0 0 0 0 .5  0 0 0 .16 0"/>
	</filter>
	<filter id="mottle" x="0" y="0" width="100%" height="100%">
		<feTurbulence type="fractalNoise" baseFrequency=".004 .012" numOctaves="3" seed="3"/>
		<feColorMatrix values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 .35 0"/>
	</filter>
</defs>`;
}

/** The whole picture: sky, the scene's layers, then haze, vignette and grain on top. */
export function frame(p: Palette, body: string): string {
	const { width: w, height: h } = canvas;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${outputSize.width}" height="${outputSize.height}" viewBox="0 0 ${w} ${h}">
${defs(p)}
<rect width="${w}" height="${h}" fill="url(#sky)"/>
${body}
<rect width="${w}" height="${h}" fill="url(#vignette)"/>
<rect width="${w}" height="${h}" filter="url(#grain)"/>
</svg>`;
}

/** A glowing light: the sun low in the sky, or a window's light indoors. */
export const glow = (x: number, y: number, r: number): string =>
	`<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="url(#glow)"/>`;

/** A range of hills along `y`, `amp` high; `blur` names a depth (far, mid) or none. */
export function hills(r: Random, y: number, amp: number, fill: string, blur?: 'far' | 'mid'): string {
	const { width: w, height: h } = canvas;
	let d = `M0 ${h} L0 ${f(y)}`;
	const steps = 8;
	for (let i = 1; i <= steps; i++) {
		const x = (w * i) / steps;
		const cx = x - w / steps / 2;
		d += ` Q${f(cx)} ${f(y - amp * between(r, 0.4, 1.2))} ${f(x)} ${f(y - amp * between(r, -0.1, 0.5))}`;
	}
	d += ` L${w} ${h} Z`;
	return `<path d="${d}" fill="${fill}"${blur ? ` filter="url(#blur-${blur})"` : ''}/>`;
}

/** Ground from `y` to the bottom, darker towards the viewer, with a mottled texture. */
export function ground(y: number): string {
	const { width: w, height: h } = canvas;
	return `<rect y="${f(y)}" width="${w}" height="${f(h - y)}" fill="url(#floor)"/>
<rect y="${f(y)}" width="${w}" height="${f(h - y)}" filter="url(#mottle)"/>`;
}

/** Soft light falling across the scene, e.g. through a window or between buildings. */
export const beam = (x: number, spread: number, colour: string, opacity = 0.22): string =>
	`<path d="M${f(x)} 0 L${f(x + spread)} 0 L${f(x + spread * 2.6)} 900 L${f(x + spread * 0.6)} 900 Z" fill="${colour}" opacity="${opacity}" filter="url(#blur-soft)"/>`;

export type Pose = 'stand' | 'walk' | 'fist' | 'wave' | 'bend' | 'sit' | 'carry' | 'dress';

/**
 * A person seen from afar, feet at (x, y), `h` pixels tall. Dresses, head-loads, raised fists
 * and bent backs make a crowd read as people at work or in a march rather than as pins.
 */
export function person(x: number, y: number, h: number, fill: string, pose: Pose, flip = false): string {
	const s = h / 100;
	const t = `translate(${f(x)} ${f(y)}) scale(${flip ? -s : s} ${s})`;
	const head = `<circle cx="0" cy="-89" r="8.5"/>`;
	const torso = `<path d="M-11 -77 Q0 -82 11 -77 L13.5 -47 Q0 -43 -13.5 -47 Z"/>`;
	const legs =
		pose === 'walk'
			? `<path d="M-8 -48 L-14 -1 L-8 0 L0 -34 L9 0 L15 -1 L8 -48 Z"/>`
			: `<path d="M-9 -48 L-8 0 L-2 0 L0 -36 L2 0 L8 0 L9 -48 Z"/>`;
	const armUp = `<path d="M9 -75 L17 -112" stroke="${fill}" stroke-width="6" stroke-linecap="round"/><circle cx="17.5" cy="-114" r="4.5"/>`;
	const body = {
		stand: head + torso + legs,
		walk: head + torso + legs,
		dress: `${head}<path d="M-10 -77 Q0 -82 10 -77 L17 -16 Q0 -12 -17 -16 Z"/><path d="M-7 -17 L-6 0 L-2 0 L-1 -17 Z M1 -17 L2 0 L6 0 L7 -17 Z"/>`,
		fist: head + torso + legs + armUp,
		wave:
			head +
			torso +
			legs +
			armUp.replace('L17 -112', 'L22 -108').replace('cx="17.5" cy="-114"', 'cx="23" cy="-110"'),
		bend: `${legs}<g transform="rotate(62 0 -46)">${head}${torso}</g><path d="M30 -40 L34 -8" stroke="${fill}" stroke-width="4.5" stroke-linecap="round"/>`,
		sit: `<g transform="translate(0 30)">${head}${torso}</g><path d="M-12 -17 L22 -17 L24 0 L16 0 L15 -9 L-12 -9 Z"/>`,
		carry: `${head}<ellipse cx="0" cy="-103" rx="17" ry="7"/>${torso}${legs}<path d="M10 -74 L14 -100" stroke="${fill}" stroke-width="5" stroke-linecap="round"/>`
	}[pose];
	return `<g transform="${t}" fill="${fill}">${body}</g>`;
}

/**
 * A group of people across `[x0, x1]` standing on `y`, `h` tall, poses and spacing varied by the
 * random; `depth` picks the blur and how much the colour fades into the haze.
 */
export function crowd(
	r: Random,
	opts: {
		x0: number;
		x1: number;
		y: number;
		h: number;
		n: number;
		fill: string;
		poses: readonly Pose[];
		blur?: 'far' | 'mid';
	}
): string {
	const people: string[] = [];
	for (let i = 0; i < opts.n; i++) {
		const x = opts.x0 + ((opts.x1 - opts.x0) * (i + between(r, 0.1, 0.9))) / opts.n;
		const h = opts.h * between(r, 0.86, 1.08);
		people.push(person(x, opts.y + between(r, -4, 6), h, opts.fill, pick(r, opts.poses), r() < 0.5));
	}
	return `<g${opts.blur ? ` filter="url(#blur-${opts.blur})"` : ''}>${people.join('')}</g>`;
}

/** A row of trees (round crowns on trunks) along `y`. */
export function trees(
	r: Random,
	y: number,
	n: number,
	size: number,
	fill: string,
	blur?: 'far' | 'mid'
): string {
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		const x = (canvas.width * (i + between(r, 0, 1))) / n;
		const s = size * between(r, 0.7, 1.2);
		out.push(
			`<rect x="${f(x - s * 0.06)}" y="${f(y - s * 0.9)}" width="${f(s * 0.12)}" height="${f(s * 0.9)}"/>`,
			`<ellipse cx="${f(x)}" cy="${f(y - s)}" rx="${f(s * 0.55)}" ry="${f(s * 0.45)}"/>`,
			`<ellipse cx="${f(x + s * 0.25)}" cy="${f(y - s * 1.15)}" rx="${f(s * 0.35)}" ry="${f(s * 0.3)}"/>`
		);
	}
	return `<g fill="${fill}"${blur ? ` filter="url(#blur-${blur})"` : ''}>${out.join('')}</g>`;
}

/** A banner held up on two poles: plain cloth with bands of colour (no lettering). */
export function banner(
	x: number,
	y: number,
	w: number,
	h: number,
	cloth: string,
	band: string,
	pole: string
): string {
	return `<g>
	<path d="M${f(x)} ${f(y + h + 60)} V${f(y - 10)} M${f(x + w)} ${f(y + h + 60)} V${f(y - 10)}" stroke="${pole}" stroke-width="5"/>
	<path d="M${f(x)} ${f(y)} Q${f(x + w / 2)} ${f(y + 14)} ${f(x + w)} ${f(y)} V${f(y + h)} Q${f(x + w / 2)} ${f(y + h + 14)} ${f(x)} ${f(y + h)} Z" fill="${cloth}"/>
	<path d="M${f(x + w * 0.1)} ${f(y + h * 0.38)} H${f(x + w * 0.9)} M${f(x + w * 0.18)} ${f(y + h * 0.66)} H${f(x + w * 0.82)}" stroke="${band}" stroke-width="${f(h * 0.12)}" stroke-linecap="round" opacity=".85"/>
</g>`;
}
