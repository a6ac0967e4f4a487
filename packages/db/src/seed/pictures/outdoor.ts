// Scenes outside: a march in a street, fields and terraces, a market, a port, a road, solar
// panels by a village, a building site, a courtyard with washing. Each takes a palette and a
// seeded random; the composition (where the light is, how many people, what they do) varies
// with them, so two pictures of one kind still differ.
import {
	banner,
	between,
	canvas,
	crowd,
	glow,
	ground,
	hills,
	pick,
	trees,
	type Palette,
	type Random
} from './paint.ts';

const W = canvas.width;
const f = (n: number): string => n.toFixed(1);

/** Facades on both sides of a street running away from the viewer, windows lit or dark. */
function street(p: Palette, r: Random): string {
	const out: string[] = [];
	for (const side of [-1, 1]) {
		for (let i = 0; i < 6; i++) {
			const near = 1 - i / 6;
			const x = side < 0 ? 0 + i * 95 : W - i * 95;
			const top = between(r, 80, 240) + i * 40;
			const w = 70 + near * 200;
			const fill = i > 2 ? p.far : p.mid;
			const x0 = side < 0 ? x : x - w;
			out.push(
				`<rect x="${f(x0)}" y="${f(top)}" width="${f(w)}" height="${f(640 - top)}" fill="${fill}"${i > 2 ? ' filter="url(#blur-mid)"' : ''}/>`
			);
			for (let k = 0; k < 4; k++)
				for (let j = 0; j < 3; j++)
					out.push(
						`<rect x="${f(x0 + w * (0.12 + j * 0.3))}" y="${f(top + 30 + k * 70)}" width="${f(w * 0.16)}" height="32" fill="${r() < 0.35 ? p.light : p.ink}" opacity=".55"/>`
					);
		}
	}
	return out.join('');
}

/** People marching towards the viewer behind banners, a street or a square around them. */
export function march(p: Palette, r: Random, opts: { street?: boolean } = {}): string {
	const [cloth = '#c0392b', band = '#f5f0e6', second = cloth] = p.accents;
	return [
		glow(between(r, 300, 1300), between(r, 120, 260), 420),
		opts.street === false ? hills(r, 560, 120, p.far, 'far') : street(p, r),
		ground(600),
		crowd(r, {
			x0: 260,
			x1: 1340,
			y: 640,
			h: 90,
			n: 34,
			fill: p.far,
			poses: ['fist', 'stand', 'wave'],
			blur: 'far'
		}),
		banner(between(r, 380, 520), 560, 330, 70, second, band, p.ink),
		crowd(r, {
			x0: 120,
			x1: 1480,
			y: 720,
			h: 150,
			n: 22,
			fill: p.mid,
			poses: ['fist', 'walk', 'dress', 'wave'],
			blur: 'mid'
		}),
		banner(between(r, 260, 700), 560, 620, 120, cloth, band, p.ink),
		crowd(r, {
			x0: -40,
			x1: 1640,
			y: 900,
			h: 300,
			n: 9,
			fill: p.ink,
			poses: ['fist', 'walk', 'dress', 'fist']
		})
	].join('\n');
}

/** Crops in rows that meet at the horizon, hills behind, people bent over their work. */
export function field(p: Palette, r: Random, opts: { terraces?: boolean; dry?: boolean } = {}): string {
	const horizon = between(r, 380, 470);
	const rows: string[] = [];
	const vanish = between(r, 500, 1100);
	if (opts.terraces) {
		for (let i = 0; i < 9; i++) {
			const y = horizon + i * i * 7 + i * 18;
			rows.push(
				`<path d="M0 ${f(y + 30)} Q${W / 2} ${f(y - 40 + between(r, -20, 20))} ${W} ${f(y + 20)} V900 H0 Z" fill="${i % 2 ? p.mid : p.near}" opacity="${f(0.55 + i * 0.05)}"/>`
			);
		}
	} else {
		for (let i = -14; i <= 14; i++) {
			const x = vanish + i * 150;
			rows.push(
				`<path d="M${f(vanish + i * 6)} ${f(horizon)} L${f(x - 28)} 900 L${f(x + 28)} 900 Z" fill="${opts.dry ? p.ink : p.near}" opacity="${opts.dry ? 0.25 : 0.7}"/>`
			);
		}
	}
	return [
		glow(between(r, 200, 1400), horizon - between(r, 60, 220), 380),
		hills(r, horizon - 30, 140, p.far, 'far'),
		hills(r, horizon, 70, p.mid, 'mid'),
		`<rect y="${f(horizon)}" width="${W}" height="${f(900 - horizon)}" fill="${p.ground}"/>`,
		ground(horizon),
		rows.join(''),
		trees(r, horizon + 8, 5, 70, p.mid, 'far'),
		crowd(r, {
			x0: 150,
			x1: 1450,
			y: horizon + 120,
			h: 80,
			n: 6,
			fill: p.mid,
			poses: ['bend', 'bend', 'carry'],
			blur: 'mid'
		}),
		crowd(r, {
			x0: 200,
			x1: 1400,
			y: 860,
			h: 260,
			n: 3,
			fill: p.ink,
			poses: ['bend', 'carry', 'stand', 'dress']
		})
	].join('\n');
}

