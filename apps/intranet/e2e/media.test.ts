// The sites' media library as an editor uses it: an upload needs a description in every language
// of the site (or to be marked decorative), disguised files are refused, the focal point is saved,
// an image in use cannot be deleted and an unused one can. The other site's editor gets 404.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { samplePng as png } from '@solidair/site-kit/e2e';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { e2eDb, run, signedInPage, staff } from '@solidair/account/e2e/staff';

const db = e2eDb();
test.afterAll(() => db.destroy());

const locale = 'nl';
const library = `/${locale}/sites/wsm/media`;
const wsmLocales = ['nl', 'fr', 'en', 'es'] as const;

test('an editor uploads, describes, crops and deletes an image; refusals keep what was typed', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	// WSM's editor finds the library in the navigation.
	await page.goto(`/${locale}`);
	await page
		.getByRole('navigation', { name: m.primary_navigation({}, { locale }) })
		.getByRole('link', { name: m.media_nav({}, { locale }) })
		.click();
	await expect(page).toHaveURL(library);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		m.media_title({ site: 'WSM' }, { locale })
	);
	await expectAccessible(page);
	const upload = page.getByRole('region', { name: m.media_upload({}, { locale }) });
	const filename = `betoging-${run}.png`;

	// A PDF named .png is no image: refused, and the descriptions typed are still there.
	await upload.locator('input#file').setInputFiles({
		name: 'verslag.png',
		mimeType: 'image/png',
		buffer: Buffer.from('%PDF-1.7\n%%EOF\n')
	});
	const alt = {
		nl: `Betoging in Brussel ${run}`,
		fr: `Manifestation à Bruxelles ${run}`,
		en: `March in Brussels ${run}`
	};
	for (const [code, text] of Object.entries(alt)) await upload.locator(`#alt-${code}`).fill(text);
	await upload.getByRole('button', { name: m.media_upload_submit({}, { locale }) }).click();
	await expect(page.locator('#file-error')).toContainText(m.media_error_not_an_image({}, { locale }));
	// Spanish was left out: that is asked for too, in the editor's language.
	await expect(page.locator('#alt-es-error')).toContainText(
		m.media_error_alt_required({ language: 'Spaans' }, { locale })
	);
	await expect(upload.locator('#alt-fr')).toHaveValue(alt.fr);
	await expectAccessible(page);

	// A real image with every description.
	await upload.locator('input#file').setInputFiles({
		name: filename,
		mimeType: 'image/png',
		buffer: png(Date.now())
	});
	await upload.locator('#alt-es').fill(`Manifestación en Bruselas ${run}`);
	await upload.getByRole('button', { name: m.media_upload_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`${library}/[0-9a-f-]{36}\\?done=uploaded$`));
	await expect(page.getByText(m.media_uploaded({}, { locale }))).toBeVisible();
	const imageId = new URL(page.url()).pathname.split('/').at(-1)!;
	await expectAccessible(page);

	// Its copies are served to staff: a real AVIF file.
	const src = await page.locator('picture source[type="image/avif"]').first().getAttribute('srcset');
	const copy = await page.request.get(src!.split(' ')[0]!);
	expect(copy.status()).toBe(200);
	expect(copy.headers()['content-type']).toBe('image/avif');
	// The Markdown to insert points at the site's own address for the copy.
	await expect(page.locator('pre code')).toHaveText(
		new RegExp(`^!\\[Betoging in Brussel ${run}\\]\\(/media/${imageId}/\\d+w-[0-9a-f]{12}\\.jpg\\)$`)
	);

	// The focal point: out of range is refused; in range is saved.
	await page.locator('#focalX').fill('150');
	await page.locator('#focalY').fill('20');
	await page.getByRole('button', { name: m.media_save({}, { locale }) }).click();
	await expect(page.locator('#focalX-error')).toContainText(m.media_error_focal({}, { locale }));
	await expect(page.locator('#focalY')).toHaveValue('20');
	await page.locator('#focalX').fill('30');
	await page.getByRole('button', { name: m.media_save({}, { locale }) }).click();
	await expect(page.getByText(m.media_saved({}, { locale }))).toBeVisible();
	const row = await db
		.selectFrom('media')
		.select(['focal_x', 'focal_y'])
		.where('id', '=', imageId)
		.executeTakeFirstOrThrow();
	expect([row.focal_x, row.focal_y].map((value) => Math.round(value! * 100))).toEqual([30, 20]);

	// An address that names no image (not even an id) is a 404, not an error.
	for (const path of [`${library}/abc`, `${library}/${imageId.slice(0, -1)}x`])
		expect((await page.request.get(path)).status(), path).toBe(404);

	// The library lists it; the FOS editor cannot see it, its page, or its copies.
	await page.goto(`${library}?q=${encodeURIComponent(run)}`);
	await expect(page.getByRole('link', { name: filename })).toBeVisible();
	const fos = await signedInPage(db, browser, baseURL, staff.tom);
	for (const path of [library, `${library}/${imageId}`, src!.split(' ')[0]!]) {
		expect((await fos.page.request.get(path)).status(), path).toBe(404);
	}
	await fos.context.close();

	// Used in a news item's text, it cannot be deleted; once unused, it can.
	const news = await db
		.insertInto('entries')
		.values({
			site_id: 'wsm',
			type: 'news',
			source_locale: 'nl',
			key: null,
			section: null,
			author_name: null,
			image_id: null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('entry_translations')
		.values({
			entry_id: news.id,
			site_id: 'wsm',
			entry_type: 'news',
			locale: 'nl',
			slug: `beeld-${run}`,
			title: `Nieuws met beeld ${run}`,
			body: `![Betoging](/media/${imageId}/960w-000000000000.jpg)`,
			seo_title: null,
			seo_description: null,
			published_at: null,
			source_updated_at: null
		})
		.execute();
	await page.goto(`${library}/${imageId}`);
	await expect(page.getByRole('link', { name: `Nieuws met beeld ${run}` })).toBeVisible();
	await expect(page.getByRole('button', { name: m.media_delete({}, { locale }) })).toBeDisabled();
	const refused = await page.request.post(`${library}/${imageId}?/delete`, {
		headers: { origin: new URL(baseURL!).origin },
		form: {}
	});
	expect(refused.status()).toBe(409);
	await db.deleteFrom('entries').where('id', '=', news.id).execute();
	await page.reload();
	await page.getByRole('button', { name: m.media_delete({}, { locale }) }).click();
	await expect(page).toHaveURL(`${library}?done=deleted`);
	expect(await db.selectFrom('media').select('id').where('id', '=', imageId).execute()).toEqual([]);
	await context.close();
});

