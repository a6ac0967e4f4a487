import { sql, type Kysely } from 'kysely';

// Editing the public sites from the intranet.
//
// Optimistic locking per translation: each language is edited on its own (one translator on the
// French text while another edits the Dutch one), so each translation carries its own counter;
// every save bumps it, and a save based on an older version is refused as a conflict.
//
// A revision records the version it produced and the publication time it set, and, when it
// restored an older revision, which one: history is appended to, never rewritten.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table entry_translations add column version integer not null default 1 check (version > 0);

	alter table entry_revisions
		add column version integer check (version > 0),
		add column published_at timestamptz,
		add column restored_from bigint references entry_revisions (id) on delete set null;

	comment on column entry_translations.source_updated_at is
		'In the entry''s source locale: when its title, summary or body last changed. In any other '
		'locale: the source translation''s source_updated_at this text was translated from. A '
		'translation is outdated when the source''s value is later than its own (or its own is null).';
	`.execute(db);
}
