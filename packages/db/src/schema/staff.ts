// The intranet's staff home: announcements and the staff agenda.
import type { Generated } from 'kysely';
import type { CreatedAt, DefaultedTimestamp, Timestamp } from './columns.ts';

/** An internal announcement on the intranet; `organisation_id` null is for the staff of both organisations. */
export interface AnnouncementsTable {
	id: Generated<string>;
	organisation_id: string | null;
	title: string;
	/** Markdown. */
	body: string;
	pinned: Generated<boolean>;
	publish_from: DefaultedTimestamp;
	expires_at: Timestamp | null;
	created_by: string | null;
	created_at: CreatedAt;
	/** Optimistic locking: every save bumps it; a save based on an older version is a conflict. */
	version: Generated<number>;
}

/** An item of the staff's internal agenda; `organisation_id` null is for the staff of both organisations. */
export interface StaffEventsTable {
	id: Generated<string>;
	organisation_id: string | null;
	title: string;
	description: Generated<string>;
	starts_at: Timestamp;
	ends_at: Timestamp;
	place: string | null;
	online_url: string | null;
	created_by: string | null;
	created_at: CreatedAt;
	/** When it last changed (the .ics's DTSTAMP), set on every update. */
	updated_at: DefaultedTimestamp;
	/** Optimistic locking: every save bumps it; a save based on an older version is a conflict. */
	version: Generated<number>;
}
