// What the editing queries answer besides success: one shape per outcome, so that a form action
// tells them apart by `kind` alone.
import type { Locale, TranslationStatus } from '../../schema.ts';

export type InvalidField =
	| 'title'
	| 'slug'
	| 'summary'
	| 'body'
	| 'publishAt'
	| 'locale'
	| 'section'
	| 'event'
	| 'vacancy'
	| 'image'
	| 'video'
	| 'startsAt'
	| 'endsAt'
	| 'place'
	| 'onlineUrl'
	| 'closesOn'
	| 'contract'
	| 'file';
export type InvalidReason =
	| 'required'
	| 'too-long'
	| 'format'
	| 'not-in-future'
	| 'not-a-site-locale'
	| 'ends-before-start'
	| 'not-a-site-image'
	| 'in-use';

/** Something the user can correct; `field` names the form field. */
export interface InvalidResult {
	kind: 'invalid';
	field: InvalidField;
	reason: InvalidReason;
}

/** The slug (given by the user, or every numbered variant of a generated one) is in use on the site. */
export interface SlugTakenResult {
	kind: 'slug-taken';
	slug: string;
}

/** No such entry, translation or revision on this site (or the translation to update does not exist). */
export interface NotFoundResult {
	kind: 'not-found';
}

/** A translation as it is stored, with who saved it last: what a conflict shows. */
export interface StoredTranslation {
	id: string;
	locale: Locale;
	version: number;
	slug: string;
	title: string;
	summary: string;
	body: string;
	seo_title: string | null;
	seo_description: string | null;
	status: TranslationStatus;
	published_at: Date | null;
	updated_at: Date;
	updated_by: string | null;
	/** The display name of `updated_by`, null when unknown or deleted. */
	updated_by_name: string | null;
}

/** Someone saved the translation since the editor loaded it: both sides, nothing written. */
export interface ConflictResult {
	kind: 'conflict';
	stored: StoredTranslation;
	submitted: TranslationFields;
}

export interface EditableTranslation extends StoredTranslation {
	source_updated_at: Date | null;
	outdated: boolean;
}

export interface SavedResult {
	kind: 'saved';
	translation: EditableTranslation;
	revisionId: string;
}

export type SaveResult = SavedResult | ConflictResult | SlugTakenResult | InvalidResult | NotFoundResult;

/** `{ kind: 'invalid', field, reason }`: the one way the editing queries name a correctable field. */
export const invalid = (field: InvalidField, reason: InvalidReason): InvalidResult => ({
	kind: 'invalid',
	field,
	reason
});

/** What an editor submits for one translation. */
export interface TranslationFields {
	title: string;
	/** Omitted: a new translation gets one made from its title, an existing one keeps its own. */
	slug?: string;
	summary: string;
	/** Markdown. */
	body: string;
	/** Omitted: unchanged. */
	seoTitle?: string | null;
	/** Omitted: unchanged. */
	seoDescription?: string | null;
	/**
	 * `draft` and `archived` are hidden; `published` goes live now (or stays live from when it first
	 * did); `scheduled` goes live at `publishAt`, which must then lie in the future.
	 */
	status: TranslationStatus;
	/** Required when scheduling. */
	publishAt?: Date | null;
}
