import { sql, type Kysely } from 'kysely';

// "What changed since your last visit" needs the start of the previous visit, not the last
// request: `last_seen_at` moves with every page, so the dashboard compares with
// `previous_visit_at`, the `last_seen_at` a member had when they came back after an hour away.
// `last_digest_at` is when the activity digest was last sent (or found empty); the next one
// covers what happened since, so nothing falls between two digests.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table users add column previous_visit_at timestamptz;
	alter table users add column last_digest_at timestamptz;
	`.execute(db);
}
