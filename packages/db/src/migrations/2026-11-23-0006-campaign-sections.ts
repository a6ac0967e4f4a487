import { sql, type Kysely } from 'kysely';

// Campaigns live in a site section like pages (WSM's under "Doe mee": `/nl/doe-mee/<campaign>`),
// so they too must name one; news, events and the rest still have none.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table entries drop constraint entries_page_section;
	alter table entries add constraint entries_page_section
		check ((type in ('page', 'campaign')) = (section is not null));
	`.execute(db);
}
