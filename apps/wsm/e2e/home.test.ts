import { expect, test } from '@playwright/test';
import { defineHomeTests } from '@solidair/site-kit/e2e';
import { site } from '../src/lib/site.ts';
import {
	expectAccessible,
	expectHealthyHome,
	expectNoJavaScript,
	expectSecurityHeaders
} from '@solidair/tooling/playwright/checks';

test('the Dutch home page renders in the WSM theme, accessible and without console errors', async ({
	page
}) => {
	await expectHealthyHome(page, {
		path: '/nl',
		lang: 'nl',
		theme: 'wsm',
		title: /^WSM · Samen voor waardig werk/,
		heading: /Samen voor waardig werk en sociale bescherming/
	});
	await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link')).toHaveCount(5);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Doe een gift' })).toBeVisible();
});

test('every language of the home page has its own lang and text', async ({ page }) => {
	for (const [lang, heading] of [
		['fr', /Ensemble pour le travail décent/],
		['en', /Together for decent work/],
		['es', /Juntos por el trabajo decente/]
	] as const) {
		await page.goto(`/${lang}`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}
});

test('/ redirects to the visitor’s language, and caches are told it varies', async ({ request }) => {
	const response = await request.get('/', {
		headers: { 'accept-language': 'fr-BE,fr;q=0.9' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(302);
	expect(response.headers()['location']).toBe('/fr');
	expect(response.headers()['vary']).toMatch(/Accept-Language/);
});

test('the language switcher leads to the same page in another language', async ({ page }) => {
	await page.goto('/nl');
	await page
		.getByRole('navigation', { name: 'Kies een taal' })
		.getByRole('link', { name: 'Español' })
		.click();
	await expect(page).toHaveURL(/\/es$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('an unknown page is a 404 in the visitor’s language, with a way home', async ({ page }) => {
	const response = await page.goto('/fr/nexiste-pas');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
	await expect(page.getByRole('main').getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute(
		'href',
		'/fr'
	);
	await expectAccessible(page);
});

test('an unsupported language segment is a 404 in the default language', async ({ page }) => {
	const response = await page.goto('/de');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
});

test('pages built from static components ship no JavaScript', async ({ page }) => {
	for (const path of ['/nl', '/fr/nous-decouvrir', '/nl/over-ons/strategieen'])
		await expectNoJavaScript(page, path);
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
