// The media library as a place and the image picker, as WSM's communication officer uses them:
// several images uploaded at once (and one dropped), each with its progress and a bad file told
// apart; the grid finds them; a French description and the focal point edited on the image's
// page, and a Spanish one with the focal point in the grid's edit panel (without JavaScript the
// card still links to the page); the "unused" filter; an uploaded image picked as a news item's picture through the dialog (with
// JavaScript) and through the picker page (without), shown on the public article. Accessible and
// without sideways scrolling at 1366 and 390 px.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { samplePng as png } from '@solidair/site-kit/e2e';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { ports } from '@solidair/tooling/ports';
import { e2eDb, run, signIn, signedInPage, staff } from '@solidair/account/e2e/staff';
import { wsmNews } from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

const locale = 'nl';
const library = `/${locale}/sites/wsm/media`;
const wsm = `http://127.0.0.1:${ports.wsm}`;
const names = [1, 2, 3].map((n) => `markt-${run}-${n}.png`);
const dropped = `gesleept-${run}.png`;
const alt = {
	nl: `Markt in Cotonou ${run}`,
	fr: `Marché à Cotonou ${run}`,
	en: `Market in Cotonou ${run}`,
	es: `Mercado en Cotonú ${run}`
};

/** axe at 1366 px and at 390 px, where nothing may scroll sideways either. */
async function expectFits(page: Page) {
	for (const width of [1366, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await expectAccessible(page);
		const sideways = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(sideways, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
	}
	await page.setViewportSize({ width: 1366, height: 900 });
}

/** The id of a library image by its file name. */
async function imageId(filename: string) {
	const row = await db
		.selectFrom('media')
		.select('id')
		.where('site_id', '=', 'wsm')
		.where('filename', '=', filename)
		.executeTakeFirstOrThrow();
	return row.id;
}

/** A published WSM news item made in the database; its editor path and public path. */
async function publishedNews(title: string) {
	const created = await wsmNews(db, title, 'published');
	return {
		id: created.entryId,
		editor: `/${locale}/sites/wsm/entries/${created.entryId}`,
		article: `${sectionPath('news', 'nl')}/${created.slug}`
	};
}

/** The public article, in a fresh context, shows the image. */
async function expectOnArticle(browser: Browser, article: string, id: string) {
	const context = await browser.newContext({ baseURL: wsm });
	const page = await context.newPage();
	expect((await page.goto(article))?.status()).toBe(200);
	await expect(page.locator(`img[srcset*="/media/${id}/"], source[srcset*="/media/${id}/"]`)).not.toHaveCount(
		0
	);
	await context.close();
}

test.describe.configure({ mode: 'serial' });

test('several images uploaded at once and one dropped; described in French, focal point set, unused filtered', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	await page.goto(library);
	const upload = page.getByRole('region', { name: m.media_upload({}, { locale }) });
	// Once the scripts run, the zone says files can be dropped on it.
	const zone = upload.getByRole('group', { name: m.media_drop_here({}, { locale }) });
	await expect(zone).toBeVisible();
	await expectFits(page);

	for (const [code, text] of Object.entries(alt)) await upload.locator(`#alt-${code}`).fill(text);
	await upload.locator('input#file').setInputFiles([
		...names.map((name, i) => ({ name, mimeType: 'image/png', buffer: png(Date.now() + i * 97) })),
		// A PDF named .png: told apart, by name, in the editor's language; the others are stored.
		{ name: `kapot-${run}.png`, mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') }
	]);
	await upload.getByRole('button', { name: m.media_upload_submit({}, { locale }) }).click();
	for (const name of names)
		await expect(upload.getByText(m.media_upload_ok({ name }, { locale }))).toBeVisible({ timeout: 30_000 });
	await expect(
		upload.getByText(
			m.media_upload_failed(
				{ name: `kapot-${run}.png`, problem: m.media_error_not_an_image({}, { locale }) },
				{ locale }
			)
		)
	).toBeVisible();
	await expect(page.getByText(m.media_uploaded_many({ count: '3' }, { locale }))).toBeVisible();
	// Each file had its progress bar, now full.
	await expect(upload.getByRole('progressbar', { name: names[0] })).toHaveAttribute('value', '100');

	// One more, dropped on the zone as from the desktop.
	const bytes = [...png(Date.now() + 5_000)];
	const transfer = await page.evaluateHandle(
		({ bytes, name }) => {
			const data = new DataTransfer();
			data.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png' }));
			return data;
		},
		{ bytes, name: dropped }
	);
	await zone.dispatchEvent('drop', { dataTransfer: transfer });
	await expect(upload.getByText(m.media_upload_ok({ name: dropped }, { locale }))).toBeVisible({
		timeout: 30_000
	});
	// Said once the grid has them.
	await expect(page.getByText(m.media_uploaded_many({ count: '1' }, { locale }))).toBeVisible();

	// The grid finds all four by their shared description (other tests' images carry the run's
	// id too), with their descriptions as alt texts.
	await page.locator('#q').fill(alt.nl);
	await page.getByRole('button', { name: m.media_search_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(alt.nl).replaceAll('%20', '\\+')}`));
	for (const name of [...names, dropped]) await expect(page.getByRole('link', { name })).toBeVisible();
	await expect(page.getByRole('img', { name: alt.nl })).toHaveCount(4);
	await expectFits(page);

	// Unused: all four so far (none is anyone's picture yet).
	await page.getByLabel(m.media_filter_unused({}, { locale })).check();
	await page.getByRole('button', { name: m.media_search_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(/unused=1/);
	await expect(page.getByText(m.list_count({ count: '4' }, { locale }))).toBeVisible();

	// The French description and the focal point, edited on the image's page and saved in place.
	await page.getByRole('link', { name: names[0] }).click();
	const id = await imageId(names[0]!);
	await expect(page).toHaveURL(`${library}/${id}`);
	const french = `Marché couvert de Dantokpa ${run}`;
	await page.locator('#alt-fr').fill(french);
	// A missing Spanish description is refused without a reload; the French one typed stays.
	await page.locator('#alt-es').fill('');
	await page.getByRole('button', { name: m.media_save({}, { locale }) }).click();
	await expect(page.locator('#alt-es-error')).toContainText(
		m.media_error_alt_required({ language: 'Spaans' }, { locale })
	);
	await expect(page.locator('#alt-fr')).toHaveValue(french);
	await expectFits(page);
	await page.locator('#alt-es').fill(alt.es);
	const frame = page.getByTestId('focal-point');
	const box = (await frame.boundingBox())!;
	await frame.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
	await expect(page.locator('#focalX')).toHaveValue(/^(24|25|26)$/);
	await expect(page.locator('#focalY')).toHaveValue(/^(74|75|76)$/);
	await page.getByRole('button', { name: m.media_save({}, { locale }) }).click();
	await expect(page.getByText(m.media_saved({}, { locale }))).toBeVisible();
	const saved = await db
		.selectFrom('media')
		.select(['focal_x', 'focal_y'])
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
	expect(Math.abs(saved.focal_x! - 0.25)).toBeLessThanOrEqual(0.01);
	expect(Math.abs(saved.focal_y! - 0.75)).toBeLessThanOrEqual(0.01);
	const texts = await db
		.selectFrom('media_alt_texts')
		.select(['locale', 'alt_text'])
		.where('media_id', '=', id)
		.execute();
	expect(Object.fromEntries(texts.map((row) => [row.locale, row.alt_text]))).toEqual({ ...alt, fr: french });
	await context.close();
});

test('descriptions and focal point edited in place from the grid, without leaving the library', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const id = await imageId(dropped);
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	const address = `${library}?q=${run}`;
	await page.goto(address);
	const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: dropped }) });
	// Its name also says which image (a hidden part), so only the card's own button is this one.
	const edit = card.getByRole('button', { name: m.media_edit({}, { locale }) });
	// The button comes with the scripts; from here on every page change would be counted.
	await expect(edit).toBeVisible();
	await expect(edit).toHaveAccessibleName(new RegExp(`${dropped.replace(/\./g, '\\.')}$`));
	let navigations = 0;
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) navigations += 1;
	});
	await edit.click();
	const panel = page.getByRole('dialog', { name: m.media_edit_title({ name: dropped }, { locale }) });
	await expect(panel).toBeVisible();
	await expect(panel.locator('#edit-alt-es')).toHaveValue(alt.es);

	// Refused in the panel, in Dutch, with what was typed kept: no Spanish text, a focal point off the image.
	const dutch = `Overdekte markt van Dantokpa ${run}`;
	await panel.locator('#edit-alt-nl').fill(dutch);
	await panel.locator('#edit-alt-es').fill('');
	await panel.locator('#edit-focalX').fill('150');
	await panel.locator('#edit-focalY').fill('20');
	await panel.getByRole('button', { name: m.media_save({}, { locale }) }).click();
	await expect(panel.locator('#edit-alt-es-error')).toContainText(
		m.media_error_alt_required({ language: 'Spaans' }, { locale })
	);
	await expect(panel.locator('#edit-focalX-error')).toContainText(m.media_error_focal({}, { locale }));
	await expect(panel.locator('#edit-alt-nl')).toHaveValue(dutch);
	await expect(panel.locator('#edit-focalY')).toHaveValue('20');
	await expectFits(page);

	// Put right: a Spanish description and the focal point by a click on the image.
	const spanish = `Mercado cubierto de Dantokpa ${run}`;
	await panel.locator('#edit-alt-es').fill(spanish);
	const frame = panel.getByTestId('focal-point');
	const box = (await frame.boundingBox())!;
	await frame.click({ position: { x: box.width * 0.75, y: box.height * 0.25 } });
	await expect(panel.locator('#edit-focalX')).toHaveValue(/^(74|75|76)$/);
	await expect(panel.locator('#edit-focalY')).toHaveValue(/^(24|25|26)$/);
	await panel.getByRole('button', { name: m.media_save({}, { locale }) }).click();
	await expect(panel.getByRole('status')).toContainText(m.media_saved({}, { locale }));
	const saved = await db
		.selectFrom('media')
		.select(['focal_x', 'focal_y'])
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
	expect(Math.abs(saved.focal_x! - 0.75)).toBeLessThanOrEqual(0.01);
	expect(Math.abs(saved.focal_y! - 0.25)).toBeLessThanOrEqual(0.01);
	const texts = await db
		.selectFrom('media_alt_texts')
		.select(['locale', 'alt_text'])
		.where('media_id', '=', id)
		.execute();
	expect(Object.fromEntries(texts.map((row) => [row.locale, row.alt_text]))).toEqual({
		...alt,
		nl: dutch,
		es: spanish
	});

	// Escape closes the panel; focus is back on the card's button; the library never left.
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(edit).toBeFocused();
	// The card shows the new Dutch description, as its text and as its image's alt text.
	await expect(card.getByText(dutch)).toBeVisible();
	await expect(card.getByRole('img', { name: dutch })).toHaveCount(1);
	expect(navigations).toBe(0);
	expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(address);
	await context.close();
});

test('without JavaScript a card has no edit button, and its link leads to the image page', async ({
	browser,
	baseURL
}) => {
	const id = await imageId(dropped);
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	await signIn(db, context, baseURL, staff.an);
	const page = await context.newPage();
	await page.goto(`${library}?q=${run}`);
	await expect(page.getByRole('link', { name: dropped })).toBeVisible();
	await expect(page.getByRole('button', { name: m.media_edit({}, { locale }) })).toHaveCount(0);
	await page.getByRole('link', { name: dropped }).click();
	await expect(page).toHaveURL(`${library}/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dropped);
	await expect(page.locator('#alt-nl')).toBeVisible();
	await context.close();
});

test('the picker dialog chooses an image for a news item; the article shows it; Escape closes it', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const news = await publishedNews(`Markt met foto ${run}`);
	const id = await imageId(names[1]!);
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	await page.goto(news.editor);
	// The editor's scripts run once its Markdown editor is there.
	await expect(page.locator('.cm-content').first()).toBeVisible();
	const choose = page.getByRole('link', { name: m.editing_image_choose({}, { locale }) });
	await choose.click();
	const dialog = page.getByRole('dialog', { name: m.media_pick_title({}, { locale }) });
	await expect(dialog).toBeVisible();
	await dialog.getByLabel(m.media_search({}, { locale })).fill(run);
	await dialog.getByRole('button', { name: m.media_search_submit({}, { locale }) }).click();
	const pick = dialog.getByRole('button', { name: m.media_pick_image({ name: names[1]! }, { locale }) });
	await expect(pick).toBeVisible();
	await expectFits(page);
	await pick.click();
	await expect(dialog).toBeHidden();
	// Focus is back where the editor was; the choice shows, not yet saved.
	await expect(choose).toBeFocused();
	await expect(page.getByRole('img', { name: alt.nl })).toBeVisible();
	await expect(page.getByText(m.editing_image_unsaved({}, { locale }))).toBeVisible();

	// Escape closes the dialog without a choice, focus back on the link.
	await choose.click();
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(choose).toBeFocused();

	await page.getByRole('button', { name: m.editing_save_details({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`${news.editor}\\?details`));
	const entry = await db
		.selectFrom('entries')
		.select('image_id')
		.where('id', '=', news.id)
		.executeTakeFirstOrThrow();
	expect(entry.image_id).toBe(id);
	await context.close();
	await expectOnArticle(browser, news.article, id);
});

test('without JavaScript the picker is a page that posts the choice back to the editor', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const news = await publishedNews(`Markt zonder scripts ${run}`);
	const id = await imageId(names[2]!);
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	await signIn(db, context, baseURL, staff.an);
	const page = await context.newPage();
	await page.goto(news.editor);
	await page.getByRole('link', { name: m.editing_image_choose({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`${library}/pick\\?for=${news.id}&return=`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.media_pick_title({}, { locale }));
	await page.locator('#q').fill(run);
	await page.getByRole('button', { name: m.media_search_submit({}, { locale }) }).click();
	const pickPage = page.url();
	await page.getByRole('button', { name: m.media_pick_image({ name: names[2]! }, { locale }) }).click();
	await expect(page).toHaveURL(`${news.editor}?details#details`);
	const entry = await db
		.selectFrom('entries')
		.select('image_id')
		.where('id', '=', news.id)
		.executeTakeFirstOrThrow();
	expect(entry.image_id).toBe(id);
	// The return address only leads back into this entry's editor.
	const away = await page.goto(
		`${library}/pick?for=${news.id}&return=${encodeURIComponent('https://example.org/')}`
	);
	expect(away?.status()).toBe(200);
	await expect(page.getByRole('link', { name: m.media_pick_back({}, { locale }) })).toHaveAttribute(
		'href',
		news.editor
	);
	// Another site's editor, or an entry that is not the site's, gets 404.
	expect((await page.request.get(`${library}/pick?for=${crypto.randomUUID()}`)).status()).toBe(404);
	await context.close();
	await expectOnArticle(browser, news.article, id);

	// axe runs in the page, so it looks at the same picker page (it loads no scripts) in a browser with them.
	const checked = await signedInPage(db, browser, baseURL, staff.an);
	await checked.page.goto(pickPage);
	await expect(
		checked.page.getByRole('button', { name: m.media_pick_image({ name: names[2]! }, { locale }) })
	).toBeVisible();
	await expectFits(checked.page);
	await checked.context.close();
});
