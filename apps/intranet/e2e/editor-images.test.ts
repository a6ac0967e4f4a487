// The body editor's image button, as WSM's communication officer uses it: it opens the media
// library's grid in a dialog (an upload included); the image chosen goes in as the site shows it,
// its `/media/` copy described in the text's language; closed without a choice, nothing is
// inserted and the text has focus again.
import { expect, test } from '@playwright/test';
import { type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { watchConsole } from '@solidair/tooling/playwright/checks';
import { e2eDb, run, signIn, staff } from '@solidair/account/e2e/staff';
import {
	locale,
	escape,
	tab,
	panel,
	bodyField,
	pickerDialog,
	expectFits,
	altTexts,
	uploadInPicker,
	wsmNews,
	typeInBody
} from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

test('the toolbar’s image button picks from the library: the site’s copy, described in the text’s language; cancelled, nothing is inserted', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	const errors = watchConsole(page);
	await signIn(db, context, baseURL, staff.an);
	const { entryId } = await wsmNews(db, `Met beeld ${run}`, 'draft');
	await page.goto(`/${locale}/sites/wsm/entries/${entryId}`);
	await expect(bodyField(page, 'nl')).toBeVisible();
	const imageButton = (code: Locale) =>
		panel(page, code).getByRole('button', { name: m.editing_toolbar_image({}, { locale }), exact: true });

	// Cancelled: nothing inserted, back in the Dutch text.
	await typeInBody(page, 'nl', ' Eerste zin.');
	await imageButton('nl').click();
	await expect(pickerDialog(page)).toBeVisible();
	await expectFits(page, 'picker dialog over the editor');
	await page.keyboard.press('Escape');
	await expect(pickerDialog(page)).toBeHidden();
	await expect(bodyField(page, 'nl')).toHaveText('Wat online staat. Eerste zin.');
	await expect(bodyField(page, 'nl')).toBeFocused();

	// In French: uploaded in the dialog and picked; the text gets the site's /media/ copy with the
	// French description, and the preview shows it.
	await tab(page, 'fr').click();
	await typeInBody(page, 'fr', 'Une phrase.');
	await imageButton('fr').click();
	const filename = `outil-${run}.png`;
	await (await uploadInPicker(page, filename, (target) => target.click())).click();
	await expect(pickerDialog(page)).toBeHidden();
	const media = await db
		.selectFrom('media')
		.select('id')
		.where('site_id', '=', 'wsm')
		.where('filename', '=', filename)
		.executeTakeFirstOrThrow();
	const french = altTexts(filename).fr;
	// As `imageMarkdown` writes it for the site: a block of its own, the ~960 px JPEG copy.
	const inserted = new RegExp(
		`^Une phrase\\.\\n\\n!\\[${escape(french)}\\]\\(/media/${media.id}/\\d+w-[0-9a-f]{12}\\.jpg\\)\\n\\n$`
	);
	await expect(panel(page, 'fr').locator('textarea[name="body"]')).toHaveValue(inserted);
	await expect(bodyField(page, 'fr')).toBeFocused();
	await expect(
		panel(page, 'fr')
			.getByRole('region', { name: m.editing_toolbar_preview({}, { locale }) })
			.getByRole('img', {
				name: french
			})
	).toBeVisible();
	// The Dutch text kept what was typed.
	await tab(page, 'nl').click();
	await expect(bodyField(page, 'nl')).toHaveText('Wat online staat. Eerste zin.');
	await expectFits(page, 'after an image was inserted');

	// Only the site's own images, in one of the entry's languages.
	const ask = (query: string) =>
		page.request.get(`/${locale}/sites/wsm/entries/${entryId}/image.json?${query}`);
	expect((await ask(`image=${media.id}&lang=xx`)).status()).toBe(400);
	expect((await ask(`image=${entryId}&lang=fr`)).status()).toBe(404);
	expect(await (await ask(`image=${media.id}&lang=en`)).json()).toMatchObject({
		alt: altTexts(filename).en
	});
	expect(errors).toEqual([]);
	await db.deleteFrom('entries').where('id', '=', entryId).execute();
});
