import { sql, type Kysely } from 'kysely';

// Taxonomy set in the editor. An entry's display date: the day the site shows beside it (an old
// story moved online, a press release dated before it went live), null to show the publication
// day; `published_at` stays the moment it went live, which orders lists and feeds. Tags created by
// editors get a slug per language from their label: a slug names one tag per language, as the news
// list's `?tag=` filter reads it, so two tags may not share one.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table entries add column display_date date;
	create unique index tag_translations_locale_slug_key on tag_translations (locale, slug);
	alter table tag_translations add constraint tag_translations_label_length
		check (char_length(label) between 1 and 100);
	`.execute(db);
}
