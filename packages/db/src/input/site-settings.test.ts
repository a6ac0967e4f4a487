import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { siteSettingsSchema } from './site-settings.ts';
import { problems } from './test-helpers.ts';

describe("a site's settings", () => {
	test('the checkbox is on when the browser sent `on`, off when it sent nothing', () => {
		expect(v.parse(siteSettingsSchema, { requireReview: 'on' })).toEqual({ requireReview: true });
		expect(v.parse(siteSettingsSchema, { requireReview: '' })).toEqual({ requireReview: false });
	});

	test('any other value is refused, not read as off', () => {
		for (const value of ['1', 'true', 'off', 'ON', ' on'])
			expect(problems(siteSettingsSchema, { requireReview: value }), value).toEqual({
				requireReview: 'choose'
			});
	});
});
