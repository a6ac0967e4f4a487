// Content checks before publishing: a WSM editor writes a news text with a vague link, an image
// without a description and a link to a page that does not exist. The publish panel shows each
// finding with where it is; "publish" is refused (400) with the text kept; with a reason it is
// published, and the intranet's audit log shows the override to an admin. Without a script the
// same refusal comes back as a page, and a text with warnings only is published. Staff are signed
// in with a session made in the database.
import { expect, test, type Page } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { e2eDb, forgetTwoFactor, run, signIn, signedInPage, staff } from '@solidair/account/e2e/staff';
import { bodyField, expectFits, language, locale, panel, wsmNews } from './editor.ts';

const db = e2eDb();
test.afterAll(async () => {
	await forgetTwoFactor(db);
	await db.destroy();
});

const checksOf = (page: Page) =>
	panel(page, 'nl').getByRole('region', { name: m.checks_heading({}, { locale }) });
const publishButton = (page: Page) =>
	panel(page, 'nl').getByRole('button', { name: m.editing_publish_now({}, { locale }) });
const reasonField = (page: Page) =>
	panel(page, 'nl').getByRole('textbox', { name: m.checks_override_label({}, { locale }) });

const missing = `/nl/nieuws/bestaat-niet-${run}`;
const body = [
	'Vakbonden in Benin eisen sociale bescherming voor wie in de informele economie werkt. Meer daarover: [klik hier](/nl/nieuws).',
	'![](/media/betoging-cotonou.png)',
	`Lees ook [ons verslag over waardig werk in Benin](${missing}).`
].join('\n\n');

/** Presses "publish" and answers the action's status (with a script, the JSON result's). */
async function publish(page: Page): Promise<number> {
	const [response] = await Promise.all([
		page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
		publishButton(page).click()
	]);
	if (response.status() !== 200 || !response.headers()['content-type']?.includes('json'))
		return response.status();
	return ((await response.json()) as { status: number }).status;
}

test('errors refuse publishing with the text kept; a reason publishes it and is in the audit log', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const title = `Vakbonden in Benin eisen sociale bescherming ${run}`;
	const { entryId } = await wsmNews(db, title, 'draft');
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	await page.goto(`/${locale}/sites/wsm/entries/${entryId}`);
	await expect(bodyField(page, 'nl')).toBeVisible();

	// The stored text's checks: only the missing summary, a warning.
	await expect(checksOf(page)).toContainText(m.checks_summary({}, { locale }));
	await expect(checksOf(page)).toContainText(m.checks_warning({}, { locale }));
	await expect(reasonField(page)).toHaveCount(0);

	await bodyField(page, 'nl').click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.insertText(body);
	await expect(page.locator('textarea#body-nl')).toHaveValue(body);

	// Refused: each finding with its place, the text as typed, the reason's field with the refusal.
	expect(await publish(page)).toBe(400);
	const checks = checksOf(page);
	const finding = (name: string) => checks.getByRole('listitem').filter({ hasText: name });
	await expect(finding(m.checks_link_text_vague({}, { locale }))).toContainText('klik hier');
	await expect(finding(m.checks_link_text_vague({}, { locale }))).toContainText(
		`${m.checks_warning({}, { locale })}:`
	);
	await expect(finding(m.checks_image_description({}, { locale }))).toContainText(
		'/media/betoging-cotonou.png'
	);
	await expect(finding(m.checks_image_description({}, { locale }))).toContainText(
		`${m.checks_error({}, { locale })}:`
	);
	await expect(finding(m.checks_image_description({}, { locale }))).toContainText(
		m.checks_line({ line: 3 }, { locale })
	);
	await expect(finding(m.checks_link_target({}, { locale }))).toContainText(missing);
	await expect(page.getByRole('link', { name: m.checks_refused({}, { locale }) })).toHaveAttribute(
		'href',
		'#overrideReason-nl'
	);
	await expect(page.locator('textarea#body-nl')).toHaveValue(body);
	await expect(reasonField(page)).toBeVisible();
	const stored = await db
		.selectFrom('entry_translations')
		.select(['status', 'body'])
		.where('entry_id', '=', entryId)
		.where('locale', '=', 'nl')
		.executeTakeFirstOrThrow();
	expect(stored).toEqual({ status: 'draft', body: 'Wat online staat.' });
	await expectFits(page, 'refused by the checks');

	// With a reason: published, and the override recorded.
	const reason = `Persbericht van de vakbonden, de foto volgt ${run}`;
	await reasonField(page).fill(reason);
	await publish(page);
	await expect(page.locator('#editor-message')).toContainText(
		m.editing_done_published({ language: language('nl') }, { locale })
	);
	const published = await db
		.selectFrom('entry_translations')
		.select(['status', 'body'])
		.where('entry_id', '=', entryId)
		.where('locale', '=', 'nl')
		.executeTakeFirstOrThrow();
	expect(published).toEqual({ status: 'published', body });
	await context.close();

	// An admin reads it in the audit log: who, which entry, which checks and why.
	const admin = await signedInPage(db, browser, baseURL, staff.marie);
	await admin.page.goto(`/${locale}/admin/audit?action=checks.overridden&actor=${staff.an}`);
	const row = admin.page.getByRole('row').filter({ hasText: reason });
	await expect(row).toContainText(m.audit_action_checks_overridden({}, { locale }));
	await expect(row).toContainText(staff.an);
	await expect(row).toContainText(`entry ${entryId}`);
	await expect(row).toContainText('checks: image-description,link-target');
	await admin.context.close();
	await db.deleteFrom('entries').where('id', '=', entryId).execute();
});

test('without a script: the refusal is a 400 page with the text kept; warnings alone do not block', async ({
	browser,
	baseURL
}) => {
	const { entryId } = await wsmNews(db, `Sociale bescherming in Benin ${run}`, 'draft');
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	await signIn(db, context, baseURL, staff.an);
	const page = await context.newPage();
	await page.goto(`/${locale}/sites/wsm/entries/${entryId}`);
	const bodyBox = panel(page, 'nl').getByRole('textbox', { name: m.editing_field_body({}, { locale }) });
	await bodyBox.fill(body);
	expect(await publish(page)).toBe(400);
	await expect(bodyBox).toHaveValue(body);
	await expect(checksOf(page)).toContainText(missing);

	// Only a vague link left (a warning), and a missing summary: published.
	const warningsOnly = 'Mutualiteiten in Benin breiden hun ziekteverzekering uit: [lees meer](/nl/nieuws).';
	await bodyBox.fill(warningsOnly);
	await publishButton(page).click();
	await expect(page).toHaveURL(`/${locale}/sites/wsm/entries/${entryId}?published=nl`);
	const stored = await db
		.selectFrom('entry_translations')
		.select('status')
		.where('entry_id', '=', entryId)
		.where('locale', '=', 'nl')
		.executeTakeFirstOrThrow();
	expect(stored.status).toBe('published');
	await context.close();
	await db.deleteFrom('entries').where('id', '=', entryId).execute();
});
