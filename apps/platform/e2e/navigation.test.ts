// The portal's frame for members: a header that fits one row, an account menu that logs out
// without JavaScript, a language switcher that stays on the page, and groups named in the
// page's language.
import { expect, test, type Locator } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible, switcherLinks } from '@solidair/tooling/playwright/checks';
import { bolivia, karim, locale, logInAsMember as logIn } from '@solidair/account/e2e/members';

/** The middle of each visible element of `locator`, in 12 px rows: one row when nothing wraps. */
async function rows(locator: Locator) {
	const middles = await locator.evaluateAll((elements) =>
		elements
			.filter((element) => (element as HTMLElement).offsetParent !== null)
			.map((element) => {
				const box = element.getBoundingClientRect();
				return Math.round((box.top + box.height / 2) / 12);
			})
	);
	return [...new Set(middles)];
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
	await expect(page.locator('.language-switcher a[hreflang="fr"]:visible')).toHaveAttribute(
		'href',
		'/fr/directory?q=abvv'
	);
	// Public pages with translated addresses map to the other language's.
	await page.goto(`/${locale}/publicaties`);
	expect((await switcherLinks(page)).fr).toBe('/fr/publications');

	await page.goto(`/${locale}/groups/${bolivia.slug}`);
	await page.locator('.language-switcher a[hreflang="fr"]:visible').click();
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
	// The seeded groups are translated, so none of them is marked as being in another language
	// (a group another test made, named in Dutch only, rightly is).
	for (const name of ['Bénin', 'Bolivie', 'Protection sociale']) {
		await expect(page.locator('.groups li').filter({ hasText: name }).locator('[lang]')).toHaveCount(0);
	}
	const counts = await page.locator('.groups li > p').allInnerTexts();
	expect(counts.join('\n')).not.toMatch(/\b[01] membres\b/);
	expect(counts.join('\n')).toMatch(/\d+ membres?\b/);
	await expectAccessible(page);
	await page.goto('/en/groups');
	await expect(names).toContainText([
		'Benin',
		'Bolivia',
		'Decent work: dialogue with DGD',
		'Social protection'
	]);
});

for (const [width, height] of [
	[1366, 900],
	[390, 844]
] as const) {
	test(`at ${width} px the header fits, and its account menu logs out`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await logIn(page, karim.email);
		for (const lang of ['nl', 'fr'] as const) {
			await page.goto(`/${lang}/groups`);
			const nav = page.getByRole('navigation', { name: m.primary_navigation({}, { locale: lang }) });
			// Wide: the brand and the five items on one row. Phone: the items wait behind the menu.
			const brand = page.locator('header a').filter({ hasText: m.platform_name({}, { locale: lang }) });
			if (width > 1000) {
				await expect(nav.getByRole('link')).toHaveCount(5);
				expect(await rows(brand.or(nav.getByRole('link'))), lang).toHaveLength(1);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		}
		await page.goto(`/${locale}/groups`);
		const toggle = page.getByRole('button', { name: karim.name });
		// On a phone the account may sit in the header's menu: open that first.
		if (!(await toggle.isVisible())) {
			await page.locator('header').getByText(m.menu({}, { locale }), { exact: true }).click();
		}
		// The person's name on one line.
		expect((await toggle.boundingBox())!.height).toBeLessThan(50);
		await toggle.click();
		const menu = page.getByRole('group', { name: m.account_menu({}, { locale }) });
		await expect(menu).toBeVisible();
		await expect(menu.getByRole('link', { name: m.account_profile({}, { locale }) })).toBeVisible();
		await expect(menu.getByRole('link', { name: m.account_nav({}, { locale }) })).toHaveAttribute(
			'href',
			`/${locale}/account`
		);
		const box = (await menu.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		await expectAccessible(page);
		await page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
		await toggle.click();
		await menu.getByRole('button', { name: m.logout({}, { locale }) }).click();
		await expect(page).toHaveURL(`/${locale}`);
		await page.goto(`/${locale}/members`);
		await expect(page).toHaveURL(new RegExp(`/${locale}/login`));
	});
}
