// The menus staff compose for a public site (see input/menus.ts for what an item may point at).
// A saved menu replaces the site's configured default for that language; an unsaved one does not
// exist here, and the public site falls back to its config.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { MenuTarget } from '../input/menus.ts';
import type { Database, EntryType, Locale, MenuKind } from '../schema.ts';

type Db = Kysely<Database>;

/** An item as stored, with what its page needs to link to it in the menu's language. */
export interface MenuItemRow {
	target: MenuTarget;
	label: string | null;
	/** For a page: its live text in the menu's language, or undefined when it has none (not shown). */
	page?: { type: EntryType; section: string | null; slug: string; title: string };
}

/** The saved menus of a site in a locale; a menu not saved is absent (the default applies). */
export type SavedMenus = Partial<Record<MenuKind, MenuItemRow[]>>;

/** The menus of `siteId` saved for `locale`, items in order; pages resolved to their live text. */
export async function siteMenus(
	db: Db,
	siteId: string,
	locale: Locale,
	now: Date = new Date()
): Promise<SavedMenus> {
	const rows = await db
		.selectFrom('site_menus as m')
		.leftJoin('site_menu_items as i', (join) =>
			join
				.onRef('i.site_id', '=', 'm.site_id')
				.onRef('i.locale', '=', 'm.locale')
				.onRef('i.kind', '=', 'm.kind')
		)
		.leftJoin('entries as e', 'e.id', 'i.entry_id')
		.leftJoin('entry_translations as t', (join) =>
			join
				.onRef('t.entry_id', '=', 'i.entry_id')
				.on('t.locale', '=', locale)
				.on(sql<boolean>`t.status in ('published', 'scheduled') and t.published_at <= ${now}`)
		)
		.select([
			'm.kind',
			'i.position',
			'i.section',
			'i.entry_id',
			'i.path',
			'i.label',
			'e.type',
			'e.section as entry_section',
			't.slug',
			't.title'
		])
		.where('m.site_id', '=', siteId)
		.where('m.locale', '=', locale)
		.orderBy('m.kind')
		.orderBy('i.position')
		.execute();
	const menus: SavedMenus = {};
	for (const row of rows) {
		const items = (menus[row.kind] ??= []);
		if (row.position === null) continue; // a saved empty menu
		const target: MenuTarget | undefined = row.section
			? { kind: 'section', section: row.section }
			: row.entry_id
				? { kind: 'entry', entryId: row.entry_id }
				: row.path
					? { kind: 'path', path: row.path }
					: undefined;
		if (!target) continue;
		const page =
			row.type && row.slug && row.title
				? { type: row.type, section: row.entry_section, slug: row.slug, title: row.title }
				: undefined;
		items.push({ target, label: row.label, page });
	}
	return menus;
}

/** A page staff may put in a menu: a page or campaign of the site, with its title in a locale. */
export interface MenuPageChoice {
	id: string;
	title: string;
	section: string | null;
}

/** The site's pages and campaigns, titled in `locale` (else their source language), by title. */
export async function menuPageChoices(db: Db, siteId: string, locale: Locale): Promise<MenuPageChoice[]> {
	return db
		.selectFrom('entries as e')
		.innerJoin('entry_translations as t', (join) =>
			join.onRef('t.entry_id', '=', 'e.id').on(sql<boolean>`t.locale = coalesce(
				(select o.locale from entry_translations o where o.entry_id = e.id and o.locale = ${locale}),
				e.source_locale)`)
		)
		.select(['e.id', 't.title', 'e.section'])
		.where('e.site_id', '=', siteId)
		.where('e.type', 'in', ['page', 'campaign'])
		.orderBy('t.title')
		.limit(500)
		.execute();
}

export interface MenuToSave {
	siteId: string;
	locale: Locale;
	kind: MenuKind;
	items: Array<{ target: MenuTarget; label: string | null }>;
	userId: string;
}

/**
 * Replaces one menu in one transaction, then runs `also` in it (the caller's audit row). Refused
 * with `unknown_entry` when a page is not a page or campaign of the site (nothing is changed).
 */
export async function replaceMenu(
	db: Db,
	menu: MenuToSave,
	also?: (tx: Transaction<Database>) => Promise<void>
): Promise<'saved' | 'unknown_entry'> {
	return db.transaction().execute(async (tx) => {
		const entryIds = menu.items.flatMap(({ target }) => (target.kind === 'entry' ? [target.entryId] : []));
		if (entryIds.length > 0) {
			const found = await tx
				.selectFrom('entries')
				.select('id')
				.where('site_id', '=', menu.siteId)
				.where('type', 'in', ['page', 'campaign'])
				.where('id', 'in', entryIds)
				.execute();
			if (new Set(found.map((row) => row.id)).size !== new Set(entryIds).size) return 'unknown_entry';
		}
		const key = { site_id: menu.siteId, locale: menu.locale, kind: menu.kind };
		await tx
			.insertInto('site_menus')
			.values({ ...key, updated_by: menu.userId })
			.onConflict((conflict) =>
				conflict
					.columns(['site_id', 'locale', 'kind'])
					.doUpdateSet({ updated_by: menu.userId, updated_at: sql`now()` })
			)
			.execute();
		await tx
			.deleteFrom('site_menu_items')
			.where('site_id', '=', menu.siteId)
			.where('locale', '=', menu.locale)
			.where('kind', '=', menu.kind)
			.execute();
		if (menu.items.length > 0) {
			await tx
				.insertInto('site_menu_items')
				.values(
					menu.items.map(({ target, label }, position) => ({
						...key,
						position,
						section: target.kind === 'section' ? target.section : null,
						entry_id: target.kind === 'entry' ? target.entryId : null,
						path: target.kind === 'path' ? target.path : null,
						label
					}))
				)
				.execute();
		}
		await also?.(tx);
		return 'saved';
	});
}

/** Forgets a saved menu: the site shows its default again. False when none was saved. */
export async function resetMenu(db: Db, siteId: string, locale: Locale, kind: MenuKind): Promise<boolean> {
	const result = await db
		.deleteFrom('site_menus')
		.where('site_id', '=', siteId)
		.where('locale', '=', locale)
		.where('kind', '=', kind)
		.executeTakeFirst();
	return result.numDeletedRows > 0n;
}
