// Reads the colour roles of each theme out of tokens.css, for tests and tooling in Node.
import type { Theme } from '../themes.ts';

/** The block of defaults: the document's root and every element that names a theme. */
const defaults = ':root,\n[data-theme]';

/** Custom properties declared in one CSS block, e.g. `:root { … }`, by name without `--`. */
function declarations(css: string, selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start === -1) throw new Error(`tokens.css has no block for ${selector}`);
	const body = css.slice(start, css.indexOf('}', start));
	const entries = [...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]);
	return Object.fromEntries(entries);
}

/** The colour roles of a theme: the defaults of `:root`, overridden by the theme's block. */
export function themeColours(css: string, theme: Theme): Record<string, string> {
	const all = { ...declarations(css, defaults), ...declarations(css, `[data-theme='${theme}']`) };
	return Object.fromEntries(
		Object.entries(all)
			.filter(([name]) => name.startsWith('color-'))
			.map(([name, value]) => [name.slice('color-'.length), value])
	);
}
