import { expect, test } from 'vitest';
import { isoNumeric } from './iso.ts';
import { MAP_HEIGHT, MAP_WIDTH, compactPath, shapes, shapesById, viewBoxAround } from './worldMap.ts';

test('projects every country of the table to a non-empty path inside the map', () => {
	for (const id of Object.values(isoNumeric)) {
		const shape = shapesById.get(id);
		expect(shape?.d, id).toMatch(/^M-?\d+ -?\d+l/);
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

test('a path is written in whole units and relative moves, each subpath from where the last closed', () => {
	expect(compactPath('M10.4,20.6L12,22L9.6,25Z')).toBe('M10 21l2 1-2 3z');
	// After z the pen is back at the subpath's start (10, 21): the next move is relative to it.
	expect(compactPath('M10.4,20.6L12,22ZM1,1L2,2L2,5Z')).toBe('M10 21l2 1zm-9-20l1 1 0 3z');
	expect(compactPath('')).toBe('');
});
