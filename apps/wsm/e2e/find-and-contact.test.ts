import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectNoJavaScript } from '@solidair/tooling/playwright/checks';

/** Nothing wider than the window: the page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
}

test('“Mali” finds the Mali country page first, in Dutch and in French, with its partners anchored', async ({
	page
}) => {
	for (const [path, href, label] of [
		['/nl/zoeken?q=Mali', '/nl/ons-netwerk/mali', 'Land'],
		['/fr/recherche?q=mali', '/fr/notre-reseau/mali', 'Pays']
	] as const) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const first = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 3 }) })
			.first();
		await expect(first.getByRole('link')).toHaveAttribute('href', href);
		await expect(first).toContainText(label);
	}
	await page.goto('/nl/zoeken?q=UNTM');
	const partner = page.getByRole('link', { name: /UNTM/ }).first();
	await expect(partner).toHaveAttribute('href', '/nl/ons-netwerk/mali#partner-ml-untm');
	await partner.click();
	await expect(page.locator('#partner-ml-untm')).toContainText('UNTM');
});

test('“contact” finds the contact page, labelled as a page', async ({ page }) => {
	await page.goto('/nl/zoeken?q=contact');
	const result = page
		.getByRole('main')
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: 'Contact', exact: true }) });
	await expect(result.getByRole('link')).toHaveAttribute('href', '/nl/contact');
	await expect(result).toContainText('Pagina');
});

test('a search that is not UTF-8 or too long is a 400 in the visitor’s language, on the search page', async ({
	page
}) => {
	// Bytes that are no text: the reason at the field, which stays empty (nothing readable to keep).
	const response = await page.goto('/fr/recherche?q=%C3%28');
	expect(response?.status()).toBe(400);
	const field = page.getByRole('main').getByRole('searchbox', { name: 'Rechercher sur le site' });
	await expect(field).toHaveValue('');
	await expect(field).toHaveAccessibleDescription(/Nous ne pouvons pas lire cette recherche/);
	// Too long: the query comes back in the field as typed, to shorten rather than type again.
	const long = `fairwear ${'x'.repeat(201)}`;
	const tooLong = await page.goto(`/nl/zoeken?q=${encodeURIComponent(long)}`);
	expect(tooLong?.status()).toBe(400);
	const zoek = page.getByRole('main').getByRole('searchbox', { name: 'Zoek op de website' });
	await expect(zoek).toHaveValue(long);
	await expect(zoek).toHaveAccessibleDescription(/Je zoekopdracht is te lang/);
	await expect(page.getByRole('navigation').first()).toBeVisible();
});

test('the contact page shows the office: address, e-mail, phone and a map with a text alternative', async ({
	page
}) => {
	await page.goto('/nl/contact');
	const address = page.locator('address');
	await expect(address).toContainText('Haachtsesteenweg 579');
	await expect(address).toContainText('1030 Schaarbeek (Brussel)');
	await expect(address.getByRole('link', { name: 'info@wsm.be' })).toHaveAttribute(
		'href',
		'mailto:info@wsm.be'
	);
	await expect(address.getByRole('link', { name: '+32 2 246 38 81' })).toHaveAttribute(
		'href',
		'tel:+3222463881'
	);
	await expect(
		page.getByRole('img', {
			name: 'Kaart van Brussel met ons kantoor: Haachtsesteenweg 579, 1030 Schaarbeek (Brussel)'
		})
	).toBeVisible();
	const structured = await page.locator('script[type="application/ld+json"]').allTextContents();
	expect(structured.join('')).toContain('"telephone":"+32 2 246 38 81"');
	await page.goto('/fr/contact');
	await expect(page.locator('address')).toContainText('Chaussée de Haecht 579');
	await expectNoJavaScript(page, '/nl/contact');
});

test('the Spanish vacancies page says the vacancies exist in Dutch and links to them', async ({ page }) => {
	await page.goto('/es/empleo');
	await expect(page.getByRole('heading', { name: /solo existen en neerlandés/ })).toBeVisible();
	const links = page.locator('.elsewhere a[hreflang="nl"][lang="nl"]');
	expect(await links.count()).toBeGreaterThan(0);
	const href = await links.first().getAttribute('href');
	expect(href).toMatch(/^\/nl\/vacatures\//);
	const response = await page.goto(href!);
	expect(response?.status()).toBe(200);
});

for (const width of [390, 1366]) {
	test(`search, contact and the Spanish vacancies pass axe at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		for (const path of ['/nl/zoeken?q=Mali', '/nl/zoeken?q=vakbond', '/nl/contact', '/es/empleo']) {
			await page.goto(path);
			await expectAccessible(page);
		}
	});
}

test('nothing scrolls sideways at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	for (const path of ['/nl/zoeken?q=Mali', '/fr/contact', '/nl/contact', '/es/empleo']) {
		await page.goto(path);
		await expectNoSidewaysScroll(page);
	}
});
