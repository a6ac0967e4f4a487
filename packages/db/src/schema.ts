// The typed shape of the database, kept in step with src/migrations by hand (a test migrates
// an empty database and selects every column named here).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Locale = 'nl' | 'fr' | 'en' | 'es';
export type EntryType = 'page' | 'news' | 'event' | 'vacancy' | 'publication' | 'campaign';
export type TranslationStatus = 'draft' | 'scheduled' | 'published' | 'archived';
export type PartnerKind = 'union' | 'mutuality' | 'womens' | 'youth' | 'seniors' | 'cooperative' | 'farmers';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type ReadOnly<T> = ColumnType<T, never, never>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
	id: Generated<string>;
	slug: string;
	name: string;
	kind: 'ngo' | 'union' | 'mutuality' | 'movement';
	website: string | null;
	created_at: CreatedAt;
}

export interface SitesTable {
	id: string;
	/** None for the Waardig Werk portal, which speaks for all its members together. */
	organisation_id: string | null;
	name: string;
	locales: Locale[];
	default_locale: Locale;
	theme: string;
	list_fallbacks: Generated<boolean>;
}

export interface UsersTable {
	id: Generated<string>;
	email: string;
	display_name: string;
	password_hash: string | null;
	locale: Generated<Locale>;
	is_platform_admin: Generated<boolean>;
	is_intranet_admin: Generated<boolean>;
	team: string | null;
	languages: Generated<string[]>;
	country_code: string | null;
	bio: string | null;
	digest_frequency: Generated<'never' | 'daily' | 'weekly'>;
	last_seen_at: Timestamp | null;
	/** The `last_seen_at` of the member's previous visit (a visit ends after an hour away). */
	previous_visit_at: Timestamp | null;
	/** When the activity digest was last sent or found empty; the next one starts there. */
	last_digest_at: Timestamp | null;
	disabled_at: Timestamp | null;
	created_at: CreatedAt;
	updated_at: DefaultedTimestamp;
}

export interface SessionsTable {
	id: string;
	secret_hash: Uint8Array;
	user_id: string;
	created_at: CreatedAt;
	last_used_at: DefaultedTimestamp;
	expires_at: Timestamp;
	two_factor_verified: Generated<boolean>;
	ip: string | null;
	user_agent: string | null;
}

export interface MembershipsTable {
	user_id: string;
	organisation_id: string;
	role: 'member' | 'admin';
	created_at: CreatedAt;
}

export interface SiteEditorsTable {
	user_id: string;
	site_id: string;
}

export interface InvitationsTable {
	id: Generated<string>;
	organisation_id: string;
	email: string;
	role: 'member' | 'admin';
	token_hash: Uint8Array;
	invited_by: string | null;
	expires_at: Timestamp;
	accepted_at: Timestamp | null;
	/** Withdrawn by an admin, or replaced by a newer invitation of the same address. */
	revoked_at: Timestamp | null;
	created_at: CreatedAt;
}

export interface PasswordResetsTable {
	token_hash: Uint8Array;
	user_id: string;
	expires_at: Timestamp;
	used_at: Timestamp | null;
	created_at: CreatedAt;
}

export interface TotpCredentialsTable {
	user_id: string;
	secret: Uint8Array;
	enabled_at: Timestamp | null;
	/** The TOTP time step of the last code accepted at login (bigint, read as a string): no code is taken twice. */
	last_used_step: ColumnType<
		string | null,
		string | number | bigint | null | undefined,
		string | number | bigint | null
	>;
	created_at: CreatedAt;
}

export interface RecoveryCodesTable {
	id: Generated<string>;
	user_id: string;
	code_hash: Uint8Array;
	used_at: Timestamp | null;
}

export interface DonationIntentsTable {
	id: Generated<string>;
	site_id: string;
	reference_base: ColumnType<string, never, never>;
	amount_cents: number;
	locale: Locale;
	created_at: CreatedAt;
}

export interface ThrottlesTable {
	key: string;
	failures: Generated<number>;
	locked_until: Timestamp | null;
	updated_at: DefaultedTimestamp;
}

