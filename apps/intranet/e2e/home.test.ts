import { expect, test } from '@playwright/test';
import { expectHealthyHome, expectSecurityHeaders } from '@solidair/tooling/playwright/checks';
import { logIn } from '@solidair/account/e2e/members';

test('the intranet home page renders, accessible and without console errors', async ({ page }) => {
	// The home page is for staff only (sign-in.test.ts tests the door).
	await logIn(page, 'an.janssens@wsm.be');
	await expectHealthyHome(page, {
		path: '/nl',
		lang: 'nl',
		theme: 'intranet',
		title: /^Intranet WSM · FOS$/,
		heading: /Welkom op het intranet/
	});
	await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
});

test('login in two languages, the home, a 404 and the health check carry the security headers', async ({
	request
}) => {
	for (const [path, status] of [
		['/nl/login', 200],
		['/fr/login', 200],
		// Signed out, the home page sends to the login page.
		['/nl', 303],
		['/nl/bestaat-niet', 404],
		['/healthz', 200]
	] as const) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(status);
		expectSecurityHeaders(response, { https: false });
	}
});
