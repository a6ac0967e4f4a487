import { sql, type Kysely } from 'kysely';

// What the editor saves by itself while someone types: one row per entry, language and person,
// beside the translation rather than in it, so a published or scheduled text never changes until
// its editor saves it. `base_version` is the translation's version the text was typed over (0 for
// a language not yet added): reopened later, a save from it still meets the optimistic lock.
// Limits as on entry_translations, except that an autosaved title may still be empty.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create table entry_autosaves (
		entry_id uuid not null references entries (id) on delete cascade,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		user_id uuid not null references users (id) on delete cascade,
		base_version integer not null check (base_version >= 0),
		title text not null default '' check (length(title) <= 300),
		summary text not null default '' check (length(summary) <= 1000),
		body text not null default '' check (length(body) <= 100000),
		saved_at timestamptz not null default now(),
		primary key (entry_id, locale, user_id)
	);
	-- Deleting a user goes through this index (the cascade above).
	create index entry_autosaves_user on entry_autosaves (user_id);
	`.execute(db);
}
