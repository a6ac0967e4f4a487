import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { mapPicture, mapPictureSize } from '@solidair/ui/map-picture';
import { mapPictureUrl, mapPictureVersion } from './map-picture.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

test('the picture is a well-formed SVG document of the whole map with the theme colours baked in', () => {
	const svg = mapPicture(['BE', 'CD', 'PE'], 'wsm');
	expect(XMLValidator.validate(svg)).toBe(true);
	const root = parser.parse(svg).svg;
	expect(root.viewBox).toBe(`0 0 ${mapPictureSize.width} ${mapPictureSize.height}`);
	const [rest, highlighted] = root.g.path as Array<{ fill: string; d: string }>;
	// WSM's tokens: subtle border for the land, its red for the network.
	expect(rest!.fill).toBe('#e6ddd2');
	expect(highlighted!.fill).toBe('#a4262c');
	// Belgium alone is one highlighted shape, which the rest of the world no longer contains.
	const belgium = parser.parse(mapPicture(['BE'], 'wsm')).svg.g.path[1].d as string;
	expect(highlighted!.d).toContain(belgium);
	expect(rest!.d).not.toContain(belgium);
});

test('each theme its own accent; unknown codes and an empty network still make a map', () => {
	const fos = parser.parse(mapPicture(['BE'], 'fos')).svg;
	expect(fos.g.path[1].fill).toBe('#c0122c');
	const none = parser.parse(mapPicture(['XX'], 'wsm')).svg;
	expect(none.g.path.fill).toBe('#e6ddd2');
});

test('the URL changes with the countries, not with their order', () => {
	expect(mapPictureVersion(['PE', 'BE'])).toBe(mapPictureVersion(['BE', 'PE']));
	expect(mapPictureVersion(['BE'])).not.toBe(mapPictureVersion(['BE', 'PE']));
	expect(mapPictureUrl(['BE'])).toMatch(/^\/network-map\.svg\?v=[\w-]{10}$/);
});
