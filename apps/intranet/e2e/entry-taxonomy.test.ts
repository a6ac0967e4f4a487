// An entry's taxonomy, set in the intranet's details form as WSM's communication officer does it:
// a published news item gets a dossier, a new theme made on the spot, the country Benin, an author
// and the date the site shows; it then appears on WSM's Benin page and in the news list's filters,
// and its public page shows the author and that date. A label another theme already has, and a
// country outside WSM's network (a forged box), are refused with a 400 in Dutch that keeps what was
// typed; the forged one is audited. Staff are signed in with a session made in the database.
import { expect, test, type Page } from '@playwright/test';
import { slugify } from '@solidair/db';
import { seedDossiers, seedTags } from '@solidair/db/seed/content/tags';
import { formatDate, sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { e2eDb, run, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { visit, wsmNews } from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

const locale = 'nl';

/** The details form, wherever the page places it. */
const detailsForm = (page: Page) => page.locator('form[action="?/details"]');

/**
 * Saves the details form; the action's status. With a script the form is enhanced (no reload): the
 * answer is the action's result as JSON, a redirect's status (303) inside.
 */
async function saveDetails(page: Page) {
	const [response] = await Promise.all([
		page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
		detailsForm(page)
			.getByRole('button', { name: m.editing_save_details({}, { locale }) })
			.click()
	]);
	// A refusal keeps its status; a redirect is answered 200, with the redirect inside.
	if (response.status() !== 200) return response;
	const result = (await response.json()) as { type: string; status: number };
	return { status: () => result.status };
}

/** A choice made before hydration would be put back to the server's value by it. */
async function hydrated(page: Page) {
	await expect(page.locator('.cm-content').first()).toBeVisible();
}

/** axe finds nothing, and nothing scrolls sideways, at a phone's width and a laptop's. */
async function expectFitsAndAccessible(page: Page) {
	for (const width of [390, 1366]) {
		await page.setViewportSize({ width, height: 900 });
		await expectAccessible(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
	}
}

test('a news item given a dossier, a new theme and Benin shows on the Benin page and in the filters', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(150_000);
	const user = await userId(db, staff.an);
	const title = `Vakbonden in Benin ${run}`;
	const created = await wsmNews(db, title, 'published');

	const { page, context } = await signedInPage(db, browser, baseURL, staff.an);
	const editPath = `/${locale}/sites/wsm/entries/${created.entryId}`;
	await page.goto(editPath);
	await hydrated(page);
	const dossier = seedDossiers[0]!;
	const existingTheme = seedTags[0]!;
	const author = `Ana Peeters ${run}`;
	const newTheme = `Kustvisserij ${run}`;

	// A label that a theme already has: a 400 in Dutch, everything ticked and typed kept.
	let form = detailsForm(page);
	await form.getByRole('checkbox', { name: dossier.labels.nl, exact: true }).check();
	await form.getByRole('checkbox', { name: 'Benin', exact: true }).check();
	await form.getByLabel(m.editing_field_author({}, { locale })).fill(author);
	await form.getByLabel(m.editing_field_display_date({}, { locale })).fill('2026-03-01');
	const nlLabel = m.editing_new_tag_label({ language: 'Nederlands' }, { locale });
	await form.getByLabel(nlLabel).fill(existingTheme.labels.nl.toUpperCase());
	let response = await saveDetails(page);
	expect(response.status()).toBe(400);
	await expect(page.getByRole('link', { name: m.editing_error_tag_duplicate({}, { locale }) })).toBeVisible();
	form = detailsForm(page);
	await expect(form.getByRole('checkbox', { name: dossier.labels.nl, exact: true })).toBeChecked();
	await expect(form.getByRole('checkbox', { name: 'Benin', exact: true })).toBeChecked();
	await expect(form.getByLabel(m.editing_field_author({}, { locale }))).toHaveValue(author);
	await expect(form.getByLabel(m.editing_field_display_date({}, { locale }))).toHaveValue('2026-03-01');
	await expect(form.getByLabel(nlLabel)).toHaveValue(existingTheme.labels.nl.toUpperCase());
	await expectFitsAndAccessible(page);

	// A box for a country outside WSM's network (South Africa is FOS's), as a forged form sends
	// it: a 400 at the countries, nothing saved, and the attempt in the audit log.
	await hydrated(page);
	await form.getByLabel(nlLabel).fill(newTheme);
	await form
		.getByRole('checkbox', { name: 'Benin', exact: true })
		.evaluate((box) => box.setAttribute('value', 'ZA'));
	response = await saveDetails(page);
	expect(response.status()).toBe(400);
	await expect(
		page.getByRole('link', { name: m.editing_error_outside_network({}, { locale }) })
	).toBeVisible();
	await expect(detailsForm(page).getByLabel(nlLabel)).toHaveValue(newTheme);
	const audited = await db
		.selectFrom('audit_log')
		.select(['actor_id', 'target_id'])
		.where('action', '=', 'resource.access_denied')
		.where('target_type', '=', 'country')
		.where('target_id', '=', 'ZA')
		.where('actor_id', '=', user)
		.execute();
	expect(audited.length).toBeGreaterThan(0);
	const untouched = await db
		.selectFrom('entries')
		.select('author_name')
		.where('id', '=', created.entryId)
		.executeTakeFirstOrThrow();
	expect(untouched.author_name).toBeNull();

	// Bad bytes (a NUL in the author) are refused before the form is read: a 400 in Dutch.
	const nul = await page.request.post(`${editPath}?/details`, {
		form: { expectedVersion: '1', author: 'Ana\u0000Peeters', countries: 'BJ' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(nul.status()).toBe(400);
	expect(await nul.text()).toContain(m.error_bad_input_title({}, { locale }));
	expect(
		(
			await db
				.selectFrom('entry_countries')
				.select('country_code')
				.where('entry_id', '=', created.entryId)
				.execute()
		).length
	).toBe(0);

	// Reloaded (the forged value gone), the real choices are saved with the new theme.
	await page.goto(editPath);
	await hydrated(page);
	form = detailsForm(page);
	await form.getByRole('checkbox', { name: dossier.labels.nl, exact: true }).check();
	await form.getByRole('checkbox', { name: 'Benin', exact: true }).check();
	await form.getByLabel(m.editing_field_author({}, { locale })).fill(author);
	await form.getByLabel(m.editing_field_display_date({}, { locale })).fill('2026-03-01');
	await form.getByLabel(nlLabel).fill(newTheme);
	response = await saveDetails(page);
	expect(response.status()).toBe(303);
	await expect(page).toHaveURL(`${editPath}?details#details`);
	await expect(page.getByRole('status')).toHaveText(m.editing_details_saved({}, { locale }));
	form = detailsForm(page);
	// The new theme is now one to tick, and ticked.
	await expect(form.getByRole('checkbox', { name: newTheme, exact: true })).toBeChecked();
	await expect(form.getByRole('checkbox', { name: 'Benin', exact: true })).toBeChecked();
	await expect(form.getByLabel(nlLabel)).toHaveValue('');
	await expectFitsAndAccessible(page);
	await context.close();

	// On WSM's Benin page.
	const benin = await visit(browser, `${sectionPath('network', 'nl')}/benin`);
	expect(benin.response?.status()).toBe(200);
	await expect(benin.page.getByRole('link', { name: title })).toBeVisible();
	await benin.close();

	// In the news list, filtered on the new theme and on the dossier.
	const themeSlug = slugify(newTheme);
	for (const slug of [themeSlug, dossier.slugs.nl]) {
		const list = await visit(browser, `${sectionPath('news', 'nl')}?tag=${slug}`);
		expect(list.response?.status(), slug).toBe(200);
		await expect(list.page.getByRole('link', { name: title })).toBeVisible();
		await list.close();
	}

	// Its page shows the author and the date set, not the day it went live.
	const article = await visit(browser, sectionPath('news', 'nl'));
	await article.page.getByRole('link', { name: title }).first().click();
	await expect(article.page.getByRole('heading', { level: 1 })).toHaveText(title);
	// The line under the title (related stories below have their own).
	const meta = article.page.locator('h1 + .meta');
	await expect(meta).toContainText(m.by_author({ author }, { locale }));
	await expect(meta.locator('time')).toHaveText(formatDate('2026-03-01', 'nl'));
	await expect(meta.locator('time')).toHaveAttribute('datetime', '2026-03-01');
	await article.close();
});
