// Scenes with people close together: a meeting round a table, a hall, a classroom, a garment
// workshop, a health centre (outside, with its queue, and inside), a circle under a tree,
// elders on a bench, and raised hands seen from inside a crowd.
import {
	beam,
	between,
	canvas,
	crowd,
	glow,
	ground,
	hills,
	person,
	trees,
	type Palette,
	type Random
} from './paint.ts';

const W = canvas.width;
const f = (n: number): string => n.toFixed(1);

/** A wall with windows letting the light in; `count` windows from `x0`. */
function wall(p: Palette, r: Random, floorY: number): string {
	const windows: string[] = [];
	const n = Math.round(between(r, 2, 4));
	for (let i = 0; i < n; i++) {
		const x = 120 + (i * (W - 240)) / n + between(r, 0, 80);
		windows.push(
			`<rect x="${f(x)}" y="110" width="220" height="${f(floorY - 260)}" fill="${p.light}" opacity=".85"/>`
		);
		windows.push(
			`<path d="M${f(x + 110)} 110 V${f(floorY - 150)} M${f(x)} ${f((floorY - 40) / 2)} H${f(x + 220)}" stroke="${p.mid}" stroke-width="10"/>`
		);
	}
	return `<rect width="${W}" height="${f(floorY)}" fill="${p.far}"/>
<rect width="${W}" height="${f(floorY)}" filter="url(#mottle)"/>
<g filter="url(#blur-mid)">${windows.join('')}</g>
${beam(between(r, 100, 900), 220, p.light)}`;
}

/** People round a table seen from one end, the light from windows behind them. */
export function meeting(p: Palette, r: Random): string {
	const seated = [0, 1, 2, 3]
		.flatMap((i) => [
			person(560 - i * 95, 560 + i * 55, 170 + i * 40, p.ink, 'sit', true),
			person(1040 + i * 95, 560 + i * 55, 170 + i * 40, p.ink, 'sit')
		])
		.join('');
	return [
		wall(p, r, 520),
		ground(520),
		`<path d="M640 500 L960 500 L1180 900 L420 900 Z" fill="${p.near}"/>`,
		...[0, 1, 2].map(
			(i) =>
				`<rect x="${f(690 + i * 80)}" y="${f(560 + i * 70)}" width="${f(70 + i * 30)}" height="${f(14 + i * 6)}" fill="${p.accents[i % p.accents.length]}" opacity=".9"/>`
		),
		person(800, 500, 150, p.mid, 'stand'),
		`<g filter="url(#blur-mid)">${seated.slice(0, seated.length / 2)}</g>`,
		seated.slice(seated.length / 2)
	].join('\n');
}

/** A full hall seen from the back: rows of heads, a lit stage with people speaking. */
export function hall(p: Palette, r: Random): string {
	const rows: string[] = [];
	for (let k = 0; k < 5; k++) {
		const y = 520 + k * k * 14 + k * 60;
		const size = 26 + k * 12;
		const n = 18 - k * 2;
		for (let i = 0; i < n; i++) {
			const x = (W * (i + between(r, 0.2, 0.8))) / n;
			rows.push(
				`<circle cx="${f(x)}" cy="${f(y)}" r="${f(size)}"/><rect x="${f(x - size * 1.6)}" y="${f(y + size * 0.8)}" width="${f(size * 3.2)}" height="${f(size * 3)}" rx="${f(size)}"/>`
			);
		}
	}
	return [
		`<rect width="${W}" height="900" fill="${p.far}"/>`,
		`<rect x="300" y="120" width="1000" height="330" fill="${p.light}" opacity=".3" filter="url(#blur-mid)"/>`,
		glow(800, 260, 560),
		`<rect x="260" y="410" width="1080" height="40" fill="${p.mid}"/>`,
		...p.accents
			.slice(0, 3)
			.map(
				(c, i) =>
					`<rect x="${f(360 + i * 320)}" y="150" width="240" height="150" fill="${c}" opacity=".75" filter="url(#blur-mid)"/>`
			),
		crowd(r, {
			x0: 500,
			x1: 1100,
			y: 410,
			h: 150,
			n: 3,
			fill: p.ink,
			poses: ['stand', 'wave', 'dress'],
			blur: 'mid'
		}),
		`<g fill="${p.ink}">${rows.join('')}</g>`
	].join('\n');
}

/** Desks in rows facing a dark board, a trainer beside it, learners listening. */
export function classroom(p: Palette, r: Random): string {
	const desks: string[] = [];
	for (let k = 0; k < 3; k++) {
		const y = 560 + k * 110;
		for (let i = 0; i < 4 - (k === 2 ? 1 : 0); i++) {
			const x = 160 + i * 340 + k * 30;
			desks.push(
				`<rect x="${f(x)}" y="${f(y)}" width="${f(260 + k * 40)}" height="${f(16 + k * 4)}" fill="${p.near}"/>`
			);
			desks.push(person(x + 80 + k * 10, y + 80 + k * 40, 130 + k * 60, p.ink, 'sit', i % 2 === 0));
		}
	}
	return [
		wall(p, r, 540),
		`<rect x="520" y="170" width="560" height="260" fill="#23352c"/><rect x="510" y="160" width="580" height="280" fill="none" stroke="${p.near}" stroke-width="14"/>`,
		`<path d="M560 250 Q700 230 840 260 M580 320 Q760 300 990 330" stroke="${p.light}" stroke-width="5" opacity=".35" fill="none"/>`,
		ground(540),
		person(1180, 540, 250, p.mid, 'wave'),
		`<g filter="url(#blur-mid)">${desks.slice(0, 8).join('')}</g>`,
		desks.slice(8).join('')
	].join('\n');
}