/** Stalls under coloured awnings, shoppers and sellers between them. */
export function market(p: Palette, r: Random): string {
	const stalls: string[] = [];
	for (let i = 0; i < 7; i++) {
		const x = i * 240 - 40 + between(r, -30, 30);
		const y = 430 + between(r, -20, 20);
		const colour = p.accents[i % p.accents.length] ?? p.mid;
		stalls.push(
			`<rect x="${f(x + 10)}" y="${f(y)}" width="8" height="220" fill="${p.ink}"/><rect x="${f(x + 202)}" y="${f(y)}" width="8" height="220" fill="${p.ink}"/>`,
			`<path d="M${f(x)} ${f(y)} L${f(x + 110)} ${f(y - 70)} L${f(x + 220)} ${f(y)} Z" fill="${colour}"/>`,
			`<rect x="${f(x + 20)}" y="${f(y + 140)}" width="180" height="40" fill="${p.near}"/>`,
			...Array.from(
				{ length: 6 },
				(_, k) =>
					`<circle cx="${f(x + 40 + k * 28)}" cy="${f(y + 132)}" r="13" fill="${pick(r, p.accents)}"/>`
			)
		);
	}
	return [
		glow(between(r, 200, 1400), 140, 460),
		trees(r, 470, 7, 150, p.far, 'far'),
		ground(640),
		`<g filter="url(#blur-mid)">${stalls.join('')}</g>`,
		crowd(r, {
			x0: 0,
			x1: 1600,
			y: 700,
			h: 160,
			n: 14,
			fill: p.mid,
			poses: ['carry', 'dress', 'walk', 'stand'],
			blur: 'mid'
		}),
		crowd(r, { x0: 60, x1: 1540, y: 900, h: 320, n: 5, fill: p.ink, poses: ['carry', 'dress', 'walk'] })
	].join('\n');
}

/** Cranes and stacked containers over water, dockers in the foreground. */
export function port(p: Palette, r: Random): string {
	const boxes: string[] = [];
	for (let i = 0; i < 26; i++) {
		const x = 480 + (i % 13) * 82;
		const y = 470 - Math.floor(i / 13) * 38 - between(r, 0, 1) * 38 * (i % 3 === 0 ? 1 : 0);
		boxes.push(`<rect x="${f(x)}" y="${f(y)}" width="78" height="36" fill="${pick(r, p.accents)}"/>`);
	}
	const cranes = [300, 620, 1020, 1380]
		.map(
			(x) =>
				`<path d="M${x} 520 V${f(between(r, 120, 190))} M${x - 110} 180 H${x + 220} M${x} 180 L${x + 150} 520" stroke="${p.far}" stroke-width="12" fill="none"/>`
		)
		.join('');
	return [
		glow(between(r, 200, 1400), 280, 520),
		`<g filter="url(#blur-far)">${cranes}</g>`,
		`<g filter="url(#blur-mid)">${boxes.join('')}</g>`,
		`<rect y="510" width="${W}" height="130" fill="${p.mid}" opacity=".9"/>`,
		`<rect y="510" width="${W}" height="130" filter="url(#mottle)"/>`,
		glow(800, 560, 300),
		ground(640),
		crowd(r, { x0: 200, x1: 1400, y: 890, h: 300, n: 4, fill: p.ink, poses: ['stand', 'walk', 'carry'] })
	].join('\n');
}

/** A road to mountains on the horizon, people walking with their bags, a bus waiting. */
export function road(p: Palette, r: Random): string {
	const vanish = between(r, 600, 1000);
	return [
		glow(vanish + between(r, -300, 300), 330, 420),
		hills(r, 420, 260, p.far, 'far'),
		hills(r, 500, 90, p.mid, 'mid'),
		ground(500),
		`<path d="M${f(vanish - 20)} 500 L${f(vanish + 20)} 500 L1300 900 L300 900 Z" fill="${p.near}" opacity=".85"/>`,
		`<path d="M${f(vanish)} 510 L800 900" stroke="${p.light}" stroke-width="8" stroke-dasharray="40 50" opacity=".6"/>`,
		`<g filter="url(#blur-mid)"><rect x="${f(vanish + 120)}" y="430" width="280" height="110" rx="18" fill="${p.accents[0]}"/>
			<rect x="${f(vanish + 140)}" y="450" width="240" height="36" fill="${p.ink}" opacity=".6"/>
			<circle cx="${f(vanish + 170)}" cy="542" r="18" fill="${p.ink}"/><circle cx="${f(vanish + 350)}" cy="542" r="18" fill="${p.ink}"/></g>`,
		crowd(r, { x0: 300, x1: 1300, y: 620, h: 110, n: 7, fill: p.mid, poses: ['carry', 'walk'], blur: 'mid' }),
		crowd(r, { x0: 100, x1: 1500, y: 890, h: 330, n: 3, fill: p.ink, poses: ['carry', 'walk', 'dress'] })
	].join('\n');
}

