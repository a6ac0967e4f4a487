// The members' area of the portal and the staff library: working groups, threads and posts,
// files with versions, meetings and their RSVPs.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DefaultedTimestamp, Locale, ReadOnly, Timestamp } from './columns.ts';

export interface WorkingGroupsTable {
	id: Generated<string>;
	slug: string;
	kind: 'country' | 'theme';
	country_code: string | null;
	name: string;
	description: Generated<string>;
	/** `closed` (the default): members join on a coordinator's approval; `open`: at once. */
	access: Generated<'open' | 'closed'>;
	created_at: CreatedAt;
}

/** A working group's name and description in one language. */
export interface WorkingGroupTranslationsTable {
	group_id: string;
	locale: Locale;
	name: string;
	description: Generated<string>;
}

export interface WorkingGroupMembersTable {
	group_id: string;
	user_id: string;
	role: Generated<'member' | 'coordinator'>;
	joined_at: CreatedAt;
}

/** A member's request to join a closed group, until a coordinator decides. */
export interface WorkingGroupRequestsTable {
	group_id: string;
	user_id: string;
	requested_at: CreatedAt;
}

export interface ThreadsTable {
	id: Generated<string>;
	group_id: string;
	title: string;
	created_by: string | null;
	created_at: CreatedAt;
	last_post_at: DefaultedTimestamp;
}

export interface PostsTable {
	id: Generated<string>;
	thread_id: string;
	author_id: string | null;
	body: string;
	created_at: CreatedAt;
	edited_at: Timestamp | null;
}

/** The portal's scopes, and the intranet's staff documents (`staff`: all staff; `staff_organisation`: one organisation's). */
export type FileScope = 'platform' | 'organisation' | 'group' | 'staff' | 'staff_organisation';

export interface FilesTable {
	id: Generated<string>;
	scope: FileScope;
	organisation_id: string | null;
	group_id: string | null;
	title: string;
	current_version: Generated<number>;
	created_by: string | null;
	created_at: CreatedAt;
	/** The file's library, `<scope>:<owner id>` (`staff:` has none): computed by the database. */
	library_key: ReadOnly<string>;
}

export interface FileVersionsTable {
	id: Generated<string>;
	file_id: string;
	version: number;
	storage_key: string;
	filename: string;
	mime_type: string;
	byte_size: ColumnType<string, number | bigint | string, number | bigint | string>;
	sha256: Uint8Array;
	uploaded_by: string | null;
	created_at: CreatedAt;
	/** Its file's `library_key`, set by a trigger: the same bytes are unique per library only. */
	library_key: ReadOnly<string>;
}

export interface PlatformEventsTable {
	id: Generated<string>;
	group_id: string | null;
	title: string;
	agenda: Generated<string>;
	minutes: Generated<string>;
	starts_at: Timestamp;
	ends_at: Timestamp;
	time_zone: Generated<string>;
	place: string | null;
	online_url: string | null;
	created_by: string | null;
	created_at: CreatedAt;
}

export interface EventRsvpsTable {
	event_id: string;
	user_id: string;
	answer: 'yes' | 'no' | 'maybe';
	answered_at: DefaultedTimestamp;
}
