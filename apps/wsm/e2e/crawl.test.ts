import { test } from '@playwright/test';
import { crawlTests } from '@solidair/tooling/playwright/crawl';
import { rowCounts } from '../../platform/e2e/crawl-roles.ts';
import { e2eDb } from '../../platform/e2e/members.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

crawlTests({
	root: `${import.meta.dirname}/../../..`,
	app: 'wsm',
	start: ['/', '/nl', '/fr', '/en', '/es'],
	// The route folders are named after the English segments.
	lang: 'en',
	roles: [{ name: 'signed out' }],
	limit: 250,
	stateOf: () => rowCounts(db)
});
