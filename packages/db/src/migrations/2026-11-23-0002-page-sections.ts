import { sql, type Kysely } from 'kysely';

// Pages live under a section of the site (`/nl/over-ons/strategieen` is a page of `about`); the
// section is a key of i18n's sectionSegments (`about`, `whoWeAre`), not a URL segment, so URLs can
// change without touching content. Other entry types have a fixed section.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table entries add column section text
		check (section ~ '^[a-z][a-zA-Z]{1,40}$');
	alter table entries add constraint entries_page_section check ((type = 'page') = (section is not null)) not valid;
	create index entries_site_section_idx on entries (site_id, section) where section is not null;
	`.execute(db);
}
