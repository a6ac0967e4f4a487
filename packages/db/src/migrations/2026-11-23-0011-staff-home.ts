import { sql, type Kysely } from 'kysely';

// The staff home of the intranet: announcements, an internal agenda and a document library.
//
// Announcements and agenda items are for the staff of both organisations (`organisation_id`
// null) or of one of them (WSM or FOS). An announcement shows from `publish_from` until
// `expires_at` (never, when null); pinned ones come first.
//
// Staff documents live in the portal's `files`/`file_versions` (one upload path, one version
// history) under two scopes of their own: `staff` (all staff) and `staff_organisation` (the
// staff of one organisation). The portal's visibility lists the scopes it shows, so these never
// appear there, and the intranet's lists only these.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create table announcements (
		id uuid primary key default gen_random_uuid(),
		organisation_id uuid references organisations (id) on delete cascade,
		title text not null check (length(title) between 1 and 200),
		body text not null check (length(body) between 1 and 20000),
		pinned boolean not null default false,
		publish_from timestamptz not null default now(),
		expires_at timestamptz,
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now(),
		check (expires_at is null or expires_at > publish_from)
	);
	create index announcements_publish_idx on announcements (publish_from desc);

	create table staff_events (
		id uuid primary key default gen_random_uuid(),
		organisation_id uuid references organisations (id) on delete cascade,
		title text not null check (length(title) between 1 and 200),
		description text not null default '' check (length(description) <= 5000),
		starts_at timestamptz not null,
		ends_at timestamptz not null,
		place text check (length(place) <= 200),
		online_url text check (online_url ~ '^https://' and length(online_url) <= 500),
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now(),
		check (ends_at >= starts_at)
	);
	create index staff_events_starts_idx on staff_events (starts_at);

	alter table files drop constraint files_scope_check;
	alter table files add constraint files_scope_check
		check (scope in ('platform', 'organisation', 'group', 'staff', 'staff_organisation'));
	-- Was (scope = 'organisation') = (organisation_id is not null).
	alter table files drop constraint files_check;
	alter table files add constraint files_organisation_check
		check ((scope in ('organisation', 'staff_organisation')) = (organisation_id is not null));
	`.execute(db);
}
