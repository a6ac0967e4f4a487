import { expect, test } from '@playwright/test';
import { expectHealthyHome, expectSecurityHeaders } from '@solidair/tooling/playwright/checks';

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
	// The member organisations from the database, by name, linked to their website when they have one.
	const members = page.getByRole('region', { name: 'Leden' }).getByRole('listitem');
	await expect(members).toHaveCount(9);
	await expect(members.first()).toHaveText('ABVV-FGTB');
	await expect(members.getByRole('link', { name: 'WSM' })).toHaveAttribute('href', 'https://www.wsm.be');
	await expect(members.filter({ hasText: 'Oxfam-Solidariteit' }).getByRole('link')).toHaveCount(0);
});

test('in French it is the Plateforme Travail Décent', async ({ page }) => {
	await page.goto('/fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plateforme Travail Décent');
});

test('home in two languages, a 404 and the health check carry the security headers', async ({ request }) => {
	for (const [path, status] of [
		['/nl', 200],
		['/fr', 200],
		['/nl/bestaat-niet', 404],
		['/healthz', 200]
	] as const) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(status);
		expectSecurityHeaders(response, { https: false });
	}
});
