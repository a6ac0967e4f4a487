import { test } from '@playwright/test';
import { crawlTests } from '@solidair/tooling/playwright/crawl';
import { demoRoles, rowCounts } from './crawl-roles.ts';
import { e2eDb, forgetTwoFactor } from '../../intranet/e2e/staff.ts';

const db = e2eDb();
test.afterAll(async () => {
	await forgetTwoFactor(db);
	await db.destroy();
});

crawlTests({
	root: `${import.meta.dirname}/../../..`,
	app: 'platform',
	start: ['/', '/nl', '/nl/members', '/fr', '/en'],
	lang: 'nl',
	roles: demoRoles(db),
	limit: 120,
	stateOf: () => rowCounts(db)
});
