// Images and links inserted into a text from the site's own library and pages: the editor picks
// them from lists beside the text (in the text's language), and the WSM site then shows the image,
// described in that language, and a link that leads to the page.
import { expect, test, type Page } from '@playwright/test';
import { createEntry } from '@solidair/db/editing';
import { languageName, sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { samplePng } from '@solidair/site-kit/e2e';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { ports } from '@solidair/tooling/ports';
import { e2eDb, run, signIn, staff, userId } from '@solidair/account/e2e/staff';

const db = e2eDb();
test.afterAll(() => db.destroy());

const locale = 'nl';
const wsm = `http://127.0.0.1:${ports.wsm}`;
const alt = {
	nl: `Vrouwen op de markt ${run}`,
	fr: `Des femmes au marché ${run}`,
	en: `Women at the market ${run}`,
	es: `Mujeres en el mercado ${run}`
};

/** A WSM news item in Dutch, published or not; its id and Dutch slug. */
async function wsmNews(title: string, published: boolean) {
	const result = await createEntry(db, {
		siteId: 'wsm',
		type: 'news',
		sourceLocale: 'nl',
		title,
		body: 'Eerste alinea.',
		userId: await userId(db, staff.an)
	});
	if (result.kind !== 'created') throw new Error(`not created: ${result.kind}`);
	if (published)
		await db
			.updateTable('entry_translations')
			.set({ status: 'published', published_at: new Date() })
			.where('id', '=', result.translation.id)
			.execute();
	return { entryId: result.entryId, slug: result.translation.slug };
}

const section = (page: Page, code: Locale) =>
	page.getByRole('tabpanel', { name: new RegExp(`^${languageName(code, locale)}`) });

test('an editor inserts a library image and a link to another page; the WSM site shows both', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(90_000);
	await signIn(db, context, baseURL, staff.an);

	// An image in WSM's library, described in every language of the site.
	await page.goto(`/${locale}/sites/wsm/media`);
	await page.locator('input#file').setInputFiles({
		name: `markt-${run}.png`,
		mimeType: 'image/png',
		buffer: samplePng(Date.now() + 7)
	});
	for (const [code, text] of Object.entries(alt)) await page.locator(`#alt-${code}`).fill(text);
	await page.getByRole('button', { name: m.media_upload_submit({}, { locale }) }).click();
	await expect(page.getByText(m.media_uploaded({}, { locale }))).toBeVisible();
	const imageId = new URL(page.url()).pathname.split('/').at(-1)!;

	const target = await wsmNews(`Sociale bescherming voor iedereen ${run}`, true);
	const news = await wsmNews(`Een markt in La Paz ${run}`, false);
	await page.goto(`/${locale}/sites/wsm/entries/${news.entryId}`);
	const dutch = section(page, 'nl');
	const editor = dutch.locator('.cm-content');
	await expect(editor).toBeVisible();

	// The lists are in the text's language: the French one (on its tab) offers the French description.
	const language = (code: Locale) => languageName(code, locale);
	const tab = (code: Locale) => page.getByRole('tab', { name: new RegExp(`^${language(code)}`) });
	await tab('fr').click();
	await expect(
		section(page, 'fr').getByRole('combobox', {
			name: m.editing_insert_image({ language: language('fr') }, { locale })
		})
	).toContainText(alt.fr);
	await tab('nl').click();

	// The image after the first paragraph, then a link at the end of the text.
	await editor.click();
	await page.keyboard.press('ControlOrMeta+End');
	await dutch
		.getByRole('combobox', { name: m.editing_insert_image({ language: language('nl') }, { locale }) })
		.selectOption({ label: `markt-${run}.png · ${alt.nl}` });
	await dutch.getByRole('button', { name: m.editing_insert_image_button({}, { locale }) }).click();
	await expect(editor).toBeFocused();
	await page.keyboard.insertText('Lees ook: ');
	await dutch
		.getByRole('combobox', { name: m.editing_insert_link({ language: language('nl') }, { locale }) })
		.selectOption({ label: `${m.type_news({}, { locale })} · Sociale bescherming voor iedereen ${run}` });
	await dutch.getByRole('button', { name: m.editing_insert_link_button({}, { locale }) }).click();
	await expectAccessible(page);

	await dutch.getByRole('button', { name: m.editing_publish_now({}, { locale }) }).click();
	await expect(page.getByRole('status')).toContainText(
		m.editing_done_published({ language: language('nl') }, { locale })
	);
	const stored = await db
		.selectFrom('entry_translations')
		.select('body')
		.where('entry_id', '=', news.entryId)
		.where('locale', '=', 'nl')
		.executeTakeFirstOrThrow();
	const targetPath = `${sectionPath('news', 'nl')}/${target.slug}`;
	expect(stored.body).toMatch(
		new RegExp(
			`^Eerste alinea\\.\\n\\n!\\[${alt.nl}\\]\\(/media/${imageId}/\\d+w-[0-9a-f]{12}\\.jpg\\)\\n\\nLees ook: \\[Sociale bescherming voor iedereen ${run}\\]\\(${targetPath}\\)$`
		)
	);

	// On the site: the image, described in Dutch and served, and the link, which leads to the page.
	const site = await context.browser()!.newContext({ baseURL: wsm });
	const visitor = await site.newPage();
	expect((await visitor.goto(`${sectionPath('news', 'nl')}/${news.slug}`))?.status()).toBe(200);
	const image = visitor.getByRole('img', { name: alt.nl });
	await expect(image).toBeVisible();
	const served = await visitor.request.get((await image.getAttribute('src'))!);
	expect(served.status()).toBe(200);
	expect(served.headers()['content-type']).toBe('image/jpeg');
	// In the text (the page's list of other news has a link to it too).
	await visitor
		.getByText('Lees ook:')
		.getByRole('link', { name: `Sociale bescherming voor iedereen ${run}` })
		.click();
	await expect(visitor).toHaveURL(`${wsm}${targetPath}`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
		`Sociale bescherming voor iedereen ${run}`
	);
	await site.close();

	// The library knows where the image is used, so it cannot be deleted from under the text.
	await page.goto(`/${locale}/sites/wsm/media/${imageId}`);
	await expect(page.getByRole('link', { name: `Een markt in La Paz ${run}` })).toBeVisible();
	await expect(page.getByRole('button', { name: m.media_delete({}, { locale }) })).toBeDisabled();
});
