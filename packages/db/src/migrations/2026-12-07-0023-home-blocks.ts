import { sql, type Kysely } from 'kysely';

// The home page as staff compose it: per site and language, an ordered list of blocks, each on or
// off, with its options (the lead's entry, how many news items or events). No row for a language:
// the site's defaults (next to its configuration in the app) apply.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create table home_blocks (
		site_id text not null references sites (id) on delete cascade,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		kind text not null check (kind in ('lead', 'news', 'events', 'figures', 'themes', 'partners', 'donate', 'newsletter')),
		position smallint not null check (position >= 0),
		enabled boolean not null default true,
		-- The lead: a campaign or news item of the site; null takes the latest campaign. A deleted entry falls back the same way.
		entry_id uuid references entries (id) on delete set null,
		-- News and events: how many to show.
		item_count smallint check (item_count between 1 and 6),
		primary key (site_id, locale, kind),
		unique (site_id, locale, position) deferrable initially deferred,
		check (entry_id is null or kind = 'lead')
	);
	create index home_blocks_entry_idx on home_blocks (entry_id) where entry_id is not null;
	`.execute(db);
}
