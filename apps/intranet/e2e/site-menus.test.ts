// Menus staff compose (issue 21): An, WSM's editor, composes WSM's Spanish footer in the intranet —
// removes an item, moves one up, is refused a link off the site (her typing kept), adds a section
// with her own label, saves — and the public site shows it within its page cache's few seconds.
// Tom, FOS's editor, is refused WSM's menus. The footer in Spanish is this test's own: the header
// tests read the top bar and main menu, and the menu is forgotten afterwards whatever happens.
import { expect, test, type Page } from '@playwright/test';
import { resetMenu } from '@solidair/db/menus';
import * as m from '@solidair/i18n/messages';
import { e2eDb, forgetTwoFactor, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { expectFits, locale, visit } from './editor.ts';

const db = e2eDb();
test.afterAll(async () => {
	await resetMenu(db, 'wsm', 'es', 'footer');
	await forgetTwoFactor(db);
	await db.destroy();
});

const footerForm = (page: Page) =>
	page.getByRole('region', { name: m.site_menus_kind_footer({}, { locale }) });

/** The links of WSM's Spanish footer, as a visitor sees them. */
async function publicFooter(browser: Parameters<typeof visit>[0]) {
	const visited = await visit(browser, '/es');
	const links = await visited.page
		.getByRole('contentinfo')
		.getByRole('navigation')
		.first()
		.getByRole('link')
		.allInnerTexts();
	await visited.close();
	return links.map((text) => text.trim());
}

test('an editor composes a menu in the intranet and the public site shows it', async ({
	browser,
	baseURL
}) => {
	const an = await userId(db, staff.an);
	await resetMenu(db, 'wsm', 'es', 'footer');
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	try {
		await page.goto(`/${locale}/sites`);
		await page.getByRole('link', { name: m.site_menus_title({ site: 'WSM' }, { locale }) }).click();
		await page.getByRole('link', { name: 'Spaans' }).click();
		await expect(page).toHaveURL(/language=es/);
		let footer = footerForm(page);
		// Not saved yet: the site's default, in Spanish.
		await expect(footer.getByText(m.site_menus_default({}, { locale }))).toBeVisible();
		await expectFits(page, 'the menus page');

		await footer
			.getByRole('button', { name: m.site_menus_remove({ target: 'Noticias' }, { locale }) })
			.click();
		footer = footerForm(page);
		await footer.getByRole('button', { name: m.site_menus_up({ target: 'Contacto' }, { locale }) }).click();
		footer = footerForm(page);
		await expect(footer.getByText(m.site_menus_unsaved({}, { locale }))).toBeVisible();

		// A link off the site is refused, in her language, and what she typed stays.
		const path = footer.getByLabel(m.site_menus_add_path({}, { locale }));
		await path.fill('https://example.org/nl');
		await footer.getByRole('button', { name: m.site_menus_add({}, { locale }), exact: true }).click();
		footer = footerForm(page);
		await expect(footer.getByText(m.editing_error_menu_target({}, { locale })).first()).toBeVisible();
		await expect(footer.getByLabel(m.site_menus_add_path({}, { locale }))).toHaveValue(
			'https://example.org/nl'
		);

		await footer.getByLabel(m.site_menus_add_path({}, { locale })).fill('/es/sobre-nosotros');
		await footer.getByRole('button', { name: m.site_menus_add({}, { locale }), exact: true }).click();
		footer = footerForm(page);
		await footer
			.getByLabel(m.site_menus_item_label({ target: '/es/sobre-nosotros' }, { locale }))
			.fill('Quiénes somos');
		await footer
			.getByRole('button', {
				name: `${m.site_menus_save({}, { locale })}: ${m.site_menus_kind_footer({}, { locale })}`
			})
			.click();
		await expect(footerForm(page).getByText(m.site_menus_saved({}, { locale }))).toBeVisible();

		const expected = ['Empleo', 'Publicaciones', 'Contacto', 'Boletín', 'Buscar', 'Quiénes somos'];
		// The public page cache keeps a page a few seconds: the change shows within that.
		await expect.poll(() => publicFooter(browser), { timeout: 15_000, intervals: [1000] }).toEqual(expected);

		const audited = await db
			.selectFrom('audit_log')
			.select(['actor_id', 'details'])
			.where('action', '=', 'site.menu_changed')
			.orderBy('id', 'desc')
			.limit(1)
			.executeTakeFirstOrThrow();
		expect(audited.actor_id).toBe(an);
		expect(audited.details).toMatchObject({ site: 'wsm', menu: 'footer', language: 'es', items: 6 });
	} finally {
		await context.close();
	}
});

test("another site's editor is refused the menus page", async ({ browser, baseURL }) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.tom);
	try {
		const response = await page.goto(`/${locale}/sites/wsm/menus`);
		expect(response?.status()).toBe(404);
	} finally {
		await context.close();
	}
});
