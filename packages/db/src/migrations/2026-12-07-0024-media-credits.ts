import { sql, type Kysely } from 'kysely';

// Who made an image ("Foto: Jan Peeters", "Illustratie: WSM"): shown under the picture on an
// article, edited with the alt texts in the intranet. Null when no one has said; a name is not
// translated, so one text, bounded like the other short texts.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table media add column credit text
		check (char_length(credit) <= 200);
	`.execute(db);
}
