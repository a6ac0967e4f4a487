// `can` tested as a full matrix: every action × every named actor × every named resource, against an
// expectation table written as data. Whatever a row does not list is expected to be refused.
import { describe, expect, test } from 'vitest';
import { actions, can, type Resource } from './permissions.ts';
import { actorNames, actors, rows } from './permissions-table.ts';

describe('can, as a full matrix', () => {
	test('covers every resource type', () => {
		// A missing key here is a type error: a new resource type must be listed, and then tested.
		const types = {
			organisation: true,
			membership: true,
			'working-group': true,
			thread: true,
			post: true,
			file: true,
			meeting: true,
			'site-entry': true,
			'site-publishing': true,
			'site-review': true,
			'site-settings': true,
			inbox: true,
			subscribers: true,
			staff: true,
			'platform-user': true,
			'audit-log': true,
			'own-account': true,
			announcement: true,
			'staff-event': true,
			'staff-document': true
		} satisfies Record<Resource['type'], true>;
		const tested = new Set(rows.map(([, row]) => row.resource.type));
		expect(Object.keys(types).filter((type) => !tested.has(type as Resource['type']))).toEqual([]);
	});

	test('every action × actor × resource matches the table', () => {
		const mismatches: string[] = [];
		let checked = 0;
		for (const [resourceName, { resource, allow }] of rows) {
			for (const actorName of actorNames) {
				const allowed = allow[actorName] ?? [];
				for (const action of actions) {
					const expected = allowed.includes(action);
					const actual = can(actors[actorName], action, resource);
					checked += 1;
					if (actual !== expected)
						mismatches.push(
							`${actorName} ${action} ${resourceName}: expected ${expected ? 'ALLOW' : 'DENY'}, got ${actual ? 'ALLOW' : 'DENY'}`
						);
				}
			}
		}
		expect(checked).toBe(rows.length * actorNames.length * actions.length);
		expect(mismatches).toEqual([]);
	});
});
