import { sql, type Kysely } from 'kysely';

// The whole data model in one first migration. PostgreSQL runs DDL in a transaction, and the
// migrator wraps each migration in one: a migration that fails leaves the schema as it was.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create table organisations (
		id uuid primary key default gen_random_uuid(),
		slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
		name text not null check (length(name) between 1 and 200),
		kind text not null check (kind in ('ngo', 'union', 'mutuality', 'movement')),
		website text,
		created_at timestamptz not null default now()
	);

	create table sites (
		id text primary key check (id ~ '^[a-z]+$'),
		organisation_id uuid not null references organisations (id),
		name text not null,
		locales text[] not null check (cardinality(locales) > 0 and locales <@ array['nl', 'fr', 'en', 'es']),
		default_locale text not null,
		theme text not null,
		-- Listings in a locale show only entries published in it, unless the site opts in.
		list_fallbacks boolean not null default false,
		check (default_locale = any (locales))
	);

	create table users (
		id uuid primary key default gen_random_uuid(),
		email text not null check (email ~ '^[^@\\s]+@[^@\\s]+$' and length(email) <= 254),
		display_name text not null check (length(display_name) between 1 and 120),
		password_hash text,
		locale text not null default 'nl' check (locale in ('nl', 'fr', 'en', 'es')),
		is_platform_admin boolean not null default false,
		is_intranet_admin boolean not null default false,
		team text,
		languages text[] not null default '{}',
		country_code text,
		bio text,
		digest_frequency text not null default 'weekly' check (digest_frequency in ('never', 'daily', 'weekly')),
		last_seen_at timestamptz,
		disabled_at timestamptz,
		created_at timestamptz not null default now(),
		updated_at timestamptz not null default now()
	);
	create unique index users_email_key on users (lower(email));

	create table sessions (
		id text primary key,
		secret_hash bytea not null,
		user_id uuid not null references users (id) on delete cascade,
		created_at timestamptz not null default now(),
		last_used_at timestamptz not null default now(),
		expires_at timestamptz not null,
		two_factor_verified boolean not null default false,
		ip inet,
		user_agent text
	);
	create index sessions_user_idx on sessions (user_id);

	create table memberships (
		user_id uuid not null references users (id) on delete cascade,
		organisation_id uuid not null references organisations (id) on delete cascade,
		role text not null check (role in ('member', 'admin')),
		created_at timestamptz not null default now(),
		primary key (user_id, organisation_id)
	);
	create index memberships_organisation_idx on memberships (organisation_id);

	create table site_editors (
		user_id uuid not null references users (id) on delete cascade,
		site_id text not null references sites (id) on delete cascade,
		primary key (user_id, site_id)
	);

	create table invitations (
		id uuid primary key default gen_random_uuid(),
		organisation_id uuid not null references organisations (id) on delete cascade,
		email text not null,
		role text not null check (role in ('member', 'admin')),
		token_hash bytea not null unique,
		invited_by uuid references users (id) on delete set null,
		expires_at timestamptz not null,
		accepted_at timestamptz,
		created_at timestamptz not null default now()
	);

	create table password_resets (
		token_hash bytea primary key,
		user_id uuid not null references users (id) on delete cascade,
		expires_at timestamptz not null,
		used_at timestamptz,
		created_at timestamptz not null default now()
	);

	create table totp_credentials (
		user_id uuid primary key references users (id) on delete cascade,
		secret bytea not null,
		enabled_at timestamptz,
		created_at timestamptz not null default now()
	);

	create table recovery_codes (
		id bigint generated always as identity primary key,
		user_id uuid not null references users (id) on delete cascade,
		code_hash bytea not null,
		used_at timestamptz
	);
	create index recovery_codes_user_idx on recovery_codes (user_id);

	-- Login, reset and 2FA throttling shared by every app instance.
	create table throttles (
		key text primary key,
		failures integer not null default 0 check (failures >= 0),
		locked_until timestamptz,
		updated_at timestamptz not null default now()
	);

	create table media (
		id uuid primary key default gen_random_uuid(),
		site_id text references sites (id) on delete cascade,
		storage_key text not null unique,
		filename text not null,
		mime_type text not null,
		byte_size bigint not null check (byte_size > 0),
		width integer check (width > 0),
		height integer check (height > 0),
		focal_x real check (focal_x between 0 and 1),
		focal_y real check (focal_y between 0 and 1),
		decorative boolean not null default false,
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now()
	);

	create table media_alt_texts (
		media_id uuid not null references media (id) on delete cascade,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		alt_text text not null check (length(alt_text) between 1 and 500),
		primary key (media_id, locale)
	);

	create table entries (
		id uuid primary key default gen_random_uuid(),
		site_id text not null references sites (id) on delete cascade,
		type text not null check (type in ('page', 'news', 'event', 'vacancy', 'publication', 'campaign')),
		key text,
		source_locale text not null check (source_locale in ('nl', 'fr', 'en', 'es')),
		author_name text,
		image_id uuid references media (id) on delete set null,
		-- Optimistic locking: every save bumps it; a save based on an older version is a conflict.
		version integer not null default 1,
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now(),
		updated_at timestamptz not null default now(),
		unique (id, site_id, type),
		unique (site_id, key)
	);
	create index entries_site_type_idx on entries (site_id, type);

	create table entry_translations (
		id uuid primary key default gen_random_uuid(),
		entry_id uuid not null,
		-- Copied from the entry (and kept equal by the foreign key) so listings need one index.
		site_id text not null,
		entry_type text not null,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 120),
		title text not null check (length(title) between 1 and 300),
		summary text not null default '' check (length(summary) <= 1000),
		body text not null default '',
		seo_title text,
		seo_description text,
		status text not null default 'draft' check (status in ('draft', 'scheduled', 'published', 'archived')),
		-- When it went (or goes) live; a scheduled translation is public from this moment on.
		published_at timestamptz,
		source_updated_at timestamptz,
		updated_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now(),
		updated_at timestamptz not null default now(),
		search_vector tsvector generated always as (
			setweight(to_tsvector(
				case locale when 'nl' then 'dutch'::regconfig when 'fr' then 'french'::regconfig
					when 'es' then 'spanish'::regconfig else 'english'::regconfig end,
				title), 'A') ||
			setweight(to_tsvector(
				case locale when 'nl' then 'dutch'::regconfig when 'fr' then 'french'::regconfig
					when 'es' then 'spanish'::regconfig else 'english'::regconfig end,
				summary || ' ' || body), 'B')
		) stored,
		foreign key (entry_id, site_id, entry_type) references entries (id, site_id, type) on delete cascade,
		constraint entry_translations_locale_key unique (entry_id, locale),
		constraint entry_translations_slug_key unique (site_id, locale, slug),
		constraint entry_translations_publish_time check (status in ('draft', 'archived') or published_at is not null)
	);
	create index entry_translations_listing_idx
		on entry_translations (site_id, locale, entry_type, published_at desc, id desc)
		where status in ('published', 'scheduled');
	create index entry_translations_search_idx on entry_translations using gin (search_vector);

	create table entry_revisions (
		id bigint generated always as identity primary key,
		translation_id uuid not null references entry_translations (id) on delete cascade,
		slug text not null,
		title text not null,
		summary text not null,
		body text not null,
		status text not null,
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now()
	);
	create index entry_revisions_translation_idx on entry_revisions (translation_id, created_at desc);

	-- An old slug of a published translation keeps answering, with a 301 to the current one.
	create table slug_redirects (
		site_id text not null references sites (id) on delete cascade,
		locale text not null,
		old_slug text not null,
		translation_id uuid not null references entry_translations (id) on delete cascade,
		created_at timestamptz not null default now(),
		primary key (site_id, locale, old_slug)
	);

	create table tags (
		id uuid primary key default gen_random_uuid(),
		key text not null unique,
		kind text not null check (kind in ('tag', 'dossier'))
	);
	create table tag_translations (
		tag_id uuid not null references tags (id) on delete cascade,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		label text not null,
		slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
		primary key (tag_id, locale)
	);
	create table entry_tags (
		entry_id uuid not null references entries (id) on delete cascade,
		tag_id uuid not null references tags (id) on delete cascade,
		primary key (entry_id, tag_id)
	);
	create index entry_tags_tag_idx on entry_tags (tag_id, entry_id);

	create table countries (
		code text primary key check (code ~ '^[A-Z]{2}$'),
		continent text not null check (continent in ('africa', 'asia', 'latin-america', 'europe'))
	);
	create table country_translations (
		country_code text not null references countries (code) on delete cascade,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		name text not null,
		slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
		primary key (country_code, locale),
		unique (locale, slug)
	);
	create table partners (
		id uuid primary key default gen_random_uuid(),
		key text not null unique,
		country_code text not null references countries (code),
		kind text not null check (kind in ('union', 'mutuality', 'womens', 'youth', 'seniors', 'cooperative', 'farmers')),
		name text not null,
		website text
	);
	create index partners_country_idx on partners (country_code);
	create table site_countries (
		site_id text not null references sites (id) on delete cascade,
		country_code text not null references countries (code),
		primary key (site_id, country_code)
	);
	create table entry_countries (
		entry_id uuid not null references entries (id) on delete cascade,
		country_code text not null references countries (code),
		primary key (entry_id, country_code)
	);
	create index entry_countries_country_idx on entry_countries (country_code, entry_id);
	create table entry_partners (
		entry_id uuid not null references entries (id) on delete cascade,
		partner_id uuid not null references partners (id) on delete cascade,
		primary key (entry_id, partner_id)
	);

	create table event_details (
		entry_id uuid primary key references entries (id) on delete cascade,
		starts_at timestamptz not null,
		ends_at timestamptz not null,
		time_zone text not null default 'Europe/Brussels',
		place text,
		online_url text check (online_url ~ '^https://'),
		check (ends_at >= starts_at),
		check (place is not null or online_url is not null)
	);
	create index event_details_starts_idx on event_details (starts_at);

	create table vacancy_details (
		entry_id uuid primary key references entries (id) on delete cascade,
		closes_on date not null,
		contract text not null,
		place text not null
	);
	create index vacancy_details_closes_idx on vacancy_details (closes_on);

	create table publication_files (
		entry_id uuid not null references entries (id) on delete cascade,
		media_id uuid not null references media (id),
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		primary key (entry_id, locale)
	);

	create table working_groups (
		id uuid primary key default gen_random_uuid(),
		slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
		kind text not null check (kind in ('country', 'theme')),
		country_code text references countries (code),
		name text not null,
		description text not null default '',
		created_at timestamptz not null default now(),
		check ((kind = 'country') = (country_code is not null))
	);
	create table working_group_members (
		group_id uuid not null references working_groups (id) on delete cascade,
		user_id uuid not null references users (id) on delete cascade,
		role text not null default 'member' check (role in ('member', 'coordinator')),
		joined_at timestamptz not null default now(),
		primary key (group_id, user_id)
	);
	create index working_group_members_user_idx on working_group_members (user_id);

	create table threads (
		id uuid primary key default gen_random_uuid(),
		group_id uuid not null references working_groups (id) on delete cascade,
		title text not null check (length(title) between 1 and 200),
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now(),
		last_post_at timestamptz not null default now()
	);
	create index threads_group_idx on threads (group_id, last_post_at desc);
	create table posts (
		id uuid primary key default gen_random_uuid(),
		thread_id uuid not null references threads (id) on delete cascade,
		author_id uuid references users (id) on delete set null,
		body text not null check (length(body) between 1 and 20000),
		created_at timestamptz not null default now(),
		edited_at timestamptz
	);
	create index posts_thread_idx on posts (thread_id, created_at);

	create table files (
		id uuid primary key default gen_random_uuid(),
		-- Who may see it: every logged-in member, one organisation, or one working group.
		scope text not null check (scope in ('platform', 'organisation', 'group')),
		organisation_id uuid references organisations (id) on delete cascade,
		group_id uuid references working_groups (id) on delete cascade,
		title text not null check (length(title) between 1 and 200),
		current_version integer not null default 1,
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now(),
		check ((scope = 'organisation') = (organisation_id is not null)),
		check ((scope = 'group') = (group_id is not null))
	);
	create index files_organisation_idx on files (organisation_id) where organisation_id is not null;
	create index files_group_idx on files (group_id) where group_id is not null;
	create table file_versions (
		id uuid primary key default gen_random_uuid(),
		file_id uuid not null references files (id) on delete cascade,
		version integer not null check (version > 0),
		storage_key text not null unique,
		filename text not null,
		mime_type text not null,
		byte_size bigint not null check (byte_size > 0),
		sha256 bytea not null,
		uploaded_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now(),
		unique (file_id, version)
	);

	create table platform_events (
		id uuid primary key default gen_random_uuid(),
		group_id uuid references working_groups (id) on delete cascade,
		title text not null,
		agenda text not null default '',
		minutes text not null default '',
		starts_at timestamptz not null,
		ends_at timestamptz not null,
		time_zone text not null default 'Europe/Brussels',
		place text,
		online_url text,
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now(),
		check (ends_at >= starts_at)
	);
	create index platform_events_starts_idx on platform_events (starts_at);
	create table event_rsvps (
		event_id uuid not null references platform_events (id) on delete cascade,
		user_id uuid not null references users (id) on delete cascade,
		answer text not null check (answer in ('yes', 'no', 'maybe')),
		answered_at timestamptz not null default now(),
		primary key (event_id, user_id)
	);

	create table newsletter_subscriptions (
		id uuid primary key default gen_random_uuid(),
		site_id text not null references sites (id) on delete cascade,
		email text not null,
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		status text not null default 'pending' check (status in ('pending', 'confirmed', 'unsubscribed')),
		confirm_token_hash bytea unique,
		unsubscribe_token_hash bytea unique,
		consent_at timestamptz not null,
		confirmed_at timestamptz,
		unsubscribed_at timestamptz,
		created_at timestamptz not null default now()
	);
	create unique index newsletter_subscriptions_email_key on newsletter_subscriptions (site_id, lower(email));

	create table contact_messages (
		id uuid primary key default gen_random_uuid(),
		site_id text not null references sites (id) on delete cascade,
		name text not null check (length(name) between 1 and 200),
		email text not null,
		subject text not null default '',
		message text not null check (length(message) between 1 and 10000),
		locale text not null,
		status text not null default 'new' check (status in ('new', 'assigned', 'handled')),
		assigned_to uuid references users (id) on delete set null,
		handled_at timestamptz,
		created_at timestamptz not null default now()
	);
	create index contact_messages_site_idx on contact_messages (site_id, status, created_at desc);

	create table outbox (
		id bigint generated always as identity primary key,
		to_address text not null,
		subject text not null,
		text_body text not null,
		html_body text,
		kind text not null,
		created_at timestamptz not null default now(),
		send_after timestamptz not null default now(),
		sent_at timestamptz,
		attempts integer not null default 0,
		last_error text
	);
	create index outbox_pending_idx on outbox (send_after) where sent_at is null;

	create table audit_log (
		id bigint generated always as identity primary key,
		at timestamptz not null default now(),
		actor_id uuid references users (id) on delete set null,
		action text not null,
		target_type text,
		target_id text,
		ip inet,
		details jsonb not null default '{}'
	);
	create index audit_log_at_idx on audit_log (at desc);
	create index audit_log_actor_idx on audit_log (actor_id, at desc);
	create index audit_log_action_idx on audit_log (action, at desc);
	`.execute(db);
}
