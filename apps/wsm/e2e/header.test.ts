// The header as on the real WSM site (issue 21): on a phone one row, logo and a menu button whose
// menu is a native popover (Escape closes it and gives focus back, with no script on the page);
// on a wide screen a slim top bar (Vacatures, Nieuws, Nieuwsbrief, Contact, languages, search)
// above one row of main navigation and the Donate button — in every language.
import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';

const locales: Locale[] = ['nl', 'fr', 'en', 'es'];
const menuButton = (page: Page, locale: Locale) =>
	page.getByRole('banner').getByRole('button', { name: m.menu({}, { locale }) });

/** The top of each link of a navigation: one value when the links sit on one row. */
const rowsOf = (page: Page, name: string) =>
	page
		.getByRole('navigation', { name })
		.getByRole('link')
		.evaluateAll((links) => [...new Set(links.map((link) => Math.round(link.getBoundingClientRect().top)))]);

test('on a phone the header is one row, and its native menu opens and closes with Escape', async ({
	browser
}) => {
	// The site ships no script (home.test.ts checks it): the popover is the browser's own.
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	try {
		await page.goto('/nl');
		const header = await page.getByRole('banner').boundingBox();
		expect(header?.height).toBeLessThanOrEqual(72);
		// Nothing but the logo and the button: the main links wait in the menu.
		await expect(page.getByRole('link', { name: 'Over ons' })).toBeHidden();
		await expectAccessible(page);

		await menuButton(page, 'nl').click();
		const menu = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
		await expect(menu.getByRole('link', { name: 'Over ons' })).toBeVisible();
		await expect(menu.getByRole('link', { name: 'Doe een gift' })).toBeVisible();
		await expect(
			page.getByRole('navigation', { name: 'Snel naar' }).getByRole('link', { name: 'Vacatures' })
		).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Kies een taal' })).toBeVisible();
		await expectAccessible(page);

		await page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
		await expect(menuButton(page, 'nl')).toBeFocused();

		// The smallest phone scrolls nothing sideways, menu closed or open.
		await page.setViewportSize({ width: 320, height: 700 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await menuButton(page, 'nl').click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	} finally {
		await context.close();
	}
});

test('on a wide screen the top bar and the main navigation each fit one row, in every language', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	for (const locale of locales) {
		await page.goto(`/${locale}`);
		await expect(menuButton(page, locale)).toBeHidden();
		const utility = m.utility_navigation({}, { locale });
		const main = m.primary_navigation({}, { locale });
		for (const section of [m.nav_vacancies, m.nav_news, m.nav_newsletter, m.nav_contact]) {
			await expect(
				page
					.getByRole('navigation', { name: utility })
					.getByRole('link', { name: section({}, { locale }), exact: true })
			).toBeVisible();
		}
		await expect(
			page.getByRole('banner').getByRole('link', { name: m.nav_search({}, { locale }) })
		).toBeVisible();
		expect(await rowsOf(page, utility), `${locale}: the top bar`).toHaveLength(1);
		expect(await rowsOf(page, main), `${locale}: the main navigation`).toHaveLength(1);
		await expect(page.getByRole('navigation', { name: main }).getByRole('link')).toHaveCount(5);
		const donate = page.getByRole('banner').getByRole('link', { name: m.nav_donate({}, { locale }) });
		await expect(donate).toBeVisible();
		const [bar, button] = [
			await page.getByRole('navigation', { name: main }).boundingBox(),
			await donate.boundingBox()
		];
		// The Donate button sits on the main bar's row, not below it.
		expect(
			Math.abs((button?.y ?? 0) + (button?.height ?? 0) / 2 - ((bar?.y ?? 0) + (bar?.height ?? 0) / 2))
		).toBeLessThan(12);
	}
	await expectAccessible(page);
});
