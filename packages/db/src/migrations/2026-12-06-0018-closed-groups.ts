import { sql, type Kysely } from 'kysely';

// Working groups that members join on a coordinator's approval: before, any member could join any
// group and read its threads and files. A group is `open` (join at once) or `closed` (ask, a
// coordinator or platform admin approves); the groups that exist stay open, a new one is closed
// unless its creator opens it. A request waits in `working_group_requests` until it is decided.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table working_groups add column access text not null default 'open' check (access in ('open', 'closed'));
	alter table working_groups alter column access set default 'closed';
	create table working_group_requests (
		group_id uuid not null references working_groups (id) on delete cascade,
		user_id uuid not null references users (id) on delete cascade,
		requested_at timestamptz not null default now(),
		primary key (group_id, user_id)
	);
	create index working_group_requests_user_idx on working_group_requests (user_id);
	`.execute(db);
}
