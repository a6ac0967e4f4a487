import { sql, type Kysely } from 'kysely';

// Working groups' names and descriptions in each language: before, one name served every page
// ("Social protection" on the Dutch and French pages alike). The group keeps the name it was
// created with, shown when no translation exists in the page's language or the platform's default.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create table working_group_translations (
		group_id uuid not null references working_groups (id) on delete cascade,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		name text not null check (char_length(name) between 1 and 120),
		description text not null default '' check (char_length(description) <= 2000),
		primary key (group_id, locale)
	);
	`.execute(db);
}