test('a decorative image needs no description', async ({ browser, baseURL }) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	await page.goto(library);
	const upload = page.getByRole('region', { name: m.media_upload({}, { locale }) });
	await upload.locator('input#file').setInputFiles({
		name: `lijn-${run}.png`,
		mimeType: 'image/png',
		buffer: png(Date.now() + 7)
	});
	await upload.getByLabel(m.media_field_decorative({}, { locale })).check();
	await upload.getByRole('button', { name: m.media_upload_submit({}, { locale }) }).click();
	await expect(page.getByText(m.media_uploaded({}, { locale }))).toBeVisible();
	for (const code of wsmLocales) await expect(page.locator(`#alt-${code}`)).toHaveValue('');
	await expect(page.getByLabel(m.media_field_decorative({}, { locale }))).toBeChecked();
	await context.close();
});

test('an upload too large to read comes back as a 413 with the reason at the file field, not an error page', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	const response = await page.request.post(`${library}?/upload`, {
		headers: { origin: new URL(baseURL!).origin, accept: 'text/html' },
		multipart: {
			'alt-nl': 'Te groot',
			file: { name: 'groot.png', mimeType: 'image/png', buffer: Buffer.alloc(31 * 1024 * 1024) }
		}
	});
	expect(response.status()).toBe(413);
	const html = await response.text();
	expect(html).toContain('id="file-error"');
	expect(html).toContain(m.files_error_too_large({}, { locale }));
	await context.close();
});
