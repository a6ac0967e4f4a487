// The column types every area's tables share: the site locales, the kinds of entry and their
// statuses, and how timestamps are read and written.
import type { ColumnType } from 'kysely';

export type Locale = 'nl' | 'fr' | 'en' | 'es';
export type EntryType = 'page' | 'news' | 'event' | 'vacancy' | 'publication' | 'campaign';
export type TranslationStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'archived';
/** A review's outcome so far: open until a reviewer sends it back or approves it, or its author withdraws it. */
export type ReviewState = 'open' | 'sent_back' | 'approved' | 'withdrawn';
export type ReviewEventKind = 'submitted' | 'comment' | 'sent_back' | 'approved' | 'withdrawn';
export type PartnerKind = 'union' | 'mutuality' | 'womens' | 'youth' | 'seniors' | 'cooperative' | 'farmers';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type ReadOnly<T> = ColumnType<T, never, never>;
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
