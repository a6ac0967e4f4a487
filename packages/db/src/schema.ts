// The typed shape of the database, kept in step with src/migrations by hand (a test migrates
// an empty database and selects every column named here). The tables are described by area in
// src/schema/; `Database` names them all, and this module is what the rest of db imports.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
	AuditLogTable,
	InvitationsTable,
	MembershipsTable,
	OrganisationsTable,
	PasswordResetsTable,
	RecoveryCodesTable,
	SessionsTable,
	SiteEditorsTable,
	SiteReviewersTable,
	SitesTable,
	ThrottlesTable,
	TotpCredentialsTable,
	UsersTable
} from './schema/accounts.ts';
import type {
	CountriesTable,
	CountryTranslationsTable,
	EntriesTable,
	EntryAutosavesTable,
	EntryReviewsTable,
	EntryReviewEventsTable,
	EntryCountriesTable,
	EntryPartnersTable,
	EntryRevisionsTable,
	EntryTagsTable,
	EntryTranslationsTable,
	EventDetailsTable,
	HomeBlocksTable,
	PartnersTable,
	PublicationFilesTable,
	SiteCountriesTable,
	SlugRedirectsTable,
	TagsTable,
	TagTranslationsTable,
	VacancyDetailsTable
} from './schema/content.ts';
import type {
	ContactMessagesTable,
	DonationIntentsTable,
	NewsletterSubscriptionsTable,
	OutboxTable
} from './schema/forms.ts';
import type { MediaAltTextsTable, MediaTable, MediaVariantsTable } from './schema/media.ts';
import type { SiteMenuItemsTable, SiteMenusTable } from './schema/menus.ts';
import type {
	EventRsvpsTable,
	FilesTable,
	FileVersionsTable,
	PlatformEventsTable,
	PostsTable,
	ThreadsTable,
	WorkingGroupMembersTable,
	WorkingGroupRequestsTable,
	WorkingGroupsTable,
	WorkingGroupTranslationsTable
} from './schema/members.ts';
import type { AnnouncementsTable, StaffEventsTable } from './schema/staff.ts';

export type {
	EntryType,
	Locale,
	PartnerKind,
	ReviewEventKind,
	ReviewState,
	TranslationStatus
} from './schema/columns.ts';
export type * from './schema/accounts.ts';
export type * from './schema/content.ts';
export type * from './schema/forms.ts';
export type * from './schema/media.ts';
export type * from './schema/menus.ts';
export type * from './schema/members.ts';
export type * from './schema/staff.ts';

export interface Database {
	organisations: OrganisationsTable;
	sites: SitesTable;
	users: UsersTable;
	sessions: SessionsTable;
	memberships: MembershipsTable;
	site_editors: SiteEditorsTable;
	site_reviewers: SiteReviewersTable;
	site_menus: SiteMenusTable;
	site_menu_items: SiteMenuItemsTable;
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
	entry_autosaves: EntryAutosavesTable;
	entry_reviews: EntryReviewsTable;
	entry_review_events: EntryReviewEventsTable;
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
	home_blocks: HomeBlocksTable;
	working_groups: WorkingGroupsTable;
	working_group_translations: WorkingGroupTranslationsTable;
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
