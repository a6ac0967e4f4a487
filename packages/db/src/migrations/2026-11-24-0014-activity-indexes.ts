import { sql, type Kysely } from 'kysely';

// The portal dashboard asks "what is new since your last visit" on every view: posts, file
// versions and meetings made after a moment. Without these it reads every row of each table,
// which grows with every year of the portal (see BENCHMARKS.md, "Portal dashboard").
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create index posts_created_idx on posts (created_at);
	create index file_versions_created_idx on file_versions (created_at);
	create index platform_events_created_idx on platform_events (created_at);
	`.execute(db);
}
