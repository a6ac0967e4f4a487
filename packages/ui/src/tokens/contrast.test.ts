import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { themes } from '../themes.ts';
import { colourPairs, contrastRatio, failingPairs } from './contrast.ts';
import { themeColours } from './tokens-css.ts';

const css = readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8');

test('the ratio is computed as WCAG defines it', () => {
	expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
	expect(contrastRatio('#fff', '#fff')).toBe(1);
	// #767676 on white is the well-known lightest grey that passes 4.5:1.
	expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
});

describe.each(themes)('theme %s', (theme) => {
	const colours = themeColours(css, theme);

	test.each(colourPairs.map((pair) => ({ ...pair, label: `${pair.text} on ${pair.background}` })))(
		'$label meets $minimum:1',
		({ text, background, minimum }) => {
			const foreground = colours[text];
			const back = colours[background];
			expect(foreground, `--color-${text} is declared`).toBeDefined();
			expect(back, `--color-${background} is declared`).toBeDefined();
			expect(contrastRatio(foreground!, back!)).toBeGreaterThanOrEqual(minimum);
		}
	);
});

test('every theme passes every pair, and a bad pair is caught', () => {
	for (const theme of themes) expect(failingPairs(themeColours(css, theme)), theme).toEqual([]);
	// A pale second accent under white text, as a careless edit of tokens.css might write it.
	const careless = css.replace(/(\[data-theme='wsm'\] \{[^}]*--color-secondary:\s*)#[0-9a-f]+/, '$1#f0a060');
	expect(careless).not.toBe(css);
	const failing = failingPairs(themeColours(careless, 'wsm')).map(
		(pair) => `${pair.text}/${pair.background}`
	);
	expect(failing).toContain('on-secondary/secondary');
	expect(failing).toContain('secondary/surface');
	// A role a pair needs but the theme lost is a failure too, not a silent pass.
	const missing = Object.fromEntries(
		Object.entries(themeColours(css, 'fos')).filter(([role]) => role !== 'highlight')
	);
	expect(failingPairs(missing).map((pair) => pair.background)).toContain('highlight');
});

test('the two public sites wear more than a different red', () => {
	const [wsm, fos] = [themeColours(css, 'wsm'), themeColours(css, 'fos')];
	const distinct = ['accent', 'secondary', 'highlight', 'surface-inverse', 'surface-alt'].filter(
		(role) => wsm[role] !== fos[role]
	);
	expect(distinct.length).toBeGreaterThanOrEqual(4);
});
