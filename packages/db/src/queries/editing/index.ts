// `@solidair/db/editing`: editing the public sites' content from the intranet — the editor's list,
// one entry with its translations side by side, saves with optimistic locking, slugs and their
// redirects, the publishing workflow, revisions and previews.
//
// Every function takes the site being edited and finds nothing outside it: an entry, translation
// or revision of another site is "not found", even by a guessed id. Whether the user may edit that
// site at all is the caller's check (`can(actor, 'update', { type: 'site-entry', siteId })`).
//
// One file per area; the rules that need no database (publication time, source stamp, slug
// choice, field checks) are functions of their own, tested without one.
export {
	autosavesOf,
	autosaveTranslation,
	discardAutosave,
	type Autosave,
	type AutosaveInput,
	type AutosaveResult
} from './autosave.ts';
export { createEntry, type CreateEntryInput, type CreateEntryResult } from './create.ts';
export {
	saveEntryDetails,
	type DetailsConflictResult,
	type SaveEntryDetailsInput,
	type SaveEntryDetailsResult
} from './details.ts';
export {
	entryForEditing,
	previewTranslation,
	type EntryForEditing,
	type EventDetails,
	type VacancyDetails
} from './entry.ts';
export {
	defaultTimeZone,
	eventProblem,
	type NewEventDetails,
	type NewVacancyDetails
} from './field-checks.ts';
export {
	siteEntries,
	siteEntriesPage,
	siteEntryAuthors,
	type EditorEntry,
	type EntryListSort,
	type LanguageState,
	type LocaleState,
	type SiteEntriesFilter,
	type SiteEntriesOptions
} from './list.ts';
export {
	publicationFilesForEditing,
	removePublicationFile,
	setPublicationFile,
	type SetPublicationFileInput
} from './publication-files.ts';
export { publicationTime, wentLiveAt } from './publish-time.ts';
export type {
	ConflictResult,
	EditableTranslation,
	InvalidField,
	InvalidReason,
	InvalidResult,
	NotFoundResult,
	SavedResult,
	SaveResult,
	SlugTakenResult,
	StoredTranslation,
	TranslationFields
} from './results.ts';
export {
	restoreRevision,
	revisionDiff,
	revisions,
	type RestoreRevisionInput,
	type Revision,
	type RevisionDiff
} from './revisions.ts';
export {
	translationMemory,
	type MemoryMatch,
	type MemorySegment,
	type TranslationMemoryInput
} from './memory.ts';
export {
	approveReview,
	closeReview,
	commentOnReview,
	reviewNoteMaxLength,
	submitForReview,
	type ApproveResult,
	type InReviewResult,
	type NotOpenResult,
	type ReviewedText,
	type ReviewStepInput,
	type ReviewStepResult,
	type SubmitForReviewInput,
	type SubmitForReviewResult
} from './review.ts';
export {
	openReviewCounts,
	reviewForReading,
	reviewQueue,
	siteRequiresReview,
	siteReviewers,
	translationReviews,
	type Person,
	type QueuedReview,
	type ReviewForReading,
	type ReviewStep,
	type ReviewText,
	type TranslationReviews
} from './review-read.ts';
export { saveTranslation, type SaveTranslationInput } from './save.ts';
export { sourceChanges, type SourceChanges, type SourceVersion } from './source-changes.ts';
export { slugChoice, type SlugChoice } from './slug-choice.ts';
export {
	entryTaxonomy,
	taxonomyChoices,
	type EntryTaxonomy,
	type EntryTaxonomyInput,
	type TaxonomyChoices,
	type TaxonomyProblem,
	type TaxonomyTagChoice
} from './taxonomy.ts';
export { isOutdated, nextSourceStamp } from './source-stamp.ts';
