import { sql, type Kysely } from 'kysely';

// The same bytes are a duplicate only within one library: one scope and its owner (a working
// group, an organisation, all members, all staff, the staff of one organisation). Unique across
// all files, an upload to the portal told its member that the staff library held that content,
// and staff could not store a document the portal already had.
//
// `files.library_key` names a file's library (`group:<id>`, `staff:`…); `file_versions` carries a
// copy, so that one unique index can hold (library, bytes). A trigger fills the copy from the file
// on insert (no caller has to know it), and the composite foreign key keeps it equal to the file's
// for good. The stored bytes stay content-addressed and shared: `unusedStorageKeys` asks every row.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table files add column library_key text not null
		generated always as (scope || ':' || coalesce(organisation_id::text, group_id::text, '')) stored;
	alter table files add constraint files_id_library_key_key unique (id, library_key);

	alter table file_versions add column library_key text;
	update file_versions v set library_key = f.library_key from files f where f.id = v.file_id;
	alter table file_versions alter column library_key set not null;
	alter table file_versions add constraint file_versions_library_fkey
		foreign key (file_id, library_key) references files (id, library_key)
		on update cascade on delete cascade;

	create function file_versions_library_key() returns trigger language plpgsql as $$
	begin
		new.library_key := (select f.library_key from files f where f.id = new.file_id);
		return new;
	end
	$$;
	create trigger file_versions_library_key before insert or update of file_id on file_versions
		for each row execute function file_versions_library_key();

	alter table file_versions drop constraint file_versions_storage_key_key;
	alter table file_versions add constraint file_versions_library_storage_key_key
		unique (library_key, storage_key);
	-- Whether any row still needs some stored bytes (unusedStorageKeys) asks by key alone.
	create index file_versions_storage_key_idx on file_versions (storage_key);
	`.execute(db);
}
