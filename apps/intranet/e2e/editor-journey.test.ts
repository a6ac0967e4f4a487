// The entry editor as WSM's communication officer uses it: one view per entry, a tab per language,
// nothing typed lost between languages, autosave without publishing, a warning before leaving
// unsaved text, and one clear message after publishing, with the live page's link. The journey
// counts its full page loads and clicks (the closing note reports them): it also uploads
// and picks a picture in the picture field's dialog, ticks a theme and Benin and saves the details
// without a reload, and the story then shows on WSM's Benin page and in the news list filtered on
// the theme, with its picture.
import { expect, test, type Locator } from '@playwright/test';
import { seedTags } from '@solidair/db/seed/content/tags';
import { dateTimeLocalValue, sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible, watchConsole } from '@solidair/tooling/playwright/checks';
import { e2eDb, run, signIn, staff } from '@solidair/account/e2e/staff';
import {
	locale,
	wsm,
	escape,
	language,
	tab,
	panel,
	titleField,
	bodyField,
	detailsForm,
	pickerDialog,
	altTexts,
	uploadInPicker,
	visit,
	countLoads,
	expectFits,
	wsmNews,
	typeInBody
} from './editor.ts';

const db = e2eDb();
test.afterAll(() => db.destroy());

test('write in Dutch, translate, pick an uploaded picture, tag a theme and Benin, schedule French, publish Dutch: nothing lost, no reload', async ({
	page,
	context,
	baseURL,
	browser
}) => {
	test.setTimeout(180_000);
	const errors = watchConsole(page);
	await signIn(db, context, baseURL, staff.an);
	const counter = countLoads(page);
	let clicks = 0;
	const click = async (target: Locator) => {
		clicks++;
		await target.click();
	};

	// Create the news item (a page of its own, then the editor).
	await page.goto(`/${locale}/sites/wsm/entries/new`);
	await page.getByLabel(m.editing_col_type({}, { locale })).selectOption('news');
	const nlTitle = `Vakbonden in Benin ${run}`;
	await page.getByRole('textbox', { name: m.editing_field_title({}, { locale }) }).fill(nlTitle);
	await click(page.getByRole('button', { name: m.editing_create({}, { locale }) }));
	await expect(page).toHaveURL(/\?created=1$/);
	await expect(bodyField(page, 'nl')).toBeVisible();
	const loadsAtEditor = counter.loads;

	// Dutch, half-way; then French, then back: the Dutch text is still there, unsaved.
	await click(bodyField(page, 'nl'));
	await page.keyboard.insertText('Vakbonden in Benin werken samen');
	await click(tab(page, 'fr'));
	await expect(panel(page, 'fr').getByRole('region', { name: /^Brontekst/ })).toContainText(nlTitle);
	const frTitle = `Les syndicats au Bénin ${run}`;
	await titleField(page, 'fr').fill(frTitle);
	await click(tab(page, 'nl'));
	await expect(bodyField(page, 'nl')).toContainText('Vakbonden in Benin werken samen');
	await typeInBody(page, 'nl', ' voor waardig werk.');

	// English: saved as a draft; French and Dutch keep what was typed.
	await click(tab(page, 'en'));
	const enTitle = `Unions in Benin ${run}`;
	await titleField(page, 'en').fill(enTitle);
	await typeInBody(page, 'en', 'Unions in Benin work together.');
	await click(panel(page, 'en').getByRole('button', { name: m.editing_save_draft({}, { locale }) }));
	const message = page.locator('#editor-message');
	await expect(message).toContainText(m.editing_done_draft({ language: language('en') }, { locale }));
	await expect(message).toBeFocused();
	await click(tab(page, 'fr'));
	await expect(titleField(page, 'fr')).toHaveValue(frTitle);

	// The picture: uploaded and picked in the picture field's dialog, without leaving the editor.
	const filename = `benin-${run}.png`;
	const alt = altTexts(filename);
	const choose = detailsForm(page).getByRole('link', { name: m.editing_image_choose({}, { locale }) });
	await click(choose);
	await expect(pickerDialog(page)).toBeVisible();
	await click(await uploadInPicker(page, filename, click));
	await expect(pickerDialog(page)).toBeHidden();
	await expect(detailsForm(page).getByRole('img', { name: alt.nl })).toBeVisible();

	// A theme and the country Benin, saved with the picture: no reload, the message has focus,
	// and the Dutch and French text typed meanwhile (not saved yet) is all still there.
	const theme = seedTags[0]!;
	await click(detailsForm(page).getByRole('checkbox', { name: theme.labels.nl, exact: true }));
	await click(detailsForm(page).getByRole('checkbox', { name: 'Benin', exact: true }));
	await click(detailsForm(page).getByRole('button', { name: m.editing_save_details({}, { locale }) }));
	await expect(message).toHaveText(m.editing_details_saved({}, { locale }));
	await expect(message).toBeFocused();
	await expect(titleField(page, 'fr')).toHaveValue(frTitle);
	await expect(detailsForm(page).getByRole('checkbox', { name: 'Benin', exact: true })).toBeChecked();
	await expect(detailsForm(page).getByRole('img', { name: alt.nl })).toBeVisible();
	await expect(page.locator('textarea#body-nl')).toHaveValue(
		'Vakbonden in Benin werken samen voor waardig werk.'
	);

	// French: its body, then scheduled an hour ahead (Brussels time).
	await typeInBody(page, 'fr', 'Les syndicats béninois travaillent ensemble.');
	await click(panel(page, 'fr').getByText(m.editing_schedule_open({}, { locale })));
	const later = new Date(Date.now() + 60 * 60_000);
	await panel(page, 'fr')
		.getByLabel(m.editing_field_publish_at({}, { locale }))
		.fill(dateTimeLocalValue(later));
	await click(panel(page, 'fr').getByRole('button', { name: m.editing_schedule_confirm({}, { locale }) }));
	const scheduled = m.editing_done_scheduled({ language: language('fr'), time: 'TIME' }, { locale });
	await expect(message).toContainText(new RegExp(escape(scheduled).replace('TIME', '.+')));
	await expect(message).toBeFocused();

	// Dutch: still as typed, published now.
	await click(tab(page, 'nl'));
	await expect(bodyField(page, 'nl')).toContainText('Vakbonden in Benin werken samen voor waardig werk.');
	await click(panel(page, 'nl').getByRole('button', { name: m.editing_publish_now({}, { locale }) }));
	await expect(message).toHaveText(
		`${m.editing_done_published({ language: language('nl') }, { locale })} — ${m.editing_view_live({}, { locale })}`
	);
	await expect(message).toBeFocused();

	// No full page load from the editor's first load on: languages, saves and messages are in place.
	expect(counter.loads).toBe(loadsAtEditor);
	test.info().annotations.push({
		type: 'journey',
		description: `${counter.loads} page loads (create and editor), ${clicks} clicks`
	});
	console.log(`editor journey: ${counter.loads} page loads, ${clicks} clicks`);

	// The link opens the live page, which shows the title.
	const live = await message
		.getByRole('link', { name: m.editing_view_live({}, { locale }) })
		.getAttribute('href');
	expect(live).toMatch(new RegExp(`^${wsm}/nl/`));
	const answer = await page.request.get(live!);
	expect(answer.status()).toBe(200);
	expect(await answer.text()).toContain(nlTitle);

	// What was stored: Dutch published, French scheduled, English a draft, each with its text.
	const entryId = new URL(page.url()).pathname.split('/').at(-1)!;
	const rows = await db
		.selectFrom('entry_translations')
		.select(['locale', 'title', 'status', 'body'])
		.where('entry_id', '=', entryId)
		.orderBy('locale')
		.execute();
	expect(rows.map((row) => [row.locale, row.title, row.status])).toEqual([
		['en', enTitle, 'draft'],
		['fr', frTitle, 'scheduled'],
		['nl', nlTitle, 'published']
	]);
	expect(rows.find((row) => row.locale === 'nl')?.body).toBe(
		'Vakbonden in Benin werken samen voor waardig werk.'
	);
	expect(errors).toEqual([]);

	// On WSM's Benin page, and in the news list filtered on the theme, with its picture.
	const benin = await visit(browser, `${sectionPath('network', 'nl')}/benin`);
	expect(benin.response?.status()).toBe(200);
	await expect(benin.page.getByRole('link', { name: nlTitle })).toBeVisible();
	await benin.close();
	const list = await visit(browser, `${sectionPath('news', 'nl')}?tag=${theme.slugs.nl}`);
	expect(list.response?.status()).toBe(200);
	await expect(list.page.getByRole('link', { name: nlTitle })).toBeVisible();
	await expect(list.page.getByRole('img', { name: alt.nl })).toBeVisible();
	await list.close();
	await db.deleteFrom('entries').where('id', '=', entryId).execute();
});

