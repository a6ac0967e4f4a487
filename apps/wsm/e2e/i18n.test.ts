import { expect, test } from '@playwright/test';
import {
	expectAccessible,
	expectConsistentAlternates,
	switcherLinks
} from '@solidair/tooling/playwright/checks';

test('a page’s URL is translated, and its switcher and hreflang lead to each translation’s own slug', async ({
	page
}) => {
	const links = await expectConsistentAlternates(page, '/nl/over-ons/strategieen');
	expect(links).toEqual({
		nl: '/nl/over-ons/strategieen',
		fr: '/fr/nous-decouvrir/strategies',
		en: '/en/about-us/strategies',
		es: '/es/sobre-nosotros/estrategias'
	});
	await page.goto('/fr/nous-decouvrir/strategies');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stratégies');
	await expectAccessible(page);
});

test('a language the page is not published in is said to be unavailable, and is no alternate', async ({
	page
}) => {
	const links = await expectConsistentAlternates(page, '/nl/doe-mee/vrijwilliger-worden');
	expect(Object.keys(links).sort()).toEqual(['en', 'fr', 'nl']);
	await page.goto('/nl/doe-mee/vrijwilliger-worden');
	const switcher = page.getByRole('navigation', { name: 'Kies een taal' });
	await expect(switcher.getByText('Español: niet beschikbaar in deze taal')).toBeAttached();
	await expect(switcher.getByRole('link', { name: /Español/ })).toHaveCount(0);
	await expectAccessible(page);
});

test('section URLs exist only in each language’s own words', async ({ request }) => {
	for (const [path, status] of [
		['/nl/over-ons', 200],
		['/fr/nous-decouvrir', 200],
		['/es/sobre-nosotros', 200],
		['/en/about-us', 200],
		['/fr/news', 404],
		['/nl/about-us/strategieen', 404],
		['/en/over-ons', 404]
	] as const) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(status);
	}
});

test('the language switcher’s choice is remembered for the next visit to /', async ({ page }) => {
	await page.goto('/nl/over-ons/strategieen');
	await page
		.getByRole('navigation', { name: 'Kies een taal' })
		.getByRole('link', { name: 'Français' })
		.click();
	await expect(page).toHaveURL('/fr/nous-decouvrir/strategies');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stratégies');
	const cookie = (await page.context().cookies()).find((c) => c.name === 'locale');
	expect(cookie?.value).toBe('fr');
	expect(cookie?.httpOnly).toBe(true);

	// The remembered choice outranks the browser's languages.
	await page.setExtraHTTPHeaders({ 'accept-language': 'es' });
	await page.goto('/');
	await expect(page).toHaveURL('/fr');
	expect(await switcherLinks(page)).toMatchObject({ fr: '/fr', es: '/es' });
});

test('arriving from outside on a language does not set the cookie', async ({ page }) => {
	await page.goto('/en/about-us/strategies');
	expect((await page.context().cookies()).find((c) => c.name === 'locale')).toBeUndefined();
});

test('bad language input never breaks a page', async ({ request }) => {
	const cases: Array<{ path: string; headers: Record<string, string>; status: number; location?: string }> = [
		{ path: '/', headers: { 'accept-language': ';;q=,,,fr;q=abc,*;q=2' }, status: 302, location: '/nl' },
		{ path: '/', headers: { 'accept-language': `${'x-y,'.repeat(2000)}es` }, status: 302, location: '/nl' },
		{ path: '/', headers: { cookie: 'locale=%E0%A4%A' }, status: 302, location: '/nl' },
		{
			path: '/',
			headers: { cookie: 'locale=<script>', 'accept-language': 'en' },
			status: 302,
			location: '/en'
		},
		{ path: '/NL/over-ons', headers: {}, status: 308, location: '/nl/over-ons' },
		{ path: '/Fr', headers: {}, status: 308, location: '/fr' },
		{ path: '/over-ons', headers: { 'accept-language': 'nl-BE' }, status: 302, location: '/nl/over-ons' },
		{ path: '/pt-BR/noticias', headers: {}, status: 404 }
	];
	for (const { path, headers, status, location } of cases) {
		const response = await request.get(path, { headers, maxRedirects: 0 });
		expect(response.status(), `${path} ${JSON.stringify(headers).slice(0, 80)}`).toBe(status);
		if (location) expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(location);
	}
});
