import { sql, type Kysely } from 'kysely';

// The portal remembers its signed-in pages' hottest reads in memory (`memo.ts`: a session's row,
// a user's roles and 2FA, the members' dashboard) while it hears these triggers say what changed,
// as 0026's do for the public pages, on a channel of their own (`NOTIFY solidair_memo`):
// - `user:<id>`: a user's account, sessions, memberships, groups, site roles or 2FA changed;
// - `portal`: something the dashboard shows of others changed (posts, threads, files and their
//   versions, meetings, groups and their names, organisations, a user's display name);
// - `{"all":true}`: a table was emptied, or the set of users would not fit in one payload.
// Delivered at commit, like 0026's: a rolled-back change says nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create function solidair_memo_notify(tags text[]) returns void
	language plpgsql as $$
	declare
		payload text;
	begin
		select json_build_object('tags', coalesce(json_agg(distinct tag), '[]'))::text into payload
		from unnest(tags) tag where tag is not null;
		-- PostgreSQL refuses payloads of 8000 bytes or more: past that, everything goes.
		if octet_length(payload) > 7900 then payload := '{"all":true}'; end if;
		perform pg_notify('solidair_memo', payload);
	end $$;

	-- The users a statement touched, by the column that names them (TG_ARGV[0]), before and after.
	create function solidair_memo_people() returns trigger
	language plpgsql as $$
	declare
		id_column text := TG_ARGV[0];
		ids text[];
	begin
		if TG_OP = 'INSERT' then
			select array_agg(to_jsonb(n) ->> id_column) into ids from new_rows n;
		elsif TG_OP = 'DELETE' then
			select array_agg(to_jsonb(o) ->> id_column) into ids from old_rows o;
		else
			select array_agg(id) into ids from (
				select to_jsonb(o) ->> id_column from old_rows o
				union select to_jsonb(n) ->> id_column from new_rows n
			) touched (id);
		end if;
		if ids is not null then
			perform solidair_memo_notify(array(select 'user:' || id from unnest(ids) id));
		end if;
		return null;
	end $$;

	create function solidair_memo_portal() returns trigger
	language plpgsql as $$
	begin
		perform pg_notify('solidair_memo', '{"tags":["portal"]}');
		return null;
	end $$;

	create function solidair_memo_truncated() returns trigger
	language plpgsql as $$
	begin
		perform pg_notify('solidair_memo', '{"all":true}');
		return null;
	end $$;
	`.execute(db);

	// Tables whose rows belong to a user, with the column naming them. A new session is in no memo
	// yet; a session's change (its use, its second factor, its end) is an update or a delete.
	const people: Array<[table: string, column: string, events: Array<'insert' | 'update' | 'delete'>]> = [
		['users', 'id', ['update', 'delete']],
		['sessions', 'user_id', ['update', 'delete']],
		['memberships', 'user_id', ['insert', 'update', 'delete']],
		['working_group_members', 'user_id', ['insert', 'update', 'delete']],
		['site_editors', 'user_id', ['insert', 'update', 'delete']],
		['site_reviewers', 'user_id', ['insert', 'update', 'delete']],
		['totp_credentials', 'user_id', ['insert', 'update', 'delete']]
	];
	const transitions = {
		insert: 'new table as new_rows',
		update: 'old table as old_rows new table as new_rows',
		delete: 'old table as old_rows'
	};
	for (const [table, column, events] of people) {
		for (const event of events) {
			// Triggers with transition tables fire on one event each.
			await sql
				.raw(
					`create trigger solidair_memo_${event} after ${event} on ${table}
					referencing ${transitions[event]} for each statement
					execute function solidair_memo_people('${column}')`
				)
				.execute(db);
		}
	}
	// What the dashboard shows of others.
	const portal = [
		'posts',
		'threads',
		'files',
		'file_versions',
		'platform_events',
		'working_groups',
		'working_group_translations',
		'organisations'
	];
	for (const table of portal) {
		await sql
			.raw(
				`create trigger solidair_memo_portal after insert or update or delete on ${table}
				for each statement execute function solidair_memo_portal()`
			)
			.execute(db);
	}
	// Others see a user's name beside what they wrote.
	await sql`
		create trigger solidair_memo_portal after update of display_name or delete on users
		for each statement execute function solidair_memo_portal()`.execute(db);
	for (const table of [...new Set([...people.map(([table]) => table), ...portal])]) {
		await sql
			.raw(
				`create trigger solidair_memo_truncate after truncate on ${table}
				for each statement execute function solidair_memo_truncated()`
			)
			.execute(db);
	}
}
