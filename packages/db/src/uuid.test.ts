import { describe, expect, test } from 'vitest';
import { isUuid } from './uuid.ts';

describe('isUuid', () => {
	test('takes a uuid in either case', () => {
		expect(isUuid('0b6f7c2e-3c1a-4f7e-9a55-1d2e3f4a5b6c')).toBe(true);
		expect(isUuid('0B6F7C2E-3C1A-4F7E-9A55-1D2E3F4A5B6C')).toBe(true);
	});

	test.each([
		'',
		'0b6f7c2e3c1a4f7e9a551d2e3f4a5b6c',
		'0b6f7c2e-3c1a-4f7e-9a55-1d2e3f4a5b6',
		' 0b6f7c2e-3c1a-4f7e-9a55-1d2e3f4a5b6c',
		'0b6f7c2e-3c1a-4f7e-9a55-1d2e3f4a5b6g',
		'../0b6f7c2e-3c1a-4f7e-9a55-1d2e3f4a5b6c'
	])('refuses %j', (value) => {
		expect(isUuid(value)).toBe(false);
	});

	test('refuses what is not a string', () => {
		expect(isUuid(null)).toBe(false);
		expect(isUuid(undefined)).toBe(false);
	});
});
