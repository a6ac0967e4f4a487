import { expect, test } from '@playwright/test';
import { expectHealthyHome } from '@solidair/tooling/playwright/checks';

test('the intranet home page renders, accessible and without console errors', async ({ page }) => {
	await expectHealthyHome(page, {
		path: '/nl',
		lang: 'nl',
		theme: 'intranet',
		title: /^Intranet WSM · FOS$/,
		heading: /Welkom op het intranet/
	});
	await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
});
