import { crawlTests } from '@solidair/tooling/playwright/crawl';

crawlTests({
	root: `${import.meta.dirname}/../../..`,
	app: 'wsm',
	start: ['/', '/nl', '/fr', '/en', '/es'],
	// The route folders are named after the English segments.
	lang: 'en',
	roles: [{ name: 'signed out' }],
	limit: 250
});
