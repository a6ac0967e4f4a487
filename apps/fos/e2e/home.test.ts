import { expect, test } from '@playwright/test';
import { defineHomeTests } from '@solidair/site-kit/e2e';
import { site } from '../src/lib/site.ts';
import { expectHealthyHome, expectSecurityHeaders } from '@solidair/tooling/playwright/checks';

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

test('home, a 404, the health check and the sitemap carry the security headers', async ({ request }) => {
	for (const [path, status] of [
		['/nl', 200],
		['/fr/nexiste-pas', 404],
		['/healthz', 200],
		['/sitemap.xml', 200]
	] as const) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(status);
		expectSecurityHeaders(response, { https: false });
	}
});

defineHomeTests(site);