/** Long rows of sewing tables under hanging lamps, women working at them. */
export function workshop(p: Palette, r: Random): string {
	const out: string[] = [];
	for (let k = 0; k < 5; k++) {
		const y = 420 + k * k * 22 + k * 30;
		const s = 0.4 + k * 0.25;
		out.push(`<path d="M0 ${f(y)} L${W} ${f(y - 40 * s)}" stroke="${p.near}" stroke-width="${f(20 * s)}"/>`);
		for (let i = 0; i < 7; i++) {
			const x = (W * (i + 0.5)) / 7 + between(r, -30, 30);
			out.push(person(x, y + 60 * s, 150 * s, p.ink, 'sit', i % 2 === 0));
			out.push(
				`<rect x="${f(x + 14 * s)}" y="${f(y - 34 * s)}" width="${f(40 * s)}" height="${f(26 * s)}" fill="${p.accents[0]}"/>`
			);
		}
	}
	const lamps = Array.from(
		{ length: 6 },
		(_, i) =>
			`${glow(140 + i * 264, 140 + (i % 2) * 20, 90)}<path d="M${140 + i * 264} 0 V${130 + (i % 2) * 20}" stroke="${p.ink}" stroke-width="3"/>`
	).join('');
	return [
		`<rect width="${W}" height="900" fill="${p.far}"/>`,
		`<rect width="${W}" height="900" filter="url(#mottle)"/>`,
		lamps,
		ground(460),
		`<g filter="url(#blur-mid)">${out.slice(0, 32).join('')}</g>`,
		out.slice(32).join('')
	].join('\n');
}

/** A health centre: a low building with a veranda, people waiting in its shade. */
export function clinic(p: Palette, r: Random): string {
	return [
		glow(between(r, 200, 1400), 150, 420),
		trees(r, 430, 6, 180, p.far, 'far'),
		`<g filter="url(#blur-mid)"><rect x="260" y="300" width="1080" height="290" fill="${p.light}" opacity=".9"/>
			<path d="M220 310 L800 220 L1380 310 Z" fill="${p.accents[0]}"/>
			<rect x="260" y="300" width="1080" height="36" fill="${p.ink}" opacity=".25"/>
			${[0, 1, 2, 3].map((i) => `<rect x="${330 + i * 260}" y="380" width="120" height="${i === 1 ? 210 : 90}" fill="${p.ink}" opacity="${i === 1 ? 0.7 : 0.45}"/>`).join('')}
			<rect x="720" y="250" width="36" height="12" fill="#fff"/><rect x="732" y="238" width="12" height="36" fill="#fff"/></g>`,
		ground(590),
		crowd(r, {
			x0: 300,
			x1: 1300,
			y: 640,
			h: 150,
			n: 9,
			fill: p.mid,
			poses: ['dress', 'stand', 'carry', 'sit'],
			blur: 'mid'
		}),
		crowd(r, { x0: 100, x1: 1500, y: 890, h: 320, n: 3, fill: p.ink, poses: ['dress', 'carry', 'walk'] })
	].join('\n');
}

/** Inside a health centre: a bright window, a bed, a nurse with a mother and her child. */
export function ward(p: Palette, r: Random): string {
	return [
		wall(p, r, 560),
		ground(560),
		`<g filter="url(#blur-mid)"><rect x="980" y="500" width="480" height="90" rx="12" fill="${p.light}"/>
			<rect x="980" y="580" width="16" height="140" fill="${p.ink}"/><rect x="1444" y="580" width="16" height="140" fill="${p.ink}"/></g>`,
		person(430, 880, 440, p.ink, 'dress'),
		`<circle cx="560" cy="560" r="46" fill="${p.ink}"/><ellipse cx="545" cy="640" rx="80" ry="60" fill="${p.ink}"/>`,
		person(760, 870, 420, p.mid, 'stand', true),
		`<rect x="715" y="560" width="90" height="100" rx="10" fill="${p.accents[0]}" opacity=".8"/>`
	].join('\n');
}