test('autosave stores a published text’s changes without publishing them; reopening brings them back', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(60_000);
	await signIn(db, context, baseURL, staff.an);
	const title = `Autosave ${run}`;
	const { entryId, slug } = await wsmNews(db, title, 'published');
	const path = `/${locale}/sites/wsm/entries/${entryId}`;
	const publicPath = `${wsm}${sectionPath('news', 'nl')}/${slug}`;
	expect(await (await page.request.get(publicPath)).text()).toContain('Wat online staat.');

	await page.goto(path);
	await typeInBody(page, 'nl', ' Nog een zin, niet gepubliceerd.');
	// A few seconds after typing stops, said politely under the buttons.
	await expect(panel(page, 'nl').getByText(/^Concept automatisch bewaard om \d/)).toBeVisible({
		timeout: 10_000
	});
	const stored = await db
		.selectFrom('entry_autosaves')
		.select(['body'])
		.where('entry_id', '=', entryId)
		.executeTakeFirstOrThrow();
	expect(stored.body).toBe('Wat online staat. Nog een zin, niet gepubliceerd.');
	// The live text did not change.
	const live = await db
		.selectFrom('entry_translations')
		.select(['body', 'version'])
		.where('entry_id', '=', entryId)
		.executeTakeFirstOrThrow();
	expect(live.body).toBe('Wat online staat.');
	expect(await (await page.request.get(publicPath)).text()).not.toContain('Nog een zin');

	// Reopened (no warning: it is stored): the autosaved text, with a notice to keep or discard it.
	await page.goto(path);
	await expect(bodyField(page, 'nl')).toContainText('Nog een zin, niet gepubliceerd.');
	await expect(page.getByText(/^Niet-bewaarde wijzigingen van .+ teruggezet$/)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: m.editing_autosave_discard({}, { locale }) }).click();
	await expect(page.locator('#editor-message')).toHaveText(
		m.editing_autosave_discarded({ language: language('nl') }, { locale })
	);
	await expect(bodyField(page, 'nl')).not.toContainText('Nog een zin');

	// Only from the editor's own pages, and only for the site's editors.
	const url = `${path}/autosave`;
	const form = { locale: 'nl', expectedVersion: String(live.version), title, summary: '', body: 'X' };
	expect((await page.request.post(url, { form, headers: { origin: 'https://evil.example' } })).status()).toBe(
		403
	);
	expect(
		(
			await page.request.post(url, { form: { ...form, expectedVersion: '1' }, headers: { origin: baseURL! } })
		).status()
	).toBe(409);
	expect(
		(
			await page.request.post(url, { form: { ...form, locale: 'xx' }, headers: { origin: baseURL! } })
		).status()
	).toBe(400);
	await db.deleteFrom('entries').where('id', '=', entryId).execute();
});

