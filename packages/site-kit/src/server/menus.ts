// The public site's three menus in a language: what staff saved in the intranet, or the site's
// configured default for a menu never saved. Read on every render; the page cache (cache.ts)
// keeps a rendered page a few seconds, so a saved menu shows within that delay.
import type { MenuKind } from '@solidair/db';
import { siteMenus, type MenuItemRow, type SavedMenus } from '@solidair/db/menus';
import { sectionPath, sectionSegments, type Locale, type Section } from '@solidair/i18n';
import { database } from '@solidair/app-kit/server';
import { defaultMenus, sectionLink, siteSections, type MenuLink, type PublicMenus } from '../menus.ts';
import { sectionLabel } from '../navigation.ts';
import type { PublicSite } from '../site.ts';
import { entryPath } from './paths.ts';

const isSection = (name: string): name is Section => name in sectionSegments;

/** A saved item as a link; undefined when it leads nowhere in this language (a page not live in it). */
function itemLink(item: MenuItemRow, site: PublicSite, locale: Locale): MenuLink | undefined {
	const { target, label } = item;
	if (target.kind === 'section') {
		return isSection(target.section) && siteSections(site).includes(target.section)
			? sectionLink(target.section, locale, label)
			: undefined;
	}
	if (target.kind === 'entry') {
		const href = item.page && entryPath(locale, item.page);
		return href && item.page ? { href, label: label ?? item.page.title } : undefined;
	}
	// A path without a label reads as the section it leads to, if it is one.
	const section = siteSections(site).find((name) => sectionPath(name, locale) === target.path);
	return {
		href: target.path,
		label: label ?? (section ? sectionLabel(section, locale) : target.path),
		section
	};
}

/** Saved menus as links, each kind not saved replaced by the site's default. */
export function resolveMenus(saved: SavedMenus, site: PublicSite, locale: Locale): PublicMenus {
	const defaults = defaultMenus(site, locale);
	const menu = (kind: MenuKind): MenuLink[] =>
		saved[kind]?.flatMap((item) => itemLink(item, site, locale) ?? []) ?? defaults[kind];
	return { header: menu('header'), utility: menu('utility'), footer: menu('footer') };
}

/**
 * The site's menus in `locale`: each saved one, else its default. The menus frame every page, the
 * error page included: when they cannot be read (the database is down), the defaults keep the
 * frame, and the page's own load reports the fault (a 503 in the site's look, not a bare page).
 */
export async function loadMenus(site: PublicSite, locale: Locale): Promise<PublicMenus> {
	try {
		return resolveMenus(await siteMenus(database(), site.id, locale), site, locale);
	} catch (error) {
		console.error('menus unreadable, showing the defaults:', error instanceof Error ? error.message : error);
		return resolveMenus({}, site, locale);
	}
}
