// A publication's file per language, attached in the intranet's "Files" section: the WSM editor
// makes a publication, publishes its Dutch text and uploads a Dutch PDF; the WSM site's
// publications page then lists it with a link to exactly those bytes. A PNG named .pdf is refused
// with the reason at the field, in Dutch. A French PDF, with no French text public, is not offered.
// Removing the Dutch file takes it off the site and out of storage. Staff are signed in with a
// session made in the database.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { fileStore } from '@solidair/db/storage';
import { languageName, sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { samplePng } from '@solidair/site-kit/e2e';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { pdf } from '@solidair/account/e2e/members';
import { ports } from '@solidair/tooling/ports';
import { e2eDb, run, signedInPage, staff } from '@solidair/account/e2e/staff';

const db = e2eDb();
test.afterAll(() => db.destroy());

const locale = 'nl';
const wsm = `http://127.0.0.1:${ports.wsm}`;
const dutchName = languageName('nl', locale);
// Where the servers (started in the repository's root) keep uploads.
const mediaDir = resolve(import.meta.dirname, '../../..', process.env.MEDIA_DIR ?? '.data/media');

const filesOf = (page: Page) => page.getByRole('region', { name: m.editing_files({}, { locale }) });

/** Uploads `file` as the file in `code` (Dutch unless told); the answer to the post. */
async function upload(
	page: Page,
	file: { name: string; mimeType: string; buffer: Buffer },
	code: Locale = 'nl'
) {
	const files = filesOf(page);
	const language = languageName(code, locale);
	await files.getByLabel(m.editing_file_field({ language }, { locale })).setInputFiles(file);
	const form = files
		.locator('form[action^="?/file"]')
		.filter({ has: page.locator(`input[name="locale"][value="${code}"]`) });
	const [response] = await Promise.all([
		page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
		form.getByRole('button', { name: m.editing_file_upload({}, { locale }) }).click()
	]);
	return actionStatus(response);
}

/**
 * The action's status: with a script the editor's forms are enhanced (no reload), so the answer
 * is the action's result as JSON, a redirect's status (303) inside.
 */
async function actionStatus(response: Response) {
	// A refusal keeps its status; a redirect is answered 200, with the redirect inside.
	if (response.status() !== 200) return response;
	const result = (await response.json()) as { type: string; status: number };
	return { status: () => result.status };
}

test('a publication made in the intranet gets a Dutch PDF, which the WSM site offers for download', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { page, context } = await signedInPage(db, browser, baseURL, staff.an);

	// A new publication, with its title only.
	await page.goto(`/${locale}/sites/wsm/entries/new`);
	const title = `Jaarverslag ${run}`;
	await page.getByLabel(m.editing_col_type({}, { locale })).selectOption('publication');
	await page.getByRole('textbox', { name: m.editing_field_title({}, { locale }) }).fill(title);
	await page.getByRole('button', { name: m.editing_create({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/sites/wsm/entries/[0-9a-f-]{36}\\?created=1$`));
	const editPath = new URL(page.url()).pathname;

	// Its Dutch text, published.
	const dutch = page.getByRole('tabpanel', { name: new RegExp(`^${dutchName}`) });
	await expect(dutch.locator('.cm-content')).toBeVisible();
	const [published] = await Promise.all([
		page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
		dutch.getByRole('button', { name: m.editing_publish_now({}, { locale }) }).click()
	]);
	// The enhanced form's answer: the redirect, as JSON.
	expect(published.status()).toBe(200);
	expect(await published.json()).toMatchObject({ type: 'redirect' });
	await expect(page).toHaveURL(`${editPath}?published=nl`);
	await expect(filesOf(page).getByText(m.editing_file_none({}, { locale })).first()).toBeVisible();

	// A PNG named .pdf: refused at the field, in Dutch, and nothing attached.
	let response = await upload(page, {
		name: 'verslag.pdf',
		mimeType: 'application/pdf',
		buffer: samplePng(7)
	});
	expect(response.status()).toBe(400);
	const mismatch = m.files_error_mismatch({ extension: 'pdf' }, { locale });
	await expect(page.getByRole('link', { name: mismatch })).toBeVisible();
	await expect(filesOf(page).getByText(mismatch)).toBeVisible();
	await expectAccessible(page);

	// The real PDF.
	const bytes = pdf(`Jaarverslag ${run}`);
	const filename = `jaarverslag-${run}.pdf`;
	response = await upload(page, { name: filename, mimeType: 'application/pdf', buffer: bytes });
	expect(response.status()).toBe(303);
	await expect(page).toHaveURL(`${editPath}?file=nl#files`);
	await expect(page.getByRole('status')).toHaveText(
		m.editing_file_saved({ language: dutchName }, { locale })
	);
	await expect(filesOf(page).getByText(filename)).toBeVisible();
	await expectAccessible(page);

	// A French PDF too, though there is no French text (so nothing French is public).
	response = await upload(
		page,
		{ name: `rapport-${run}.pdf`, mimeType: 'application/pdf', buffer: pdf(`Rapport ${run}`) },
		'fr'
	);
	expect(response.status()).toBe(303);
	await expect(filesOf(page).getByText(`rapport-${run}.pdf`)).toBeVisible();
	await context.close();

	// On the WSM site's publications, its link downloads exactly those bytes; no French file is offered.
	const visitor = await browser.newContext({ baseURL: wsm });
	const site = await visitor.newPage();
	const listing = await site.goto(sectionPath('publications', 'nl'));
	expect(listing?.status()).toBe(200);
	const link = site.getByRole('link', { name: title });
	await expect(link).toBeVisible();
	await expect(site.getByRole('listitem').filter({ has: link }).locator('a[hreflang="fr"]')).toHaveCount(0);
	const href = await link.getAttribute('href');
	expect(href).toBeTruthy();
	const download = await visitor.request.get(new URL(href!, wsm).href);
	expect(download.status()).toBe(200);
	expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
	await visitor.close();

	// Back in the intranet, the Dutch file is removed: confirmed, and no longer offered to remove.
	const key = createHash('sha256').update(bytes).digest('hex');
	expect(existsSync(fileStore(mediaDir).path(key))).toBe(true);
	const editor = await signedInPage(db, browser, baseURL, staff.an);
	await editor.page.goto(editPath);
	const remove = filesOf(editor.page).getByRole('button', {
		name: m.editing_file_remove({ language: dutchName }, { locale })
	});
	// Once the editor has hydrated (its Markdown editor is there), the removal is enhanced too.
	await expect(editor.page.locator('.cm-content').first()).toBeVisible();
	const [removed] = await Promise.all([
		editor.page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
		remove.click()
	]);
	expect((await actionStatus(removed)).status()).toBe(303);
	await expect(editor.page).toHaveURL(`${editPath}?fileRemoved=nl#files`);
	await expect(editor.page.getByRole('status')).toHaveText(
		m.editing_file_removed({ language: dutchName }, { locale })
	);
	await expect(remove).toHaveCount(0);
	await expect(filesOf(editor.page).getByText(filename)).toHaveCount(0);
	await expectAccessible(editor.page);
	await editor.context.close();

	// Its bytes are gone from storage, and the site offers it no more (the old link is not found).
	// A new visitor: the first one's browser may keep the page for its max-age.
	const rows = await db.selectFrom('media').select('id').where('storage_key', '=', key).execute();
	expect(rows).toEqual([]);
	expect(existsSync(fileStore(mediaDir).path(key))).toBe(false);
	const later = await browser.newContext({ baseURL: wsm });
	const again = await later.newPage();
	expect((await again.goto(sectionPath('publications', 'nl')))?.status()).toBe(200);
	await expect(again.getByRole('link', { name: title })).toHaveCount(0);
	expect((await later.request.get(new URL(href!, wsm).href)).status()).toBe(404);
	await later.close();
});
