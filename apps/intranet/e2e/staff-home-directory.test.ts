// The staff directory (issue 8): searching colleagues by language, country and team, a page
// at a time. Staff are signed in without the login page (staff.ts), which has its own tests.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { run, signedInPage, staff } from '@solidair/account/e2e/staff';
import { locale, organisationId, staffHomeDb } from './staff-home.ts';

const db = staffHomeDb();

test('the directory: by language and country of work; a search no form sends is a 400 with the form kept', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.tom);
	await page.goto(`/${locale}/directory`);
	await expectAccessible(page);
	const table = page.getByRole('table');
	// Partners' members are not staff.
	await expect(table.getByRole('rowheader', { name: 'Karim El Amrani' })).toHaveCount(0);
	await page.getByLabel(m.staff_search_language({}, { locale })).selectOption('es');
	await page.getByRole('button', { name: m.staff_search_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(/[?&]language=es(&|$)/);
	await expect(table.getByRole('rowheader')).toHaveText(['Marie Lambert']);
	await expect(table.getByRole('link', { name: staff.marie })).toHaveAttribute(
		'href',
		`mailto:${staff.marie}`
	);

	await page.goto(`/${locale}/directory?country=BE&team=Communicatie&q=an`);
	await expect(table.getByRole('rowheader')).toHaveText(['An Janssens']);
	await page.goto(`/${locale}/directory?country=PE`);
	await expect(page.getByText(m.staff_directory_none({}, { locale }))).toBeVisible();

	const response = await page.goto(
		`/${locale}/directory?q=Marie&language=${encodeURIComponent("es' or 1=1--")}&team=Directie`
	);
	expect(response?.status()).toBe(400);
	const summary = page.getByRole('region', { name: m.form_errors_title({}, { locale }) });
	await expect(summary).toContainText(m.editing_error_choose({}, { locale }));
	await expect(summary).toContainText(m.staff_search_language({}, { locale }));
	await expect(summary).toContainText(m.staff_search_team({}, { locale }));
	await expect(page.getByLabel(m.staff_search_name({}, { locale }))).toHaveValue('Marie');
	await expect(page.locator('body')).not.toContainText(/select|syntax|stack/i);
	await expectAccessible(page);
	await context.close();
});

test('the directory a page at a time: the pager keeps the search; past the last page, a way back', async ({
	browser,
	baseURL
}) => {
	// More colleagues than a page holds, this run's mark in their names: what is searched for.
	const wsm = await organisationId(db, 'wsm');
	const name = (i: number) => `Pager ${run} ${String(i).padStart(2, '0')}`;
	// Their names only: other tests' colleagues carry the run's mark in their e-mail addresses.
	const search = `Pager ${run}`;
	const q = new URLSearchParams({ q: search }).toString();
	const made = await db
		.insertInto('users')
		.values(
			Array.from({ length: 30 }, (_, i) => ({
				email: `pager.${run}.${i}@example.org`,
				display_name: name(i)
			}))
		)
		.returning('id')
		.execute();
	const { context, page } = await signedInPage(db, browser, baseURL, staff.tom);
	try {
		await db
			.insertInto('memberships')
			.values(made.map(({ id }) => ({ user_id: id, organisation_id: wsm, role: 'member' as const })))
			.execute();
		await page.goto(`/${locale}/directory`);
		await page.getByLabel(m.staff_search_name({}, { locale })).fill(search);
		await page.getByRole('button', { name: m.staff_search_submit({}, { locale }) }).click();
		await expect(page.getByText(m.list_count({ count: '30' }, { locale }))).toBeVisible();
		const rowheaders = page.getByRole('table').getByRole('rowheader');
		await expect(rowheaders).toHaveCount(25);
		await expect(rowheaders.first()).toHaveText(name(0));

		const pager = page.getByRole('navigation', { name: m.pagination({}, { locale }) });
		const secondPage = pager.getByRole('link', { name: m.page_of({ page: '2', total: '2' }, { locale }) });
		await secondPage.click();
		await expect(page).toHaveURL(`/${locale}/directory?${q}&page=2`);
		await expect(rowheaders).toHaveText([25, 26, 27, 28, 29].map(name));
		await expect(page.getByText(m.list_count({ count: '30' }, { locale }))).toBeVisible();
		await expect(page.getByLabel(m.staff_search_name({}, { locale }))).toHaveValue(search);
		await expect(secondPage).toHaveAttribute('aria-current', 'page');
		await expectAccessible(page);
		// Page 1's link has no `page`, but still the search.
		await pager.getByRole('link', { name: m.previous({}, { locale }) }).click();
		await expect(page).toHaveURL(`/${locale}/directory?${q}`);
		await expect(rowheaders).toHaveCount(25);

		// Past the last page (a list that has shrunk): no error, but no one, and the way back.
		const past = await page.goto(`/${locale}/directory?${q}&page=7`);
		expect(past?.status()).toBe(200);
		await expect(page.getByText(m.list_page_missing({ page: '7' }, { locale }))).toBeVisible();
		await expectAccessible(page);
		await pager.getByRole('link', { name: m.list_page_back({ page: '2' }, { locale }) }).click();
		await expect(page).toHaveURL(`/${locale}/directory?${q}&page=2`);
		await expect(rowheaders).toHaveCount(5);
		// A page that is no positive whole number: a 400, the search kept in the form.
		for (const bad of ['0', '-1', '2.5', 'x']) {
			const response = await page.goto(`/${locale}/directory?${q}&page=${bad}`);
			expect(response?.status(), bad).toBe(400);
		}
		await expect(page.getByRole('region', { name: m.form_errors_title({}, { locale }) })).toContainText(
			m.list_page_invalid({}, { locale })
		);
		await expect(page.getByLabel(m.staff_search_name({}, { locale }))).toHaveValue(search);
	} finally {
		await context.close();
		// Not left for other runs' directories (memberships go with the accounts).
		const ids = made.map(({ id }) => id);
		await db.deleteFrom('users').where('id', 'in', ids).execute();
	}
});
