import { expect, test } from '@playwright/test';
import { expectAccessible, expectConsistentAlternates } from '@solidair/tooling/playwright/checks';

test('FOS pages have translated URLs with reciprocal hreflang in its three languages', async ({ page }) => {
	const links = await expectConsistentAlternates(page, '/fr/qui-sommes-nous');
	expect(links).toEqual({ nl: '/nl/wie-zijn-wij', fr: '/fr/qui-sommes-nous', en: '/en/who-we-are' });
	const theme = await expectConsistentAlternates(page, '/nl/themas/onzeker-werk');
	expect(theme.fr).toBe('/fr/themes/travail-precaire');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectAccessible(page);
});

test('switching language on a FOS page lands on that page’s translation and is remembered', async ({
	page
}) => {
	await page.goto('/nl/themas/gendergelijkheid-op-de-werkvloer');
	await page
		.getByRole('navigation', { name: 'Kies een taal' })
		.getByRole('link', { name: 'English' })
		.click();
	await expect(page).toHaveURL('/en/themes/gender-equality-at-work');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('/');
	await expect(page).toHaveURL('/en');
});

test('Spanish, which FOS does not offer, is a 404 in Dutch and never a redirect target', async ({
	page,
	request
}) => {
	const response = await page.goto('/es/quienes-somos');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	const redirect = await request.get('/', {
		headers: { 'accept-language': 'es, fr;q=0.5' },
		maxRedirects: 0
	});
	expect(redirect.headers()['location']).toBe('/fr');
});
