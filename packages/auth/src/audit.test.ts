import { expect, test } from 'vitest';
import { auditActions, inetOrNull } from './audit.ts';

test('the actions are a closed list of distinct lower-case names (`logout`, `login.success`…)', () => {
	expect(auditActions).toHaveLength(40);
	expect(new Set(auditActions).size).toBe(auditActions.length);
	for (const action of auditActions) expect(action).toMatch(/^[a-z0-9]+(\.[a-z_]+)?$/);
});

test.each([
	['203.0.113.7', '203.0.113.7'],
	[' 198.51.100.1 ', '198.51.100.1'],
	['2001:DB8::1', '2001:db8::1'],
	['::ffff:203.0.113.7', '::ffff:cb00:7107'],
	['fe80::1%eth0', 'fe80::1'],
	['::1', '::1'],
	['256.1.1.1', null],
	['1.2.3', null],
	['01.2.3.4', null],
	['unknown', null],
	['', null],
	['2001:db8::1::2', null],
	['[::1]', null],
	[undefined, null]
])('inetOrNull(%j) is %j', (input, expected) => {
	expect(inetOrNull(input)).toBe(expected);
});
