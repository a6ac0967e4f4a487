// Writing an entry's text as a communication officer does: the toolbar and its shortcuts, lists
// that continue (and never double a typed bullet), an image from the library, and the live
// preview beside the text, rendered as the site renders it, its image loaded from the intranet.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEntry } from '@solidair/db/editing';
import { languageName, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { samplePng } from '@solidair/site-kit/e2e';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { e2eDb, run, signIn, staff, userId } from '@solidair/account/e2e/staff';

const db = e2eDb();
test.afterAll(() => db.destroy());

const locale = 'nl';
const description = `Een staking in Brussel ${run}`;
const alt = `${description} nl`;
// A language's tab panel (one view per entry, a tab per language).
const section = (page: Page, code: Locale) =>
	page.getByRole('tabpanel', { name: new RegExp(`^${languageName(code, locale)}`) });
const tool = (where: Locator, name: string) => where.getByRole('button', { name, exact: true });

/** Whether an image has loaded (a broken one has no natural width). */
const loaded = (image: Locator) =>
	image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0);

/** Nothing on the page is wider than the window. */
const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('the toolbar, shortcuts and lists write Markdown; the live preview shows it as the site will, image included', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1366, height: 900 });
	await signIn(db, context, baseURL, staff.an);

	// An image in WSM's library, described in Dutch.
	await page.goto(`/${locale}/sites/wsm/media`);
	await page.locator('input#file').setInputFiles({
		name: `staking-${run}.png`,
		mimeType: 'image/png',
		buffer: samplePng(Date.now() + 19)
	});
	// The library asks a description in each of the site's languages.
	for (const code of ['nl', 'fr', 'en', 'es'])
		await page.locator(`#alt-${code}`).fill(`${description} ${code}`);
	await page.getByRole('button', { name: m.media_upload_submit({}, { locale }) }).click();
	await expect(page.getByText(m.media_uploaded({}, { locale }))).toBeVisible();

	const created = await createEntry(db, {
		siteId: 'wsm',
		type: 'news',
		sourceLocale: 'nl',
		title: `Samen sterk ${run}`,
		body: 'Weg ermee.',
		userId: await userId(db, staff.an)
	});
	if (created.kind !== 'created') throw new Error(`not created: ${created.kind}`);
	await page.goto(`/${locale}/sites/wsm/entries/${created.entryId}`);
	const dutch = section(page, 'nl');
	const editor = dutch.locator('.cm-content');
	await expect(editor).toBeVisible();
	const toolbar = dutch.getByRole('toolbar', { name: m.editing_toolbar({}, { locale }) });
	await expect(toolbar).toBeVisible();

	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	// A subheading from the toolbar, bold from the shortcut.
	await tool(toolbar, m.editing_toolbar_heading({}, { locale })).click();
	await page.keyboard.type('Waardig werk');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await page.keyboard.type('Vakbonden staan ');
	await page.keyboard.press('ControlOrMeta+b');
	await page.keyboard.type('samen');
	await page.keyboard.press('End');
	await page.keyboard.type('.');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	// A list: Enter continues it, a typed "- " does not double the bullet, Enter on an empty item ends it.
	await page.keyboard.type('- brood');
	await page.keyboard.press('Enter');
	await page.keyboard.type('- rozen');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	// A link on a selected text, by Ctrl+K: its address is selected, to type over.
	await page.keyboard.type('Lees meer');
	await page.keyboard.press('Shift+Home');
	await page.keyboard.press('ControlOrMeta+k');
	await page.keyboard.type('https://wsm.be');
	await page.keyboard.press('End');
	// The image button opens the library's grid in a dialog; the image chosen goes in as the site shows it.
	await tool(toolbar, m.editing_toolbar_image({}, { locale })).click();
	const picker = page.getByRole('dialog', { name: m.media_pick_title({}, { locale }) });
	await picker.getByLabel(m.media_search({}, { locale })).fill(`staking-${run}`);
	await picker.getByRole('button', { name: m.media_search_submit({}, { locale }) }).click();
	await picker
		.getByRole('button', { name: m.media_pick_image({ name: `staking-${run}.png` }, { locale }) })
		.click();
	await expect(picker).toBeHidden();

	const body = dutch.locator('textarea[name="body"]');
	await expect(body).toHaveValue(
		new RegExp(
			'^## Waardig werk\\n\\nVakbonden staan \\*\\*samen\\*\\*\\.\\n\\n- brood\\n- rozen\\n\\n' +
				`\\[Lees meer\\]\\(https://wsm\\.be\\)\\n\\n!\\[${alt}\\]\\(/media/[0-9a-f-]+/\\d+w-[0-9a-f]{12}\\.jpg\\)\\n\\n$`
		)
	);

	// The live preview: the site's markup, its image served here (beside the text where the field
	// is wide enough; the component's tests check that).
	const preview = dutch.getByRole('region', { name: m.editing_toolbar_preview({}, { locale }) });
	await expect(preview.getByRole('heading', { level: 2, name: 'Waardig werk' })).toBeVisible();
	await expect(preview.locator('strong')).toHaveText('samen');
	await expect(preview.getByRole('listitem')).toHaveText(['brood', 'rozen']);
	await expect(preview.getByRole('link', { name: 'Lees meer' })).toHaveAttribute('href', 'https://wsm.be');
	const image = preview.getByRole('img', { name: alt });
	await expect(image).toBeVisible();
	await expect.poll(() => loaded(image)).toBe(true);
	const src = (await image.getAttribute('src'))!;
	expect(src).toMatch(new RegExp(`^/${locale}/sites/wsm/media/`));
	expect((await page.request.get(src)).status()).toBe(200);
	await expectAccessible(page);

	// Saved, the page's own preview (rendered on the server) shows the image too.
	// A draft's first button saves it as a draft (the message offers its preview).
	await dutch.getByRole('button', { name: m.editing_save_draft({}, { locale }) }).click();
	await expect(page.locator('#editor-message')).toContainText(
		m.editing_done_draft({ language: languageName('nl', locale) }, { locale })
	);
	const saved = section(page, 'nl').locator('.rendered').getByRole('img', { name: alt });
	await expect.poll(() => loaded(saved)).toBe(true);

	// On a phone: the preview under the text, nothing wider than the screen, and still accessible.
	await page.setViewportSize({ width: 390, height: 844 });
	const phonePreview = section(page, 'nl').getByRole('region', {
		name: m.editing_toolbar_preview({}, { locale })
	});
	await expect(phonePreview.getByRole('heading', { level: 2, name: 'Waardig werk' })).toBeVisible();
	const [phoneEditor, phoneBox] = [
		await section(page, 'nl').locator('.cm-content').boundingBox(),
		await phonePreview.boundingBox()
	];
	expect(phoneBox!.y).toBeGreaterThan(phoneEditor!.y);
	expect(await scrollsSideways(page)).toBe(false);
	await expectAccessible(page);
});
