import { expect, test } from '@playwright/test';
import { expectHealthyHome } from '@solidair/tooling/playwright/checks';

test('the home page of the Waardig Werk platform renders, accessible and without console errors', async ({
	page
}) => {
	await expectHealthyHome(page, {
		path: '/nl',
		lang: 'nl',
		theme: 'platform',
		title: /^Platform Waardig Werk$/,
		heading: /Platform Waardig Werk/
	});
	await expect(page.getByRole('region', { name: 'Leden' }).getByRole('listitem')).toHaveCount(9);
});

test('in French it is the Plateforme Travail Décent', async ({ page }) => {
	await page.goto('/fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plateforme Travail Décent');
});