/** People sitting in a circle in the shade of a big tree, talking. */
export function circle(p: Palette, r: Random): string {
	const seats: string[] = [];
	const n = 11;
	for (let i = 0; i < n; i++) {
		const a = (i / n) * Math.PI * 2 + between(r, -0.1, 0.1);
		const x = 800 + Math.cos(a) * 520;
		const y = 640 + Math.sin(a) * 150;
		const h = 150 + Math.sin(a) * 70;
		seats.push(person(x, y, h, Math.sin(a) > 0.2 ? p.ink : p.mid, 'sit', Math.cos(a) > 0));
	}
	return [
		glow(between(r, 200, 1400), 200, 460),
		hills(r, 480, 90, p.far, 'far'),
		ground(500),
		`<ellipse cx="800" cy="650" rx="700" ry="190" fill="${p.ink}" opacity=".25" filter="url(#blur-mid)"/>`,
		`<g fill="${p.near}"><path d="M1170 560 Q1190 300 1150 150 L1230 150 Q1220 320 1260 560 Z"/>${[
			[1000, 160, 240, 120],
			[1250, 110, 300, 140],
			[1450, 200, 220, 110],
			[820, 220, 200, 90],
			[1200, 230, 260, 100]
		]
			.map(([x, y, rx, ry]) => `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}"/>`)
			.join('')}</g>`,
		`<g>${seats.join('')}</g>`
	].join('\n');
}

/** Elders on a bench under a tree at the end of a village street. */
export function bench(p: Palette, r: Random): string {
	return [
		glow(between(r, 200, 600), 300, 520),
		hills(r, 520, 110, p.far, 'far'),
		trees(r, 540, 5, 140, p.mid, 'mid'),
		ground(560),
		`<g fill="${p.ink}"><rect x="460" y="690" width="680" height="24"/><rect x="490" y="714" width="20" height="120"/><rect x="1090" y="714" width="20" height="120"/></g>`,
		person(600, 720, 280, p.ink, 'sit'),
		person(800, 720, 270, p.ink, 'sit', true),
		person(990, 720, 290, p.ink, 'sit'),
		`<path d="M1080 830 L1150 560" stroke="${p.ink}" stroke-width="10" stroke-linecap="round"/>`,
		crowd(r, { x0: 1200, x1: 1500, y: 620, h: 120, n: 2, fill: p.mid, poses: ['carry', 'walk'], blur: 'mid' })
	].join('\n');
}

/** Inside a crowd: raised fists and hands in the foreground, the square blurred behind. */
export function hands(p: Palette, r: Random): string {
	const arms: string[] = [];
	for (let i = 0; i < 7; i++) {
		const x = 120 + i * 230 + between(r, -40, 40);
		const top = between(r, 260, 460);
		const lean = between(r, -50, 50);
		const s = between(r, 0.9, 1.3);
		// A forearm widening towards the elbow, a fist of four knuckles and a thumb across it.
		arms.push(
			`<path d="M${f(x - 70 * s)} 900 Q${f(x + lean * 0.5 - 50 * s)} ${f(top + 300)} ${f(x + lean - 42 * s)} ${f(top + 110 * s)} L${f(x + lean + 42 * s)} ${f(top + 110 * s)} Q${f(x + lean * 0.5 + 50 * s)} ${f(top + 300)} ${f(x + 70 * s)} 900 Z"/>`,
			`<rect x="${f(x + lean - 55 * s)}" y="${f(top)}" width="${f(110 * s)}" height="${f(130 * s)}" rx="${f(38 * s)}"/>`,
			...[0, 1, 2, 3].map(
				(k) => `<circle cx="${f(x + lean - 38 * s + k * 25 * s)}" cy="${f(top + 8 * s)}" r="${f(16 * s)}"/>`
			),
			`<rect x="${f(x + lean - 62 * s)}" y="${f(top + 45 * s)}" width="${f(70 * s)}" height="${f(30 * s)}" rx="${f(15 * s)}" fill-opacity=".9"/>`
		);
	}
	return [
		glow(between(r, 400, 1200), 250, 600),
		`<g filter="url(#blur-far)">${crowd(r, { x0: 0, x1: 1600, y: 820, h: 260, n: 16, fill: p.mid, poses: ['fist', 'stand', 'wave'] })}</g>`,
		`<g filter="url(#blur-far)" fill="${p.accents[0]}"><rect x="200" y="380" width="520" height="140"/><rect x="900" y="340" width="460" height="120" fill="${p.accents[1] ?? p.light}"/></g>`,
		`<g fill="${p.ink}">${arms.join('')}</g>`
	].join('\n');
}

/** A counter where people are helped with their papers; a queue on benches along the wall. */
export function office(p: Palette, r: Random): string {
	return [
		wall(p, r, 560),
		ground(560),
		`<rect x="0" y="470" width="900" height="140" fill="${p.near}"/>`,
		`<rect x="0" y="470" width="900" height="16" fill="${p.light}" opacity=".5"/>`,
		...[0, 1, 2].map((i) => person(150 + i * 280, 480, 190, p.mid, i === 1 ? 'dress' : 'stand', true)),
		`<rect x="180" y="440" width="90" height="20" fill="${p.accents[0]}"/><rect x="720" y="440" width="110" height="24" fill="${p.accents[1] ?? p.light}"/>`,
		`<g filter="url(#blur-mid)">${[0, 1, 2, 3].map((i) => person(1020 + i * 140, 640, 170, p.ink, 'sit')).join('')}</g>`,
		person(420, 900, 420, p.ink, 'stand'),
		person(760, 900, 400, p.ink, 'dress')
	].join('\n');
}
