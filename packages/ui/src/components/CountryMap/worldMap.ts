/*
 * The base world map, projected once per module (on the server at render time, or once in the
 * browser): Natural Earth 1:110m countries from world-atlas, in the Equal Earth projection,
 * as SVG path strings in a fixed coordinate space. Components only pick from these.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-110m.json';

type Topology = Parameters<typeof feature>[0];
type Bounds = [[number, number], [number, number]];

export interface CountryShape {
	/** Key for keyed lists: the numeric ISO code, or the atlas name where it has none (Kosovo). */
	key: string;
	/** ISO 3166-1 numeric code as in the atlas, e.g. "056"; null for a few disputed areas. */
	id: string | null;
	/** SVG path data in the map's coordinate space. */
	d: string;
	bounds: Bounds;
}

/** Width of the map's coordinate space; the height follows from the projection. */
export const MAP_WIDTH = 960;
const ANTARCTICA = '010';

const topology = atlas as unknown as Topology;
const countriesObject = topology.objects['countries'];
if (!countriesObject) throw new Error('world-atlas: no countries object');
const collection = feature(topology, countriesObject);
if (collection.type !== 'FeatureCollection') throw new Error('world-atlas: countries is no collection');

const features = collection.features.filter((f) => f.id !== ANTARCTICA);
const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'FeatureCollection', features });
const path = geoPath(projection);

/**
 * A path in whole units and relative moves (`M480 120l3-2 4 1z`): a unit on a 960 wide map is
 * about a pixel on a phone, and the whole map is inlined in the home page, so its bytes are paid
 * before the first paint. Rounded points first, then their differences: no drift.
 */
export function compactPath(d: string): string {
	let out = '';
	let [x, y, startX, startY] = [0, 0, 0, 0];
	let last = '';
	for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
		if (command === 'Z' || command === 'z') {
			out += 'z';
			[x, y, last] = [startX, startY, 'z'];
			continue;
		}
		const [px, py] = args!.split(/[ ,]/).map((n) => Math.round(Number(n))) as [number, number];
		const op = command === 'M' ? (out === '' ? 'M' : 'm') : 'l';
		const pair = op === 'M' ? `${px} ${py}` : `${px - x} ${py - y}`.replace(/ -/, '-');
		out += op === last && op === 'l' ? (pair.startsWith('-') ? pair : ` ${pair}`) : `${op}${pair}`;
		[x, y, last] = [px, py, op];
		if (op !== 'l') [startX, startY] = [px, py];
	}
	return out;
}

/** Height of the map's coordinate space. */
export const MAP_HEIGHT = Math.ceil(path.bounds({ type: 'FeatureCollection', features })[1][1]);

/** Every country of the map (Antarctica left out), in the atlas' order. */
export const shapes: readonly CountryShape[] = features.map((f) => {
	const id = f.id === undefined || f.id === null ? null : String(f.id);
	const name = String(f.properties?.['name'] ?? '');
	return { key: id ?? name, id, d: compactPath(path(f) ?? ''), bounds: path.bounds(f) as Bounds };
});

/** The shapes by numeric ISO code. */
export const shapesById: ReadonlyMap<string, CountryShape> = new Map(
	shapes.flatMap((s) => (s.id ? [[s.id, s] as const] : []))
);

/**
 * A viewBox around the given shapes with some margin, kept within the map and no narrower
 * than a sixth of it; the whole map for none.
 */
export function viewBoxAround(selection: readonly CountryShape[]): string {
	if (selection.length === 0) return `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`;
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { bounds } of selection) {
		x0 = Math.min(x0, bounds[0][0]);
		y0 = Math.min(y0, bounds[0][1]);
		x1 = Math.max(x1, bounds[1][0]);
		y1 = Math.max(y1, bounds[1][1]);
	}
	const minSize = MAP_WIDTH / 6;
	const margin = Math.max(x1 - x0, y1 - y0, minSize) * 0.08;
	// Grow [lo, hi] by the margin, to at least minSize, then slide it back inside [0, max].
	const grow = (lo: number, hi: number, max: number): [number, number] => {
		const size = Math.min(max, Math.max(minSize, hi - lo) + 2 * margin);
		const start = Math.min(Math.max(0, (lo + hi) / 2 - size / 2), max - size);
		return [start, start + size];
	};
	const [left, right] = grow(x0, x1, MAP_WIDTH);
	const [top, bottom] = grow(y0, y1, MAP_HEIGHT);
	const r = (n: number) => Math.round(n);
	return `${r(left)} ${r(top)} ${r(right - left)} ${r(bottom - top)}`;
}
