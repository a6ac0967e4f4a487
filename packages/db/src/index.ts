// `@solidair/db`: the core every user of the data model needs — the connection, its
// configuration, typed errors, migrations, the table types and the small helpers for slugs, ids,
// paging and diffs. The queries live under one subpath per area (`@solidair/db/editing`,
// `/content`, `/groups`…, listed in package.json), so that an import says what it depends on.
export { createDb, type DbOptions } from './client.ts';
export {
	ConfigError,
	databaseTarget,
	defaultEmbeddedPort,
	isLocalUrl,
	type DatabaseTarget
} from './config.ts';
export {
	AlreadyExists,
	DbError,
	InvalidValue,
	MissingReference,
	SlugTaken,
	toDbError,
	withDbErrors
} from './errors.ts';
export { migrateToLatest, MigrationError } from './migrate.ts';
export type * from './schema.ts';
export { isUuid } from './uuid.ts';
export { isSlug, numberedSlug, slugify, slugMaxLength, slugPattern, truncateSlug } from './slugify.ts';
export { hasChanges, lineDiff, type DiffLine } from './line-diff.ts';
export { changedParagraphs, wordDiff, wordsChanged, type DiffPart, type DiffParagraph } from './word-diff.ts';
export { boundedLimit, maxPageSize, pageWindow, type Paging } from './paging.ts';
