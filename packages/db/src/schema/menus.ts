// Menus staff compose per site and language (migration 2026-12-07-0022-site-menus).
import type { DefaultedTimestamp, Locale } from './columns.ts';

/** The three menus of a public site: the main bar, the slim top bar and the footer. */
export type MenuKind = 'header' | 'utility' | 'footer';

/** A saved menu; without a row the site shows its configured default. */
export interface SiteMenusTable {
	site_id: string;
	locale: Locale;
	kind: MenuKind;
	updated_by: string | null;
	updated_at: DefaultedTimestamp;
}

/** One item, in order: exactly one of a section, an entry (a page of the site) or a path of the site. */
export interface SiteMenuItemsTable {
	site_id: string;
	locale: Locale;
	kind: MenuKind;
	position: number;
	/** A key of i18n's sectionSegments (`news`, `whoWeAre`). */
	section: string | null;
	entry_id: string | null;
	/** A path of the site, `/nl/over-ons/strategieen`. */
	path: string | null;
	/** The text shown; null: the section's or page's own title. */
	label: string | null;
}
