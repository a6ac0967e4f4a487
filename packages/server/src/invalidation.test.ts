import { describe, expect, test } from 'vitest';
import { parseInvalidation, retryDelayFor } from './invalidation.ts';

describe('reading a cache invalidation', () => {
	test('tags or all, as the triggers send them', () => {
		expect(parseInvalidation('{"tags":["entry:1","lists:wsm"]}')).toEqual({ tags: ['entry:1', 'lists:wsm'] });
		expect(parseInvalidation('{"tags":[]}')).toEqual({ tags: [] });
		expect(parseInvalidation('{"all":true}')).toEqual({ all: true });
	});

	test('anything else is unreadable, so the listener drops every page rather than guess', () => {
		for (const payload of [
			undefined,
			'',
			'entry:1',
			'null',
			'[]',
			'{"tags":"entry:1"}',
			'{"tags":[1]}',
			'{"all":1}'
		]) {
			expect(parseInvalidation(payload), String(payload)).toBeUndefined();
		}
	});
});

test('retries wait twice as long each time, up to the cap', () => {
	const delays = [0, 1, 2, 3, 4, 5, 6, 50].map((attempt) =>
		retryDelayFor(attempt, { first: 200, max: 5_000 })
	);
	expect(delays).toEqual([200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
});
