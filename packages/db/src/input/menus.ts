// The menus staff compose in the intranet: each item a section of the site, a page of the site or
// a path of the site, with an optional label. Nothing may point off the site: no scheme, no
// `//host`, no backslash (browsers read `/\host` as `//host`).
import * as v from 'valibot';
import { optionalText } from './fields.ts';

/** The three menus of a site. */
export const menuKinds = ['header', 'utility', 'footer'] as const;
/** More would not fit a bar, nor read as a menu. */
export const maxMenuItems = 12;
/** A label is a few words: it must fit the bar in every language. */
export const menuLabelMaxLength = 60;
export const menuPathMaxLength = 300;

/** What an item points at, as stored. */
export type MenuTarget =
	{ kind: 'section'; section: string } | { kind: 'entry'; entryId: string } | { kind: 'path'; path: string };

/** One slash, then only the characters of a plain path: letters, digits, `-._~%/` and a query or fragment (`?=&#+`). */
const sitePath = /^\/(?![/])[A-Za-z0-9\-._~%/?=&#+]*$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path of the site as typed, or undefined when it could leave the site or is not a plain path. */
export function sitePathOf(text: string): string | undefined {
	const path = text.trim();
	return path.length <= menuPathMaxLength && sitePath.test(path) && !path.split('/').includes('..')
		? path
		: undefined;
}

/**
 * A target as the form writes it — `section:news`, `entry:<uuid>` or `path:/nl/over-ons` — read
 * back, or undefined. `sections` are the sections the site knows.
 */
export function readMenuTarget(text: string, sections: readonly string[]): MenuTarget | undefined {
	const colon = text.indexOf(':');
	if (colon < 0) return undefined;
	const kind = text.slice(0, colon);
	const value = text.slice(colon + 1);
	if (kind === 'section') return sections.includes(value) ? { kind, section: value } : undefined;
	if (kind === 'entry') return uuid.test(value) ? { kind, entryId: value.toLowerCase() } : undefined;
	if (kind === 'path') {
		const path = sitePathOf(value);
		return path ? { kind, path } : undefined;
	}
	return undefined;
}

/** The form's token of a target, the inverse of `readMenuTarget`. */
export function menuTargetToken(target: MenuTarget): string {
	if (target.kind === 'section') return `section:${target.section}`;
	if (target.kind === 'entry') return `entry:${target.entryId}`;
	return `path:${target.path}`;
}

/** One row of the menu form: its target (`menu_target` when it is none of the site's) and label. */
export const menuItemSchema = (sections: readonly string[]) =>
	v.object({
		target: v.pipe(
			v.string('menu_target'),
			v.trim(),
			v.transform((text) => readMenuTarget(text, sections)),
			v.custom<MenuTarget>((target) => target !== undefined, 'menu_target')
		),
		label: optionalText(menuLabelMaxLength)
	});

export type MenuItemInput = v.InferOutput<ReturnType<typeof menuItemSchema>>;

/** A whole menu, in order: at most `maxMenuItems` items (`menu_full:12`). */
export const menuSchema = (sections: readonly string[]) =>
	v.pipe(
		v.array(menuItemSchema(sections), 'menu_target'),
		v.maxLength(maxMenuItems, `menu_full:${maxMenuItems}`)
	);

/** The menu being changed: a menu kind (`choose` otherwise). */
export const menuKindSchema = v.picklist(menuKinds, 'choose');
