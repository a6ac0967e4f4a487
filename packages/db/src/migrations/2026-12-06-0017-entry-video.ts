import { sql, type Kysely } from 'kysely';

// An entry's film: a YouTube or Vimeo address an editor sets in the intranet, shown after the body
// as a click-to-load player. Null until someone sets one, so a page never points at a video no one
// has chosen. Which addresses make a player is the site's rule (site-kit's `videoOf`); here only a
// bound on the length, as for other addresses.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table entries add column video_url text
		check (char_length(video_url) <= 500);
	`.execute(db);
}