test('leaving with unsaved text asks first, by link and by closing the tab', async ({
	page,
	context,
	baseURL
}) => {
	await signIn(db, context, baseURL, staff.an);
	const { entryId } = await wsmNews(db, `Vertrekken ${run}`, 'draft');
	await page.goto(`/${locale}/sites/wsm/entries/${entryId}`);
	await expect(bodyField(page, 'nl')).toBeVisible();
	await titleField(page, 'nl').fill(`Vertrekken, herzien ${run}`);

	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.type());
		void dialog.dismiss();
	});
	await page
		.getByRole('navigation', { name: m.breadcrumb({}, { locale }) })
		.getByRole('link', { name: 'WSM', exact: true })
		.click();
	await expect.poll(() => dialogs).toEqual(['confirm']);
	// Dismissed: still on the editor, the text as typed.
	await expect(page).toHaveURL(new RegExp(`/entries/${entryId}`));
	await expect(titleField(page, 'nl')).toHaveValue(`Vertrekken, herzien ${run}`);
	await page.close({ runBeforeUnload: true });
	await expect.poll(() => dialogs).toEqual(['confirm', 'beforeunload']);
	await db.deleteFrom('entries').where('id', '=', entryId).execute();
});

test('every editor state passes axe at 1366 and 390 px, and nothing scrolls sideways on a phone', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(90_000);
	await signIn(db, context, baseURL, staff.an);
	const { entryId } = await wsmNews(db, `Toegankelijk ${run}`, 'draft');
	const path = `/${locale}/sites/wsm/entries/${entryId}`;
	const check = (state: string) => expectFits(page, state);

	await page.goto(path);
	await expect(bodyField(page, 'nl')).toBeVisible();
	await check('tab nl');
	// The whole page, not the old 5,000-px column: the open language beside the side panel, whose
	// long lists (the network's countries) scroll in a box of their own.
	const heights = await page.evaluate(() =>
		['html', '.main', '.side'].map((selector) => Math.round(document.querySelector(selector)!.scrollHeight))
	);
	expect(heights[0], `page, languages, side panel: ${heights.join(', ')} px`).toBeLessThan(4000);

	await tab(page, 'fr').click();
	// The arrow keys move between tabs too (the ARIA tabs pattern).
	await page.keyboard.press('ArrowRight');
	await expect(tab(page, 'en')).toBeFocused();
	await expect(tab(page, 'en')).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowLeft');
	await expect(panel(page, 'fr').getByRole('region', { name: /^Brontekst/ })).toBeVisible();
	await check('tab fr with the source beside');

	await panel(page, 'fr').getByText(m.editing_schedule_open({}, { locale })).click();
	await expect(panel(page, 'fr').getByLabel(m.editing_field_publish_at({}, { locale }))).toBeVisible();
	await check('schedule revealed');

	await tab(page, 'nl').click();
	await panel(page, 'nl')
		.getByRole('button', { name: m.editing_save_draft({}, { locale }) })
		.click();
	await expect(page.locator('#editor-message')).toBeFocused();
	await check('message shown');

	// Someone else saves in between: the 409 shows both versions.
	await db
		.updateTable('entry_translations')
		.set((eb) => ({ version: eb('version', '+', 1), title: `Iemand anders ${run}` }))
		.where('entry_id', '=', entryId)
		.execute();
	await titleField(page, 'nl').fill(`Ik ${run}`);
	await panel(page, 'nl')
		.getByRole('button', { name: m.editing_save_draft({}, { locale }) })
		.click();
	await expect(page.getByRole('region', { name: m.editing_conflict_title({}, { locale }) })).toBeVisible();
	await check('conflict');
	await db.deleteFrom('entries').where('id', '=', entryId).execute();
});

