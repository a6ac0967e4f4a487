import { sql, type Kysely } from 'kysely';

// Partner organisations belong to one organisation's network: WSM and FOS each work with their
// own partners, also in a country both are active in. Partners so far were all WSM's.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table partners add column site_id text references sites (id) on delete cascade;
	update partners set site_id = 'wsm' where site_id is null;
	alter table partners alter column site_id set not null;
	drop index partners_country_idx;
	create index partners_site_country_idx on partners (site_id, country_code);
	`.execute(db);
}
