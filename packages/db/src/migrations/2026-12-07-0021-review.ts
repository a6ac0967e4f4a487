import { sql, type Kysely } from 'kysely';

// Review before publishing. A site may require it (`sites.require_review`); its reviewers are
// granted per site like its editors (`site_reviewers`). A submission keeps the text it asks to
// publish in `entry_reviews`, beside the translation: a published text stays live as it is until
// a reviewer approves the new one. A translation that is not live yet also takes the status
// `in_review` (between draft and published). Each step of a review — submitted, comment, sent
// back, approved, withdrawn — is a row of `entry_review_events`, with its note.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table sites add column require_review boolean not null default false;

	create table site_reviewers (
		user_id uuid not null references users (id) on delete cascade,
		site_id text not null references sites (id) on delete cascade,
		primary key (user_id, site_id)
	);
	create index site_reviewers_site_idx on site_reviewers (site_id);

	alter table entry_translations drop constraint entry_translations_status_check;
	alter table entry_translations add constraint entry_translations_status_check
		check (status in ('draft', 'in_review', 'scheduled', 'published', 'archived'));
	alter table entry_translations drop constraint entry_translations_publish_time;
	alter table entry_translations add constraint entry_translations_publish_time
		check (status in ('draft', 'in_review', 'archived') or published_at is not null);

	create table entry_reviews (
		id uuid primary key default gen_random_uuid(),
		translation_id uuid not null references entry_translations (id) on delete cascade,
		state text not null default 'open' check (state in ('open', 'sent_back', 'approved', 'withdrawn')),
		-- The translation's version the text was submitted over: an approval meets the same lock as a save.
		base_version integer not null check (base_version >= 1),
		title text not null check (length(title) between 1 and 300),
		-- Null: the translation keeps its own slug.
		slug text,
		summary text not null default '' check (length(summary) <= 1000),
		body text not null default '' check (length(body) <= 100000),
		seo_title text,
		seo_description text,
		submitted_by uuid references users (id) on delete set null,
		submitted_at timestamptz not null default now(),
		decided_by uuid references users (id) on delete set null,
		decided_at timestamptz
	);
	-- At most one open review per translation.
	create unique index entry_reviews_open_key on entry_reviews (translation_id) where state = 'open';
	create index entry_reviews_translation_idx on entry_reviews (translation_id, submitted_at desc);
	create index entry_reviews_submitted_by_idx on entry_reviews (submitted_by);
	create index entry_reviews_decided_by_idx on entry_reviews (decided_by);

	create table entry_review_events (
		id bigint generated always as identity primary key,
		review_id uuid not null references entry_reviews (id) on delete cascade,
		kind text not null check (kind in ('submitted', 'comment', 'sent_back', 'approved', 'withdrawn')),
		note text not null default '' check (length(note) <= 2000),
		created_by uuid references users (id) on delete set null,
		created_at timestamptz not null default now()
	);
	create index entry_review_events_review_idx on entry_review_events (review_id, created_at);
	create index entry_review_events_created_by_idx on entry_review_events (created_by);
	`.execute(db);
}
