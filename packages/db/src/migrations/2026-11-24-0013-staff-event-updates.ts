import { sql, type Kysely } from 'kysely';

// Agenda items can be edited since 0011 was written. A calendar app that imports the agenda's
// .ics again takes an item's new version only if its DTSTAMP/LAST-MODIFIED moved on, so each
// item keeps when it last changed (existing rows: when they were made).
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table staff_events add column updated_at timestamptz;
	update staff_events set updated_at = created_at;
	alter table staff_events alter column updated_at set not null, alter column updated_at set default now();
	`.execute(db);
}
