import { describe, expect, test } from 'vitest';
import { boundedLimit, maxPageSize, pageWindow } from './paging.ts';

describe('pageWindow', () => {
	test('passes a sensible page through', () => {
		expect(pageWindow({ limit: 50, offset: 100 })).toEqual({ limit: 50, offset: 100 });
	});

	test('a missing offset is the first page', () => {
		expect(pageWindow({ limit: 20 })).toEqual({ limit: 20, offset: 0 });
	});

	test('never more than the largest page', () => {
		expect(pageWindow({ limit: 10_000 }).limit).toBe(maxPageSize);
		expect(maxPageSize).toBe(200);
	});

	test('negative numbers become zero', () => {
		expect(pageWindow({ limit: -5, offset: -40 })).toEqual({ limit: 0, offset: 0 });
	});

	test('fractions are rounded down to whole rows', () => {
		expect(pageWindow({ limit: 12.9, offset: 7.5 })).toEqual({ limit: 12, offset: 7 });
	});
});

describe('boundedLimit', () => {
	test('the fallback when omitted', () => {
		expect(boundedLimit(undefined, 12, 100)).toBe(12);
	});

	test('at least one, at most the maximum', () => {
		expect(boundedLimit(0, 12, 100)).toBe(1);
		expect(boundedLimit(-3, 12, 100)).toBe(1);
		expect(boundedLimit(500, 12, 100)).toBe(100);
		expect(boundedLimit(30, 12, 100)).toBe(30);
	});
});