export interface MediaTable {
	id: Generated<string>;
	site_id: string | null;
	storage_key: string;
	filename: string;
	mime_type: string;
	byte_size: ColumnType<string, number | bigint | string, number | bigint | string>;
	width: number | null;
	height: number | null;
	focal_x: number | null;
	focal_y: number | null;
	decorative: Generated<boolean>;
	created_by: string | null;
	created_at: CreatedAt;
}

export type ImageFormat = 'avif' | 'webp' | 'jpeg';

export interface MediaVariantsTable {
	media_id: string;
	format: ImageFormat;
	width: number;
	height: number;
	storage_key: string;
	byte_size: number;
}

export interface MediaAltTextsTable {
	media_id: string;
	locale: Locale;
	alt_text: string;
}

export interface EntriesTable {
	id: Generated<string>;
	site_id: string;
	type: EntryType;
	key: string | null;
	source_locale: Locale;
	author_name: string | null;
	/** For pages: the section they live under, a key of i18n's sectionSegments (`about`, `whoWeAre`). */
	section: string | null;
	image_id: string | null;
	/** A YouTube or Vimeo address shown after the body as a player (at most 500 characters); null: none. */
	video_url: string | null;
	version: Generated<number>;
	created_by: string | null;
	created_at: CreatedAt;
	updated_at: DefaultedTimestamp;
}

export interface EntryTranslationsTable {
	id: Generated<string>;
	entry_id: string;
	site_id: string;
	entry_type: EntryType;
	locale: Locale;
	slug: string;
	title: string;
	summary: Generated<string>;
	body: Generated<string>;
	seo_title: string | null;
	seo_description: string | null;
	status: Generated<TranslationStatus>;
	published_at: Timestamp | null;
	/**
	 * In the entry's source locale: when its title, summary or body last changed. In any other
	 * locale: the source's `source_updated_at` this text was translated from. See `isOutdated`.
	 */
	source_updated_at: Timestamp | null;
	/** Optimistic locking: every save bumps it; a save based on an older version is a conflict. */
	version: Generated<number>;
	updated_by: string | null;
	created_at: CreatedAt;
	updated_at: DefaultedTimestamp;
	search_vector: ReadOnly<string>;
}

export interface EntryRevisionsTable {
	id: Generated<string>;
	translation_id: string;
	slug: string;
	title: string;
	summary: string;
	body: string;
	status: TranslationStatus;
	published_at: Timestamp | null;
	/** The translation's version this save produced (null for revisions from before versions). */
	version: number | null;
	/** The revision whose text this one brought back (`restoreRevision`). */
	restored_from: string | null;
	created_by: string | null;
	created_at: CreatedAt;
}

export interface SlugRedirectsTable {
	site_id: string;
	locale: Locale;
	old_slug: string;
	translation_id: string;
	created_at: CreatedAt;
}

export interface TagsTable {
	id: Generated<string>;
	key: string;
	kind: 'tag' | 'dossier';
}

export interface TagTranslationsTable {
	tag_id: string;
	locale: Locale;
	label: string;
	slug: string;
}

export interface EntryTagsTable {
	entry_id: string;
	tag_id: string;
}

export interface CountriesTable {
	code: string;
	continent: 'africa' | 'asia' | 'latin-america' | 'europe';
}

export interface CountryTranslationsTable {
	country_code: string;
	locale: Locale;
	name: string;
	slug: string;
}

export interface PartnersTable {
	id: Generated<string>;
	key: string;
	/** The organisation whose network the partner is part of. */
	site_id: string;
	country_code: string;
	kind: PartnerKind;
	name: string;
	website: string | null;
}

export interface SiteCountriesTable {
	site_id: string;
	country_code: string;
}

export interface EntryCountriesTable {
	entry_id: string;
	country_code: string;
}

export interface EntryPartnersTable {
	entry_id: string;
	partner_id: string;
}

export interface EventDetailsTable {
	entry_id: string;
	starts_at: Timestamp;
	ends_at: Timestamp;
	time_zone: Generated<string>;
	place: string | null;
	online_url: string | null;
}

