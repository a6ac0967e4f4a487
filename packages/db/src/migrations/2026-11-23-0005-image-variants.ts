import { sql, type Kysely } from 'kysely';

// Every image is served as resized copies in modern formats, never as the uploaded original
// (which may be huge and carry camera metadata such as a location). One row per copy; the
// storage key is the copy's content hash, so its URL can be cached for a year.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create table media_variants (
		media_id uuid not null references media (id) on delete cascade,
		format text not null check (format in ('avif', 'webp', 'jpeg')),
		width integer not null check (width > 0),
		height integer not null check (height > 0),
		storage_key text not null,
		byte_size integer not null check (byte_size > 0),
		primary key (media_id, format, width)
	);
	create index media_variants_key_idx on media_variants (storage_key);
	`.execute(db);
}
