// The portal's frame for members: a header that fits one row, an account menu that logs out
// without JavaScript, a language switcher that stays on the page, and groups named in the
// page's language.
import { expect, test, type Page } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible, switcherLinks } from '@solidair/tooling/playwright/checks';
import { bolivia, karim, locale, logInAsMember as logIn } from '@solidair/account/e2e/members';

/** The top of each of the header's visible parts: the same for all when nothing wraps. */
async function headerRows(page: Page) {
	const tops = await page
		.locator('header .bar')
		.locator('.brand, nav[aria-label] li a, .language-switcher, .account .toggle')
		.evaluateAll((elements) =>
			elements
				.filter((element) => (element as HTMLElement).offsetParent !== null)
				.map((element) => {
					const box = element.getBoundingClientRect();
					return Math.round(box.top + box.height / 2);
				})
		);
	return [...new Set(tops.map((top) => Math.round(top / 12)))];
}

test('on every members’ page the language switcher leads to the same page in the other languages', async ({
	page
}) => {
	await logIn(page, karim.email);
	for (const path of [
		'/members',
		'/groups',
		`/groups/${bolivia.slug}`,
		'/files',
		'/meetings',
		'/directory',
		'/account'
	]) {
		await page.goto(`/${locale}${path}`);
		expect(await switcherLinks(page), path).toEqual({ nl: `/nl${path}`, fr: `/fr${path}`, en: `/en${path}` });
	}
	// A harmless query is kept; a one-time notice ("the file was added") is not said again.
	await page.goto(`/${locale}/directory?q=abvv&added=x`);
	await expect(page.locator('.language-switcher a[hreflang="fr"]')).toHaveAttribute(
		'href',
		'/fr/directory?q=abvv'
	);
	// Public pages with translated addresses map to the other language's.
	await page.goto(`/${locale}/publicaties`);
	expect((await switcherLinks(page)).fr).toBe('/fr/publications');

	await page.goto(`/${locale}/groups/${bolivia.slug}`);
	await page.locator('.language-switcher a[hreflang="fr"]').click();
	await expect(page).toHaveURL(`/fr/groups/${bolivia.slug}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bolivie');
});

test('groups are named in the page’s language, counted with plural forms', async ({ page }) => {
	await logIn(page, karim.email);
	await page.goto('/fr/groups');
	const names = page.locator('.groups h2');
	await expect(names).toContainText([
		'Bénin',
		'Bolivie',
		'Protection sociale',
		'Travail décent : dialogue avec la DGD'
	]);
	// Translated, so nothing is marked as being in another language.
	await expect(page.locator('.groups [lang]')).toHaveCount(0);
	const counts = await page.locator('.groups li > p').allInnerTexts();
	expect(counts.join('\n')).not.toMatch(/\b[01] membres\b/);
	expect(counts.join('\n')).toMatch(/\d+ membres?\b/);
	await expectAccessible(page);
	await page.goto('/en/groups');
	await expect(names).toContainText([
		'Benin',
		'Bolivia',
		'Social protection',
		'Decent work: dialogue with DGD'
	]);
});

for (const [width, height] of [
	[1366, 900],
	[390, 844]
] as const) {
	test(`at ${width} px the header fits, and its account menu logs out`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await logIn(page, karim.email);
		for (const lang of ['nl', 'fr']) {
			await page.goto(`/${lang}/groups`);
			// Wide: brand, the five items, languages and the account on one row. Phone: brand,
			// languages and the account on one row, the items behind the menu button.
			expect(await headerRows(page), lang).toHaveLength(1);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		}
		await page.goto(`/${locale}/groups`);
		const toggle = page.getByRole('button', { name: karim.name });
		const menu = page.locator('#account-menu');
		await toggle.click();
		await expect(menu).toBeVisible();
		await expect(menu.getByRole('link', { name: m.account_profile({}, { locale }) })).toBeVisible();
		await expect(menu.getByRole('link', { name: m.account_nav({}, { locale }) })).toHaveAttribute(
			'href',
			`/${locale}/account`
		);
		await expectAccessible(page);
		await page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
		await toggle.click();
		await menu.getByRole('button', { name: m.logout({}, { locale }) }).click();
		await expect(page).toHaveURL(`/${locale}`);
		await expect(page.getByRole('link', { name: m.platform_log_in({}, { locale }) }).first()).toBeVisible();
		await page.goto(`/${locale}/members`);
		await expect(page).toHaveURL(new RegExp(`/${locale}/login`));
	});
}
