import { sql, type Kysely } from 'kysely';

// Menus staff compose: per site and language, a header (main), utility and footer menu. A row of
// `site_menus` says the menu was saved (even empty); without one the site shows its config's
// default. Each item points at exactly one of: a section of the site (a key of i18n's
// sectionSegments), a page of the site (an entry: removed with it), or a path of the site.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create table site_menus (
		site_id text not null references sites (id) on delete cascade,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		kind text not null check (kind in ('header', 'utility', 'footer')),
		updated_by uuid references users (id) on delete set null,
		updated_at timestamptz not null default now(),
		primary key (site_id, locale, kind)
	);

	create table site_menu_items (
		site_id text not null,
		locale text not null,
		kind text not null,
		position integer not null check (position >= 0),
		section text check (section ~ '^[a-zA-Z]{1,40}$'),
		entry_id uuid references entries (id) on delete cascade,
		-- Only a path of the site: starts with one slash, never a scheme or another host.
		path text check (path ~ '^/([^/\\\\]|$)' and char_length(path) <= 300),
		label text check (char_length(label) between 1 and 60),
		primary key (site_id, locale, kind, position),
		foreign key (site_id, locale, kind) references site_menus (site_id, locale, kind) on delete cascade,
		check (num_nonnulls(section, entry_id, path) = 1)
	);
	create index site_menu_items_entry_idx on site_menu_items (entry_id) where entry_id is not null;
	`.execute(db);
}