/** Rows of solar panels catching the light beside a village, workers checking them. */
export function solar(p: Palette, r: Random): string {
	const panels: string[] = [];
	for (let row = 0; row < 4; row++) {
		const y = 520 + row * row * 28 + row * 40;
		const h = 30 + row * 22;
		for (let i = 0; i < 7 - row; i++) {
			const w = 150 + row * 70;
			const x = 80 + i * (w + 30 + row * 10) + row * 20;
			panels.push(
				`<path d="M${f(x)} ${f(y + h)} L${f(x + 20)} ${f(y)} L${f(x + w + 20)} ${f(y)} L${f(x + w)} ${f(y + h)} Z" fill="${p.accents[1] ?? p.ink}"/>`,
				`<path d="M${f(x + 8)} ${f(y + h * 0.8)} L${f(x + w * 0.6)} ${f(y + h * 0.2)}" stroke="${p.light}" stroke-width="${2 + row}" opacity=".5"/>`
			);
		}
	}
	const huts = Array.from({ length: 5 }, (_, i) => {
		const x = 900 + i * 130 + between(r, -20, 20);
		return `<rect x="${f(x)}" y="440" width="90" height="60" fill="${p.mid}"/><path d="M${f(x - 12)} 442 L${f(x + 45)} 400 L${f(x + 102)} 442 Z" fill="${p.accents[0]}"/>`;
	}).join('');
	return [
		glow(between(r, 200, 700), 170, 440),
		hills(r, 470, 100, p.far, 'far'),
		`<g filter="url(#blur-mid)">${huts}</g>`,
		ground(495),
		panels.join(''),
		crowd(r, { x0: 200, x1: 1400, y: 890, h: 290, n: 2, fill: p.ink, poses: ['stand', 'bend'] })
	].join('\n');
}

/** Scaffolding and a crane on a building going up, workers with helmets and loads. */
export function building(p: Palette, r: Random): string {
	const scaffold: string[] = [];
	for (let i = 0; i <= 8; i++) scaffold.push(`M${380 + i * 110} 180 V620`);
	for (let j = 0; j <= 5; j++) scaffold.push(`M380 ${180 + j * 88} H1260`);
	return [
		glow(between(r, 1100, 1450), 150, 420),
		`<g filter="url(#blur-far)"><path d="M1300 620 V90 M1180 110 H1560 M1300 110 L1500 300" stroke="${p.far}" stroke-width="14" fill="none"/></g>`,
		`<rect x="400" y="200" width="840" height="420" fill="${p.mid}" filter="url(#blur-mid)"/>`,
		`<path d="${scaffold.join(' ')}" stroke="${p.near}" stroke-width="9" filter="url(#blur-mid)"/>`,
		crowd(r, { x0: 420, x1: 1220, y: 356, h: 70, n: 4, fill: p.ink, poses: ['carry', 'stand'], blur: 'mid' }),
		ground(620),
		crowd(r, { x0: 80, x1: 1520, y: 890, h: 310, n: 3, fill: p.ink, poses: ['carry', 'stand', 'walk'] })
	].join('\n');
}

/** A courtyard with washing on lines, a woman at work, a doorway with light behind her. */
export function courtyard(p: Palette, r: Random): string {
	const lines: string[] = [];
	for (let k = 0; k < 2; k++) {
		const y = 250 + k * 130;
		lines.push(`<path d="M0 ${y} Q800 ${y + 60} 1600 ${y}" stroke="${p.ink}" stroke-width="3" fill="none"/>`);
		for (let i = 0; i < 9; i++) {
			const x = 60 + i * 170 + between(r, -20, 20);
			const sag = y + 60 * (1 - ((x - 800) / 800) ** 2);
			const w = between(r, 70, 120);
			lines.push(
				`<rect x="${f(x)}" y="${f(sag - 4)}" width="${f(w)}" height="${f(between(r, 80, 150))}" fill="${pick(r, p.accents)}" opacity=".92"/>`
			);
		}
	}
	return [
		`<rect width="${W}" height="700" fill="${p.far}"/>`,
		`<rect width="${W}" height="700" filter="url(#mottle)"/>`,
		`<rect x="${f(between(r, 150, 1250))}" y="260" width="200" height="440" fill="${p.light}" opacity=".8" filter="url(#blur-mid)"/>`,
		glow(between(r, 300, 1300), 200, 500),
		`<g filter="url(#blur-mid)">${lines.join('')}</g>`,
		ground(700),
		crowd(r, { x0: 500, x1: 1100, y: 890, h: 420, n: 1, fill: p.ink, poses: ['dress'] }),
		crowd(r, { x0: 1200, x1: 1500, y: 860, h: 180, n: 1, fill: p.ink, poses: ['carry'], blur: 'mid' })
	].join('\n');
}
