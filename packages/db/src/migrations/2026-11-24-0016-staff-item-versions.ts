import { sql, type Kysely } from 'kysely';

// Two intranet admins editing the same announcement or agenda item: without a counter the last
// save silently wins. As for entries (0010), every save bumps it and a save based on an older
// version is refused as a conflict. Existing rows start at 1, as a new one does.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table announcements add column version integer not null default 1 check (version > 0);
	alter table staff_events add column version integer not null default 1 check (version > 0);
	`.execute(db);
}
