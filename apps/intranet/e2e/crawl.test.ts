import { test } from '@playwright/test';
import { crawlTests } from '@solidair/tooling/playwright/crawl';
import { demoRoles, rowCounts } from '../../platform/e2e/crawl-roles.ts';
import { e2eDb, forgetTwoFactor } from './staff.ts';

const db = e2eDb();
test.afterAll(async () => {
	await forgetTwoFactor(db);
	await db.destroy();
});

crawlTests({
	root: `${import.meta.dirname}/../../..`,
	app: 'intranet',
	start: ['/', '/nl', '/fr', '/en'],
	lang: 'nl',
	roles: demoRoles(db),
	limit: 120,
	stateOf: () => rowCounts(db)
});
