// The public site's three menus as links, and their defaults from the site's config; shared by
// the layout (which renders them) and the server loader (server/menus.ts, which reads saved ones).
import type { MenuKind } from '@solidair/db';
import { sectionPath, type Locale, type Section } from '@solidair/i18n';
import { sectionLabel } from './navigation.ts';
import type { PublicSite } from './site.ts';

/** A link of a menu; `section` when it leads to one (the header makes `donate` its button). */
export interface MenuLink {
	href: string;
	label: string;
	section?: Section;
}

export type PublicMenus = Record<MenuKind, MenuLink[]>;

/** The sections a site has pages for: what staff may put in its menus. */
export function siteSections(site: PublicSite): Section[] {
	return [
		...new Set<Section>([...site.nav, ...site.utility, ...site.footer, ...site.pageSections, 'search'])
	];
}

/** A section's link in a locale, with its own name unless `label` says otherwise. */
export function sectionLink(section: Section, locale: Locale, label?: string | null): MenuLink {
	return { href: sectionPath(section, locale), label: label ?? sectionLabel(section, locale), section };
}

/** The defaults of the site's config, for menus never saved. */
export function defaultMenus(site: PublicSite, locale: Locale): PublicMenus {
	return {
		header: site.nav.map((section) => sectionLink(section, locale)),
		utility: site.utility.map((section) => sectionLink(section, locale)),
		footer: site.footer.map((section) => sectionLink(section, locale))
	};
}
