// The crawl and fuzz of every app's end-to-end suite: the roles the portal's and the intranet's
// crawls go round as (signed out and every demo role, each signed in with a session made in the e2e
// database, 2FA counted as passed where required) and what the fuzzing compares before and after
// refused posts.
import { test } from '@playwright/test';
import { crawlTests, type CrawlRole } from '@solidair/tooling/playwright/crawl';
import { forgetTwoFactor, signIn } from './staff.ts';
import { e2eDb, type E2eDb } from './members.ts';

const accounts = {
	member: 'karim.elamrani@abvv-fgtb.be',
	'organisation admin': 'els.peeters@acv-csc.be',
	'platform admin': 'admin@waardigwerk.be',
	'WSM editor': 'an.janssens@wsm.be',
	'FOS editor': 'tom.vermeulen@fos.ngo',
	'intranet admin': 'marie.lambert@wsm.be'
};

export function demoRoles(db: E2eDb): CrawlRole[] {
	return [
		{ name: 'signed out' },
		...Object.entries(accounts).map(([name, email]) => ({
			name: `as ${name}`,
			signIn: async (context: Parameters<NonNullable<CrawlRole['signIn']>>[0], baseURL: string) => {
				await signIn(db, context, baseURL, email);
			}
		}))
	];
}

// Rows a refused request may add: its audit entry, the visitor's session and throttle counters.
const bookkeeping = new Set([
	'audit_log',
	'sessions',
	'throttles',
	'kysely_migration',
	'kysely_migration_lock'
]);

/** The number of rows of every other table: what a refused request must leave as it was. */
export async function rowCounts(db: E2eDb): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const { name, isView } of await db.introspection.getTables()) {
		if (isView || bookkeeping.has(name)) continue;
		const row = await db
			.selectFrom(name as 'users')
			.select((eb) => eb.fn.countAll<string>().as('n'))
			.executeTakeFirstOrThrow();
		counts[name] = Number(row.n);
	}
	return counts;
}

/**
 * An app's crawl and fuzz tests (tooling/playwright/crawl.ts) on the e2e database: signed out only
 * for the public sites, as every demo role for the portal and the intranet.
 */
export function crawlApp(app: 'wsm' | 'fos' | 'platform' | 'intranet', start: string[]): void {
	const db = e2eDb();
	test.afterAll(async () => {
		await forgetTwoFactor(db);
		await db.destroy();
	});
	const publicSite = app === 'wsm' || app === 'fos';
	crawlTests({
		root: `${import.meta.dirname}/../../..`,
		app,
		start,
		// The sites' route folders are named after the English segments.
		lang: publicSite ? 'en' : 'nl',
		roles: publicSite ? [{ name: 'signed out' }] : demoRoles(db),
		limit: publicSite ? 250 : 120,
		stateOf: () => rowCounts(db)
	});
}
