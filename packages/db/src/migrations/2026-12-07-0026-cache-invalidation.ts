import { sql, type Kysely } from 'kysely';

// Every app instance keeps the public pages it rendered in memory until what they show changes.
// These triggers say when that is: a change to a table a public page reads sends
// `NOTIFY solidair_cache, '{"tags":[…]}'` (or `{"all":true}`) naming the pages it touched, and every
// instance LISTENs (`@solidair/server`'s invalidation.ts) and drops those pages. Tags, as site-kit's
// cache handle writes them on each page: `site:<site>` every page of a site, `lists:<site>` every
// page that lists or sums up entries, `entry:<id>` the pages of one entry, `media:<id>` pages showing
// that picture.
//
// Triggers run inside the writing transaction and PostgreSQL delivers a NOTIFY only at commit: a
// rolled-back edit flushes nothing, and a committed one is visible to the query the instance makes
// once its page was dropped. Identical notifications of one transaction arrive once (PostgreSQL
// folds them), so an edit that deletes and re-inserts alt texts sends one.
//
// One trigger per statement, not per row, reading the statement's transition tables: a statement
// touching a thousand rows sends one notification with the set of their tags, or `{"all":true}`
// when that set would not fit PostgreSQL's 8000-byte payload. A row that did not change in a way a
// page shows (a draft, a version counter, who saved it) sends nothing, so editors working on drafts
// never empty the sites' caches.
//
// Scheduled texts go live at query time without any row changing (content.ts `isPublic`): each
// instance keeps a timer to the earliest future publication time (the index below finds it) and
// drops that entry's pages when it comes. Changing such a time sends `{"tags":[]}`: nothing public
// changed, but the instances re-read their timers.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create index entry_translations_publish_time_idx on entry_translations (published_at)
		where status in ('published', 'scheduled');

	-- A text visitors see, or will within a minute: the minute covers a transaction that commits a
	-- publication time just past, after the instances' timers for that moment have already fired.
	create function solidair_cache_public(status text, published_at timestamptz) returns boolean
	language sql volatile as $$
		select status in ('published', 'scheduled') and published_at <= clock_timestamp() + interval '1 minute'
	$$;

	create function solidair_cache_scheduled(status text, published_at timestamptz) returns boolean
	language sql volatile as $$
		select status in ('published', 'scheduled') and published_at > clock_timestamp() + interval '1 minute'
	$$;

	-- Entries with a public text: only their changes show on a page.
	create function solidair_cache_shown(entry_ids uuid[]) returns uuid[]
	language sql stable as $$
		select coalesce(array_agg(distinct t.entry_id), '{}') from entry_translations t
		where t.entry_id = any(entry_ids) and solidair_cache_public(t.status, t.published_at)
	$$;

	-- The pages of these entries: their own, their sites' lists, and every page of a site whose menu
	-- names one of them (an item without a label shows the page's title).
	create function solidair_cache_entry_tags(entry_ids uuid[], site_ids text[]) returns text[]
	language sql stable as $$
		select coalesce(array_agg(tag), '{}') from (
			select 'entry:' || id from unnest(entry_ids) id
			union select 'lists:' || site from unnest(site_ids) site
			union select 'site:' || m.site_id from site_menu_items m where m.entry_id = any(entry_ids)
		) tags (tag) where tag is not null
	$$;

	create function solidair_cache_notify(page_tags text[]) returns void
	language plpgsql as $$
	declare
		payload text;
	begin
		select json_build_object('tags', coalesce(json_agg(distinct tag), '[]'))::text into payload
		from unnest(page_tags) tag where tag is not null;
		-- PostgreSQL refuses payloads of 8000 bytes or more: past that, every page goes.
		if octet_length(payload) > 7900 then payload := '{"all":true}'; end if;
		perform pg_notify('solidair_cache', payload);
	end $$;

	-- What a statement changed, as rows without the columns no page shows (TG_ARGV): for an update,
	-- the old and new versions of each row that did change, both (a text may leave a list or join it).
	create function solidair_cache_changed() returns trigger
	language plpgsql as $$
	declare
		hidden text[] := coalesce(TG_ARGV::text[], '{}');
		changed jsonb[];
		ids uuid[];
		sites text[];
		names text[];
	begin
		if TG_OP = 'INSERT' then
			select array_agg(to_jsonb(n) - hidden) into changed from new_rows n;
		elsif TG_OP = 'DELETE' then
			select array_agg(to_jsonb(o) - hidden) into changed from old_rows o;
		else
			select array_agg(r) into changed from (
				(select to_jsonb(o) - hidden from old_rows o except all select to_jsonb(n) - hidden from new_rows n)
				union all
				(select to_jsonb(n) - hidden from new_rows n except all select to_jsonb(o) - hidden from old_rows o)
			) d (r);
		end if;
		-- A new upload is on no page yet (a replaced one comes as an update: images.ts upserts).
		if changed is null or (TG_TABLE_NAME = 'media' and TG_OP = 'INSERT') then return null; end if;

		case TG_TABLE_NAME
		when 'entry_translations' then
			select array_agg((r ->> 'entry_id')::uuid), array_agg(r ->> 'site_id') into ids, sites
			from unnest(changed) r
			where solidair_cache_public(r ->> 'status', (r ->> 'published_at')::timestamptz);
			if ids is not null then
				perform solidair_cache_notify(solidair_cache_entry_tags(ids, sites));
			elsif exists (select 1 from unnest(changed) r
				where solidair_cache_scheduled(r ->> 'status', (r ->> 'published_at')::timestamptz)) then
				perform pg_notify('solidair_cache', '{"tags":[]}');
			end if;
			return null;

		when 'entries', 'event_details', 'vacancy_details', 'publication_files', 'entry_tags',
			'entry_countries', 'entry_partners' then
			-- A deleted entry's texts go with it, and their own trigger names its pages.
			select solidair_cache_shown(array_agg(coalesce(r ->> 'entry_id', r ->> 'id')::uuid)) into ids
			from unnest(changed) r;
			select array_agg(e.site_id) into sites from entries e where e.id = any(ids);
			if cardinality(ids) > 0 then perform solidair_cache_notify(solidair_cache_entry_tags(ids, sites)); end if;
			return null;

		when 'media', 'media_alt_texts', 'media_variants' then
			-- A picture shows on the pages of the entries it illustrates (their lists show it too) or
			-- whose text embeds it (/media/<id>/…), and wherever a page names it with media:<id>.
			select array_agg(distinct coalesce(r ->> 'media_id', r ->> 'id')::uuid) into ids from unnest(changed) r;
			names := array(select 'media:' || id from unnest(ids) id);
			select solidair_cache_shown(array_agg(e.id)) into ids from entries e
			where e.image_id = any(ids)
				or e.id in (select f.entry_id from publication_files f where f.media_id = any(ids))
				or e.id in (select t.entry_id from entry_translations t, unnest(ids) m (media_id)
					where position('/media/' || m.media_id || '/' in t.body) > 0);
			select array_agg(e.site_id) into sites from entries e where e.id = any(ids);
			perform solidair_cache_notify(names || solidair_cache_entry_tags(ids, sites));
			return null;

		when 'tags', 'tag_translations', 'countries', 'country_translations' then
			-- Shared by every site: the sites whose public entries or network use it. A new tag or
			-- country is on no page yet; a deleted one's uses go first (entry_tags, entry_countries).
			select array_agg(distinct coalesce(r ->> 'tag_id', r ->> 'country_code', r ->> 'code', r ->> 'id'))
			into names from unnest(changed) r;
			select array_agg(distinct e.site_id) into sites from entries e
			where e.id = any(solidair_cache_shown(array(
				select entry_id from entry_tags where tag_id::text = any(names)
				union select entry_id from entry_countries where country_code = any(names))));
			sites := coalesce(sites, '{}') || array(select site_id from site_countries where country_code = any(names));

		when 'sites' then
			select array_agg(r ->> 'id') into sites from unnest(changed) r;

		else
			-- Per site: menus, home blocks, partners and the site's countries.
			select array_agg(r ->> 'site_id') into sites from unnest(changed) r;
		end case;

		if cardinality(sites) > 0 then
			perform solidair_cache_notify(array(select 'site:' || site from unnest(sites) site));
		end if;
		return null;
	end $$;

	create function solidair_cache_truncated() returns trigger
	language plpgsql as $$
	begin
		perform pg_notify('solidair_cache', '{"all":true}');
		return null;
	end $$;
	`.execute(db);

	// The tables public pages read (site-kit's loaders), each with the columns no page shows.
	const watched: Record<string, string[]> = {
		entry_translations: [
			'id',
			'source_updated_at',
			'version',
			'updated_by',
			'created_at',
			'updated_at',
			'search_vector'
		],
		entries: ['version', 'created_by', 'created_at', 'updated_at'],
		event_details: [],
		vacancy_details: [],
		publication_files: [],
		entry_tags: [],
		entry_countries: [],
		entry_partners: [],
		media: ['created_by', 'created_at'],
		media_alt_texts: [],
		media_variants: [],
		tags: [],
		tag_translations: [],
		countries: [],
		country_translations: [],
		partners: [],
		site_countries: [],
		site_menus: ['updated_by', 'updated_at'],
		site_menu_items: [],
		home_blocks: [],
		sites: ['require_review']
	};
	// Not watched: slug_redirects (an old address answers only once its text moved, which the text's
	// own change announced), organisations (no public page shows them), the portal's and the
	// intranet's tables (their pages are not cached).
	for (const [table, hidden] of Object.entries(watched)) {
		const args = hidden.map((column) => `'${column}'`).join(', ');
		for (const [event, transition] of [
			['insert', 'new table as new_rows'],
			['update', 'old table as old_rows new table as new_rows'],
			['delete', 'old table as old_rows']
		] as const) {
			// Triggers with transition tables fire on one event each.
			await sql
				.raw(
					`create trigger solidair_cache_${event} after ${event} on ${table}
					referencing ${transition} for each statement
					execute function solidair_cache_changed(${args})`
				)
				.execute(db);
		}
		await sql
			.raw(
				`create trigger solidair_cache_truncate after truncate on ${table}
				for each statement execute function solidair_cache_truncated()`
			)
			.execute(db);
	}
}