test('without JavaScript: each language is a link, a publish button posts, the message has focus', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	await signIn(db, context, baseURL, staff.an);
	const page = await context.newPage();
	const { entryId } = await wsmNews(db, `Zonder script ${run}`, 'draft');
	const path = `/${locale}/sites/wsm/entries/${entryId}`;
	await page.goto(path);
	await expect(panel(page, 'fr')).toBeHidden();
	await tab(page, 'fr').click();
	await expect(page).toHaveURL(`${path}?lang=fr`);
	await expect(panel(page, 'nl')).toBeHidden();
	const frTitle = `Sans script ${run}`;
	await titleField(page, 'fr').fill(frTitle);
	await panel(page, 'fr')
		.getByRole('textbox', { name: m.editing_field_body({}, { locale }) })
		.fill('Un texte sans JavaScript.');
	await panel(page, 'fr')
		.getByRole('button', { name: m.editing_publish_now({}, { locale }) })
		.click();
	await expect(page).toHaveURL(`${path}?published=fr`);
	const message = page.locator('#editor-message');
	await expect(message).toBeFocused();
	await expect(message).toContainText(m.editing_done_published({ language: language('fr') }, { locale }));
	await expect(tab(page, 'fr')).toHaveAttribute('aria-selected', 'true');
	await expect(titleField(page, 'fr')).toHaveValue(frTitle);
	await context.close();
	await db.deleteFrom('entries').where('id', '=', entryId).execute();
});
