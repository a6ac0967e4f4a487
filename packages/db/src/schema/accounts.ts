// Organisations, their sites, users and what signs them in: sessions, memberships, invitations,
// password resets, two-factor credentials, throttles and the audit log.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DefaultedTimestamp, Locale, Timestamp } from './columns.ts';

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
	/** Its editors submit texts for review; only its reviewers publish them. */
	require_review: Generated<boolean>;
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

/** Who reviews a site's texts before they are published. */
export interface SiteReviewersTable {
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

export interface ThrottlesTable {
	key: string;
	failures: Generated<number>;
	locked_until: Timestamp | null;
	updated_at: DefaultedTimestamp;
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
