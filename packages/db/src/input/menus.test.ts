import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
	maxMenuItems,
	menuItemSchema,
	menuLabelMaxLength,
	menuSchema,
	menuTargetToken,
	readMenuTarget
} from './menus.ts';
import { problems, x } from './test-helpers.ts';

const sections = ['news', 'vacancies', 'contact', 'about'];
const entryId = '0b7e6c1e-6f0a-4f55-9a57-8a3f8c1d2e01';

describe('a menu item', () => {
	test('points at a section of the site, a page of the site or a path of the site', () => {
		const item = menuItemSchema(sections);
		expect(v.parse(item, { target: 'section:news', label: '' })).toEqual({
			target: { kind: 'section', section: 'news' },
			label: null
		});
		expect(v.parse(item, { target: `entry:${entryId}`, label: ' Strategieën ' })).toEqual({
			target: { kind: 'entry', entryId },
			label: 'Strategieën'
		});
		expect(v.parse(item, { target: 'path:/nl/over-ons/strategieen', label: '' }).target).toEqual({
			kind: 'path',
			path: '/nl/over-ons/strategieen'
		});
	});

	test.each([
		'path:https://example.org',
		'path://example.org/nl',
		'path:/\\example.org',
		'path:javascript:alert(1)',
		'path: javascript:alert(1)',
		'path:/nl/<script>',
		'path:/nl/../../etc',
		'path:nl/nieuws',
		'path:/nl nieuws',
		`path:/${x(300)}`,
		'section:donate',
		'section:__proto__',
		'entry:not-a-uuid',
		'url:/nl',
		'news',
		''
	])('refuses %s: nothing off the site, nothing the site does not know', (target) => {
		expect(problems(menuItemSchema(sections), { target, label: '' })).toEqual({ target: 'menu_target' });
	});

	test(`a label is at most ${menuLabelMaxLength} characters`, () => {
		const item = menuItemSchema(sections);
		expect(v.parse(item, { target: 'section:news', label: x(menuLabelMaxLength) }).label).toHaveLength(
			menuLabelMaxLength
		);
		expect(problems(item, { target: 'section:news', label: x(menuLabelMaxLength + 1) })).toEqual({
			label: `too_long:${menuLabelMaxLength}`
		});
	});

	test('a target read back gives the token the form wrote', () => {
		for (const token of ['section:news', `entry:${entryId}`, 'path:/nl/nieuws']) {
			expect(menuTargetToken(readMenuTarget(token, sections)!)).toBe(token);
		}
	});
});

test(`a menu has at most ${maxMenuItems} items`, () => {
	const item = { target: 'section:news', label: '' };
	expect(v.parse(menuSchema(sections), Array(maxMenuItems).fill(item))).toHaveLength(maxMenuItems);
	expect(problems(menuSchema(sections), Array(maxMenuItems + 1).fill(item))).toEqual({
		'': `menu_full:${maxMenuItems}`
	});
});