export interface VacancyDetailsTable {
	entry_id: string;
	/** A calendar date, `YYYY-MM-DD` (the pg driver is told not to turn dates into Date). */
	closes_on: string;
	contract: string;
	place: string;
}

export interface PublicationFilesTable {
	entry_id: string;
	media_id: string;
	locale: Locale;
}

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

export interface EventRsvpsTable {
	event_id: string;
	user_id: string;
	answer: 'yes' | 'no' | 'maybe';
	answered_at: DefaultedTimestamp;
}

export interface NewsletterSubscriptionsTable {
	id: Generated<string>;
	site_id: string;
	email: string;
	locale: Locale;
	status: Generated<'pending' | 'confirmed' | 'unsubscribed'>;
	confirm_token_hash: Uint8Array | null;
	unsubscribe_token_hash: Uint8Array | null;
	consent_at: Timestamp;
	confirmed_at: Timestamp | null;
	unsubscribed_at: Timestamp | null;
	created_at: CreatedAt;
}

export interface ContactMessagesTable {
	id: Generated<string>;
	site_id: string;
	name: string;
	email: string;
	subject: Generated<string>;
	message: string;
	locale: Locale;
	status: Generated<'new' | 'assigned' | 'handled'>;
	assigned_to: string | null;
	handled_at: Timestamp | null;
	created_at: CreatedAt;
}

export interface OutboxTable {
	id: Generated<string>;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string | null;
	kind: string;
	created_at: CreatedAt;
	send_after: DefaultedTimestamp;
	sent_at: Timestamp | null;
	attempts: Generated<number>;
	last_error: string | null;
}

export interface AuditLogTable {
	id: Generated<string>;
	at: DefaultedTimestamp;
	actor_id: string | null;
	action: string;
	target_type: string | null;
	target_id: string | null;
	ip: string | null;
	details: Generated<Record<string, unknown>>;
}

export interface Database {
	organisations: OrganisationsTable;
	sites: SitesTable;
	users: UsersTable;
	sessions: SessionsTable;
	memberships: MembershipsTable;
	site_editors: SiteEditorsTable;
	invitations: InvitationsTable;
	password_resets: PasswordResetsTable;
	totp_credentials: TotpCredentialsTable;
	recovery_codes: RecoveryCodesTable;
	throttles: ThrottlesTable;
	donation_intents: DonationIntentsTable;
	media: MediaTable;
	media_alt_texts: MediaAltTextsTable;
	media_variants: MediaVariantsTable;
	entries: EntriesTable;
	entry_translations: EntryTranslationsTable;
	entry_revisions: EntryRevisionsTable;
	slug_redirects: SlugRedirectsTable;
	tags: TagsTable;
	tag_translations: TagTranslationsTable;
	entry_tags: EntryTagsTable;
	countries: CountriesTable;
	country_translations: CountryTranslationsTable;
	partners: PartnersTable;
	site_countries: SiteCountriesTable;
	entry_countries: EntryCountriesTable;
	entry_partners: EntryPartnersTable;
	event_details: EventDetailsTable;
	vacancy_details: VacancyDetailsTable;
	publication_files: PublicationFilesTable;
	working_groups: WorkingGroupsTable;
	working_group_members: WorkingGroupMembersTable;
	working_group_requests: WorkingGroupRequestsTable;
	threads: ThreadsTable;
	posts: PostsTable;
	files: FilesTable;
	file_versions: FileVersionsTable;
	platform_events: PlatformEventsTable;
	event_rsvps: EventRsvpsTable;
	announcements: AnnouncementsTable;
	staff_events: StaffEventsTable;
	newsletter_subscriptions: NewsletterSubscriptionsTable;
	contact_messages: ContactMessagesTable;
	outbox: OutboxTable;
	audit_log: AuditLogTable;
}

export type Entry = Selectable<EntriesTable>;
export type NewEntry = Insertable<EntriesTable>;
export type EntryTranslation = Selectable<EntryTranslationsTable>;
export type NewEntryTranslation = Insertable<EntryTranslationsTable>;
export type EntryTranslationUpdate = Updateable<EntryTranslationsTable>;
export type User = Selectable<UsersTable>;
export type Site = Selectable<SitesTable>;
