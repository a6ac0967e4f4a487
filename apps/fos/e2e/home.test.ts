import { expect, test } from '@playwright/test';
import { expectHealthyHome } from '@solidair/tooling/playwright/checks';

test('the Dutch home page renders in the FOS theme, accessible and without console errors', async ({
	page
}) => {
	await expectHealthyHome(page, {
		path: '/nl',
		lang: 'nl',
		theme: 'fos',
		title: /^FOS · Een mondiale tegenmacht$/,
		heading: /Een mondiale tegenmacht/
	});
});

test('FOS speaks Dutch, French and English, not Spanish', async ({ page }) => {
	await page.goto('/fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un contre-pouvoir mondial');
	const switcher = page.getByRole('navigation', { name: 'Choisir une langue' });
	await expect(switcher.getByRole('link')).toHaveCount(3);
	expect((await page.goto('/es'))?.status()).toBe(404);
});
