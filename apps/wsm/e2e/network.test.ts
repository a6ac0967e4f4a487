import { expect, test } from '@playwright/test';
import {
	expectAccessible,
	expectConsistentAlternates,
	expectNoJavaScript
} from '@solidair/tooling/playwright/checks';
import {
	seedCountries as allSeedCountries,
	seedPartners as allSeedPartners
} from '@solidair/db/seed/content/network';

// WSM's network as the seed makes it.
const seedCountries = allSeedCountries.filter((country) => country.sites.includes('wsm'));
const seedPartners = allSeedPartners.filter((partner) => partner.site === 'wsm');
const continents = [
	['africa', 'Afrika'],
	['asia', 'Azië'],
	['latin-america', 'Latijns-Amerika'],
	['europe', 'Europa']
] as const;

function seedCountry(code: string) {
	const country = seedCountries.find((c) => c.code === code);
	if (!country) throw new Error(`${code} is not in the seed`);
	return country;
}

test('the network page lists every country of the network by continent, each with its page', async ({
	page
}) => {
	const response = await page.goto('/nl/ons-netwerk');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ons netwerk');

	let listed = 0;
	for (const [continent, label] of continents) {
		const expected = seedCountries.filter((country) => country.continent === continent);
		const region = page.getByRole('region', { name: label, exact: true });
		await expect(region.getByRole('link'), continent).toHaveCount(expected.length);
		for (const country of expected) {
			await expect(region.getByRole('link', { name: country.names.nl, exact: true })).toHaveAttribute(
				'href',
				`/nl/ons-netwerk/${country.slugs.nl}`
			);
		}
		listed += expected.length;
	}
	expect(listed).toBe(seedCountries.length);
	await expectAccessible(page);
});

test('the map has one link per country, named after it', async ({ page }) => {
	await page.goto('/nl/ons-netwerk');
	const map = page.getByRole('group', { name: 'Onze partnerlanden op de wereldkaart' });
	const links = map.getByRole('link');
	await expect(links).toHaveCount(seedCountries.length);
	const names = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('aria-label')));
	expect(names.sort()).toEqual(seedCountries.map((country) => country.names.nl).sort());
	for (const country of seedCountries) {
		await expect(map.getByRole('link', { name: country.names.nl, exact: true })).toHaveAttribute(
			'href',
			`/nl/ons-netwerk/${country.slugs.nl}`
		);
	}
});

test('a country page shows its partners, and its alternates are the country’s slug in each language', async ({
	page
}) => {
	const country = seedCountry('DO');
	const links = await expectConsistentAlternates(page, `/nl/ons-netwerk/${country.slugs.nl}`);
	expect(links).toEqual({
		nl: `/nl/ons-netwerk/${country.slugs.nl}`,
		fr: `/fr/notre-reseau/${country.slugs.fr}`,
		en: `/en/our-network/${country.slugs.en}`,
		es: `/es/nuestra-red/${country.slugs.es}`
	});

	// Reached from the network page, as a visitor would.
	await page.goto('/fr/notre-reseau');
	await page
		.getByRole('region', { name: 'Amérique latine', exact: true })
		.getByRole('link', { name: country.names.fr })
		.click();
	await expect(page).toHaveURL(`/fr/notre-reseau/${country.slugs.fr}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(country.names.fr);
	const partners = seedPartners.filter((partner) => partner.country === country.code);
	expect(partners.length).toBeGreaterThan(0);
	for (const partner of partners) {
		await expect(page.getByRole('rowheader', { name: partner.name })).toBeVisible();
	}
	await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeVisible();
	await expectAccessible(page);
});

test('a partner’s website is linked without giving it the opener', async ({ page }) => {
	const partner = seedPartners.find((p) => p.website !== undefined && p.country === 'BE');
	if (!partner?.website) throw new Error('the seed has no Belgian partner with a website');
	await page.goto(`/en/our-network/${seedCountry('BE').slugs.en}`);
	const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: partner.name }) });
	const link = row.getByRole('link');
	await expect(link).toHaveAttribute('href', partner.website);
	await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
});

test('network pages ship no JavaScript', async ({ page }) => {
	await expectNoJavaScript(page, '/nl/ons-netwerk');
	await expectNoJavaScript(page, `/es/nuestra-red/${seedCountry('BD').slugs.es}`);
});

test('network URLs exist only in each language’s own words and slugs', async ({ request }) => {
	const country = seedCountry('DO');
	for (const [path, status] of [
		['/nl/ons-netwerk', 200],
		['/fr/notre-reseau', 200],
		['/en/our-network', 200],
		['/es/nuestra-red', 200],
		[`/fr/notre-reseau/${country.slugs.fr}`, 200],
		['/fr/our-network', 404],
		['/nl/partners', 404],
		[`/fr/notre-reseau/${country.slugs.nl}`, 404],
		['/nl/ons-netwerk/atlantis', 404],
		['/nl/ons-netwerk/Bolivia', 404],
		[`/nl/ons-netwerk/${'a'.repeat(121)}`, 404]
	] as const) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(status);
	}
});
