import { expect, test } from '@playwright/test';
import { expectHealthyHome, expectSecurityHeaders } from '@solidair/tooling/playwright/checks';

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
