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
export * from './queries/content.ts';
export * from './queries/forms.ts';
export * from './queries/network.ts';
export * from './queries/people.ts';
export * from './queries/platform.ts';
export * from './queries/groups.ts';
export * from './queries/files.ts';
export * from './queries/meetings.ts';
export * from './queries/staff.ts';
export * from './queries/taxonomy.ts';
export * from './queries/listings.ts';
export * from './queries/donations.ts';
export * from './queries/throttle.ts';
export * from './queries/network-pages.ts';
export * from './queries/images.ts';
export * from './queries/activity.ts';
export * from './queries/editing/index.ts';
export { isUuid } from './uuid.ts';
export { isSlug, numberedSlug, slugify, slugMaxLength, slugPattern, truncateSlug } from './slugify.ts';
export { hasChanges, lineDiff, type DiffLine } from './line-diff.ts';
export * from './queries/media-library.ts';
export * from './queries/inbox.ts';
export * from './queries/staff-admin.ts';
