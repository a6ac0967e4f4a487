import { describe, expect, test } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { isoNumeric, numericCode } from './iso.ts';

// The ids of the atlas itself, read independently of the component's map module.
const atlasIds = new Map(
	atlas.objects.countries.geometries.flatMap((g) =>
		'id' in g && typeof g.id === 'string' ? [[g.id, g.properties.name] as const] : []
	)
);

describe('the alpha-2 → numeric table', () => {
	test('maps every code to a country that exists in world-atlas countries-110m', () => {
		const missing = Object.entries(isoNumeric).filter(([, id]) => !atlasIds.has(id));
		expect(missing).toEqual([]);
	});

	test('has well-formed codes and never two codes for one country', () => {
		for (const [alpha2, id] of Object.entries(isoNumeric)) {
			expect(alpha2).toMatch(/^[A-Z]{2}$/);
			expect(id).toMatch(/^\d{3}$/);
		}
		const ids = Object.values(isoNumeric);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('covers every country of the atlas except Antarctica', () => {
		const covered = new Set(Object.values(isoNumeric));
		const uncovered = [...atlasIds].filter(([id]) => !covered.has(id)).map(([, name]) => name);
		expect(uncovered).toEqual(['Antarctica']);
	});

	test.each([
		['BE', '056', 'Belgium'],
		['CD', '180', 'Dem. Rep. Congo'],
		['CG', '178', 'Congo'],
		['PE', '604', 'Peru'],
		['PH', '608', 'Philippines'],
		['BF', '854', 'Burkina Faso'],
		['GT', '320', 'Guatemala']
	])('%s resolves to %s (%s)', (alpha2, id, name) => {
		expect(numericCode(alpha2)).toBe(id);
		expect(atlasIds.get(id)).toBe(name);
	});

	test('resolves codes in any case and nothing for unknown codes', () => {
		expect(numericCode('be')).toBe('056');
		expect(numericCode('XX')).toBeUndefined();
		expect(numericCode('SG')).toBeUndefined(); // too small for the 1:110m scale
		expect(numericCode('toString')).toBeUndefined();
		expect(numericCode('')).toBeUndefined();
	});
});
