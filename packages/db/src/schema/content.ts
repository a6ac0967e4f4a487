// The public sites' content: entries, their translations, revisions and redirects, tags, the
// network (countries, partners) and the type-specific details of events, vacancies, publications.
import type { Generated } from 'kysely';
import type { HomeBlockKind } from '../input/home.ts';
import type {
	CreatedAt,
	DefaultedTimestamp,
	EntryType,
	Locale,
	PartnerKind,
	ReadOnly,
	ReviewEventKind,
	ReviewState,
	Timestamp,
	TranslationStatus
} from './columns.ts';

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
	/** The day the site shows (`YYYY-MM-DD`), or null to show the day of `published_at`. */
	display_date: string | null;
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

/** Text the editor saved by itself for one person, beside the translation (never the live text). */
export interface EntryAutosavesTable {
	entry_id: string;
	locale: Locale;
	user_id: string;
	/** The translation's version the text was typed over; 0 for a language not yet added. */
	base_version: number;
	title: string;
	summary: string;
	body: string;
	saved_at: DefaultedTimestamp;
}

/** What a submission for review asks to publish, beside the translation (see migration 0021). */
export interface EntryReviewsTable {
	id: Generated<string>;
	translation_id: string;
	state: Generated<ReviewState>;
	/** The translation's version the text was submitted over: approval meets the same lock as a save. */
	base_version: number;
	title: string;
	/** Null: the translation keeps its own slug. */
	slug: string | null;
	summary: string;
	body: string;
	seo_title: string | null;
	seo_description: string | null;
	submitted_by: string | null;
	submitted_at: DefaultedTimestamp;
	decided_by: string | null;
	decided_at: Timestamp | null;
}

/** One step of a review, with its note. */
export interface EntryReviewEventsTable {
	id: Generated<string>;
	review_id: string;
	kind: ReviewEventKind;
	note: Generated<string>;
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

/** A block of a site's home page in one language, as staff composed it (see input/home.ts). */
export interface HomeBlocksTable {
	site_id: string;
	locale: Locale;
	kind: HomeBlockKind;
	/** The block's place on the page, from 0. */
	position: number;
	enabled: Generated<boolean>;
	/** The lead's campaign or news item; null: the latest campaign. */
	entry_id: string | null;
	/** News and events: how many to show; null for the other blocks. */
	item_count: number | null;
}
