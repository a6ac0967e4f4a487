import { sql, type Kysely } from 'kysely';

// The Waardig Werk portal publishes too (publications, a public agenda), so it gets a row in
// `sites`. It speaks for all its member organisations together and belongs to none of them:
// a site's organisation becomes optional. WSM's and FOS's sites keep theirs.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`alter table sites alter column organisation_id drop not null`.execute(db);
}
