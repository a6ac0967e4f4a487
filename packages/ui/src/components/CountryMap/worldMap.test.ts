import { expect, test } from 'vitest';
import { isoNumeric } from './iso.ts';
import { MAP_HEIGHT, MAP_WIDTH, shapes, shapesById, viewBoxAround } from './worldMap.ts';

test('projects every country of the table to a non-empty path inside the map', () => {
	for (const id of Object.values(isoNumeric)) {
		const shape = shapesById.get(id);
		expect(shape?.d, id).toMatch(/^M[\d.,-]+L/);
		const [[x0, y0], [x1, y1]] = shape!.bounds;
		expect(x0).toBeGreaterThanOrEqual(-1);
		expect(y0).toBeGreaterThanOrEqual(-1);
		expect(x1).toBeLessThanOrEqual(MAP_WIDTH + 1);
		expect(y1).toBeLessThanOrEqual(MAP_HEIGHT + 1);
	}
	expect(shapes.some((s) => s.id === '010')).toBe(false);
	expect(new Set(shapes.map((s) => s.key)).size).toBe(shapes.length);
});

test('a viewBox around some countries stays inside the map and contains them', () => {
	expect(viewBoxAround([])).toBe(`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
	const belgium = shapesById.get('056')!;
	const [x, y, w, h] = viewBoxAround([belgium]).split(' ').map(Number) as [number, number, number, number];
	expect(x).toBeGreaterThanOrEqual(0);
	expect(y).toBeGreaterThanOrEqual(0);
	expect(x + w).toBeLessThanOrEqual(MAP_WIDTH);
	expect(y + h).toBeLessThanOrEqual(MAP_HEIGHT);
	expect(w).toBeGreaterThanOrEqual(MAP_WIDTH / 6 - 1);
	expect(x).toBeLessThan(belgium.bounds[0][0]);
	expect(x + w).toBeGreaterThan(belgium.bounds[1][0]);
	expect(y).toBeLessThan(belgium.bounds[0][1]);
	expect(y + h).toBeGreaterThan(belgium.bounds[1][1]);
});
