import { sql, type Kysely } from 'kysely';

// The same bytes are one media row per library, not one across all sites. Unique across sites, an
// upload to FOS of bytes WSM already had took over WSM's image (its site, alt texts and focal
// point), and a publication file another site held was refused. `nulls not distinct`: a null site
// is the intranet's shared library, one library like any other. The stored bytes stay
// content-addressed and shared: `unusedStorageKeys` asks every row, by key alone.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table media drop constraint media_storage_key_key;
	alter table media add constraint media_site_storage_key_key
		unique nulls not distinct (site_id, storage_key);
	create index media_storage_key_idx on media (storage_key);
	`.execute(db);
}
