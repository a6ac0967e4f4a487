// The allowed arrows between the workspace's packages, written down once: for each package, the
// `@solidair/*` packages its source files (tests, e2e helpers and stories included) may import.
// An app may import any package and never another app. Arrows point down only, so there is no
// cycle; tooling/imports/check.test.ts fails on any import that is not listed here, and on a
// relative import that leaves its package's folder.
//
// Read from the imports of the tree after site-kit was cut by audience (issue 18), then kept as
// tight as the design allows: a new arrow is a design decision, made here in the same commit.

/** @type {Record<string, readonly string[]>} */
export const arrows = {
	// The data model and the languages stand alone.
	'@solidair/db': [],
	'@solidair/i18n': [],
	// Components know no locale and no database: their text comes from props.
	'@solidair/ui': [],
	// Sessions, passwords, 2FA, permissions and the audit log, stored through db.
	'@solidair/auth': ['@solidair/db'],
	// The production HTTP server and the mail outbox it sends.
	// tooling: its fault and cluster stacks start the apps with the same Node flags as `npm start`.
	'@solidair/server': ['@solidair/db', '@solidair/tooling'],
	// What every app's server needs. auth: the edge check of input writes refused requests to the
	// audit log (`inputHandle({ audit: true })` in the portal and the intranet).
	'@solidair/app-kit': ['@solidair/auth', '@solidair/db', '@solidair/i18n', '@solidair/ui'],
	// The public sites' pages and loaders: no sessions, no server. tooling: its e2e helpers use the
	// shared Playwright checks.
	'@solidair/site-kit': [
		'@solidair/app-kit',
		'@solidair/db',
		'@solidair/i18n',
		'@solidair/tooling',
		'@solidair/ui'
	],
	// Sign-in and account pages of the portal and the intranet. tooling: its e2e helpers (signing in
	// as members and staff, crawling as each role) use the shared Playwright checks and crawl.
	'@solidair/account': [
		'@solidair/app-kit',
		'@solidair/auth',
		'@solidair/db',
		'@solidair/i18n',
		'@solidair/tooling',
		'@solidair/ui'
	],
	// The file libraries of the portal and the intranet. server: the upload size limit.
	'@solidair/files': [
		'@solidair/app-kit',
		'@solidair/db',
		'@solidair/i18n',
		'@solidair/server',
		'@solidair/ui'
	],
	// Shared configuration and the test harness: below everything, importing nothing of ours.
	'@solidair/tooling': [],
	// Benchmarks seed and read the database directly, and build and browse as the tests do. server:
	// the two-instance cluster behind nginx that the cluster test runs (publish to visible).
	'@solidair/bench': ['@solidair/db', '@solidair/server', '@solidair/tooling']
};

/**
 * Imports that break the table for a while, each with when it goes. The check fails once an
 * exception is no longer needed, so that it is removed with the code that needed it.
 * @type {ReadonlyArray<{ file: string; imports: string; until: string }>}
 */
export const exceptions = [];
