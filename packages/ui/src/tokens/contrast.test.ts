import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { themes } from '../themes.ts';
import { colourPairs, contrastRatio } from './contrast.ts';
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
