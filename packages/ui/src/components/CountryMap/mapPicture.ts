/*
 * The world map as a picture file: an SVG document with the theme's colours baked in, for pages
 * that show the map as an `<img>` beside the list of its countries' links (the home). A picture
 * is fetched after the first paint and cached by the browser, where an inline map's 60 KB
 * would delay the page it sits in.
 */
import tokensCss from '../../styles/tokens.css?raw';
import type { Theme } from '../../themes.ts';
import { themeColours } from '../../tokens/tokens-css.ts';
import { numericCode } from './iso.ts';
import { MAP_HEIGHT, MAP_WIDTH, shapes } from './worldMap.ts';

/** The picture's size in the map's units, for the `<img>`'s width and height (no layout shift). */
export const mapPictureSize = { width: MAP_WIDTH, height: MAP_HEIGHT } as const;

/** An SVG document of the whole world with the given countries (ISO alpha-2) in the accent colour. */
export function mapPicture(codes: readonly string[], theme: Theme): string {
	const colour = themeColours(tokensCss, theme);
	const wanted = new Set(codes.flatMap((code) => numericCode(code) ?? []));
	const [highlighted, rest] = [
		shapes.filter((shape) => shape.id !== null && wanted.has(shape.id)),
		shapes.filter((shape) => shape.id === null || !wanted.has(shape.id))
	];
	// One path per colour: each shape's data starts with an absolute move, so they join as they are.
	const path = (list: typeof shapes, fill: string | undefined) =>
		list.length === 0 ? '' : `<path fill="${fill}" d="${list.map((shape) => shape.d).join('')}"/>`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" ` +
		`width="${MAP_WIDTH}" height="${MAP_HEIGHT}">` +
		`<g stroke="${colour['surface']}" stroke-width="0.75" stroke-linejoin="round">` +
		path(rest, colour['border-subtle']) +
		path(highlighted, colour['accent']) +
		'</g></svg>'
	);
}
