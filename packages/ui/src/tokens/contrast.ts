// WCAG 2.2 contrast, computed from colour values; used by the token test and the colour docs.

/** The text/background pairs components use, with the ratio WCAG 2.2 AA asks of each. */
export const colourPairs = [
	{ text: 'text', background: 'surface', minimum: 4.5 },
	{ text: 'text', background: 'surface-alt', minimum: 4.5 },
	{ text: 'text', background: 'accent-soft', minimum: 4.5 },
	{ text: 'text-muted', background: 'surface', minimum: 4.5 },
	{ text: 'text-muted', background: 'surface-alt', minimum: 4.5 },
	{ text: 'text-inverse', background: 'surface-inverse', minimum: 4.5 },
	{ text: 'link', background: 'surface', minimum: 4.5 },
	{ text: 'link', background: 'surface-alt', minimum: 4.5 },
	{ text: 'link', background: 'accent-soft', minimum: 4.5 },
	{ text: 'on-accent', background: 'accent', minimum: 4.5 },
	{ text: 'on-accent', background: 'accent-strong', minimum: 4.5 },
	{ text: 'accent-strong', background: 'accent-soft', minimum: 4.5 },
	{ text: 'danger', background: 'surface', minimum: 4.5 },
	{ text: 'success', background: 'surface', minimum: 4.5 },
	{ text: 'warning', background: 'surface', minimum: 4.5 },
	// The themes' second and third accents and their headings (issue 21).
	{ text: 'heading', background: 'surface', minimum: 4.5 },
	{ text: 'heading', background: 'surface-alt', minimum: 4.5 },
	{ text: 'heading', background: 'accent-soft', minimum: 4.5 },
	{ text: 'heading', background: 'secondary-soft', minimum: 4.5 },
	{ text: 'heading', background: 'highlight', minimum: 4.5 },
	{ text: 'text', background: 'secondary-soft', minimum: 4.5 },
	{ text: 'text', background: 'highlight', minimum: 4.5 },
	{ text: 'on-highlight', background: 'highlight', minimum: 4.5 },
	{ text: 'secondary', background: 'surface', minimum: 4.5 },
	{ text: 'secondary', background: 'surface-alt', minimum: 4.5 },
	{ text: 'on-secondary', background: 'secondary', minimum: 4.5 },
	{ text: 'on-secondary', background: 'secondary-strong', minimum: 4.5 },
	{ text: 'secondary-strong', background: 'secondary-soft', minimum: 4.5 },
	{ text: 'text-inverse', background: 'accent-strong', minimum: 4.5 },
	{ text: 'link', background: 'secondary-soft', minimum: 4.5 },
	// Non-text contrast (1.4.11): focus rings, form control borders and the accent rule of cards.
	{ text: 'focus', background: 'surface', minimum: 3 },
	{ text: 'focus', background: 'surface-alt', minimum: 3 },
	{ text: 'border', background: 'surface', minimum: 3 },
	{ text: 'accent', background: 'surface', minimum: 3 }
] as const;

export type ColourRole = (typeof colourPairs)[number]['text' | 'background'];

export interface PairResult {
	text: string;
	background: string;
	minimum: number;
	/** The ratio, or NaN when a role is not declared. */
	ratio: number;
}

/** Every pair of `colourPairs` that a theme's colours fail, or whose roles it does not declare. */
export function failingPairs(colours: Record<string, string>): PairResult[] {
	return colourPairs
		.map(({ text, background, minimum }) => {
			const [fore, back] = [colours[text], colours[background]];
			const ratio = fore && back ? contrastRatio(fore, back) : Number.NaN;
			return { text, background, minimum, ratio };
		})
		.filter(({ ratio, minimum }) => !(ratio >= minimum));
}

/** Parses `#rgb`, `#rrggbb` or `rgb(r g b)` / `rgb(r, g, b)` into 0–255 channels. */
export function parseColour(value: string): [number, number, number] {
	const colour = value.trim().toLowerCase();
	const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(colour);
	if (short)
		return [short[1], short[2], short[3]].map((c) => parseInt(`${c}${c}`, 16)) as [number, number, number];
	const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(colour);
	if (long) return [long[1], long[2], long[3]].map((c) => parseInt(c!, 16)) as [number, number, number];
	const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*1(?:\.0+)?\s*)?\)$/.exec(colour);
	if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
	throw new Error(`Not an opaque colour: ${value}`);
}

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(colour: string): number {
	const [r, g, b] = parseColour(colour).map(channel) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
		number,
		number
	];
	return (light + 0.05) / (dark + 0.05);
}
