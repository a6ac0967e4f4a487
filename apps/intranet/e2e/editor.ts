// What the entry editor's e2e tests share: its tabs and fields as a person finds them, the picker
// dialog and an upload in it, the checks at 1366 and 390 px, and a WSM news item made in the database.
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { createEntry, saveTranslation } from '@solidair/db/editing';
import { languageName, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { samplePng } from '@solidair/site-kit/e2e';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { ports } from '@solidair/tooling/ports';
import { staff, userId, type e2eDb } from '@solidair/account/e2e/staff';

type Db = ReturnType<typeof e2eDb>;

export const locale = 'nl';
export const wsm = `http://127.0.0.1:${ports.wsm}`;
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const language = (code: Locale) => languageName(code, locale);
export const tab = (page: Page, code: Locale) =>
	page.getByRole('tab', { name: new RegExp(`^${language(code)}`) });
export const panel = (page: Page, code: Locale) =>
	page.getByRole('tabpanel', { name: new RegExp(`^${language(code)}`) });
export const titleField = (page: Page, code: Locale) =>
	panel(page, code).getByRole('textbox', { name: m.editing_field_title({}, { locale }) });
export const bodyField = (page: Page, code: Locale) => panel(page, code).locator('.cm-content');

export const detailsForm = (page: Page) => page.locator('form[action="?/details"]');
export const pickerDialog = (page: Page) =>
	page.getByRole('dialog', { name: m.media_pick_title({}, { locale }) });

/** axe at 1366 and 390 px; at 390 nothing scrolls sideways (what sticks out is named). */
export async function expectFits(page: Page, state: string) {
	for (const width of [1366, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await expectAccessible(page);
		if (width === 390) {
			const wide = await page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((element) => element.getBoundingClientRect().right > 391)
					.slice(0, 6)
					.map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
			);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				`${state}: ${wide.join(', ')}`
			).toBeLessThanOrEqual(390);
		}
	}
	await page.setViewportSize({ width: 1366, height: 900 });
}

/** Descriptions of an uploaded image in WSM's four languages. */
export const altTexts = (name: string) => ({
	nl: `Vakbondsvergadering in Cotonou ${name}`,
	fr: `Réunion syndicale à Cotonou ${name}`,
	en: `Union meeting in Cotonou ${name}`,
	es: `Reunión sindical en Cotonú ${name}`
});

/**
 * Uploads an image in the open picker dialog (its "add" section), described in every language,
 * and returns the button that picks it once the grid shows it. Counts its clicks with `click`.
 */
export async function uploadInPicker(
	page: Page,
	filename: string,
	click: (target: Locator) => Promise<void>
) {
	const dialog = pickerDialog(page);
	await click(dialog.getByText(m.media_upload({}, { locale }), { exact: true }));
	await dialog
		.locator('input#picker-file')
		.setInputFiles({ name: filename, mimeType: 'image/png', buffer: samplePng(Date.now()) });
	for (const [code, text] of Object.entries(altTexts(filename)))
		await dialog.locator(`#picker-alt-${code}`).fill(text);
	await click(dialog.getByRole('button', { name: m.media_upload_submit({}, { locale }) }));
	const pick = dialog.getByRole('button', { name: m.media_pick_image({ name: filename }, { locale }) });
	await expect(pick).toBeVisible({ timeout: 30_000 });
	return pick;
}

/** A page of the WSM site in a fresh browser context: nothing from an earlier visit's cache. */
export async function visit(browser: Browser, path: string) {
	const context = await browser.newContext({ baseURL: wsm });
	const page = await context.newPage();
	const response = await page.goto(path);
	return { page, response, close: () => context.close() };
}

/** The main text of a public page of WSM (answering 200), in a fresh browser context. */
export async function publicText(browser: Browser, path: string) {
	const visited = await visit(browser, path);
	expect(visited.response?.status()).toBe(200);
	const text = await visited.page.locator('main').innerText();
	await visited.close();
	return text;
}

/** Full page loads of the main frame, from now on. */
export function countLoads(page: Page) {
	const counter = { loads: 0 };
	page.on('load', () => counter.loads++);
	return counter;
}

/** A news item of WSM with its Dutch text, made in the database. */
export async function wsmNews(db: Db, title: string, status: 'draft' | 'published') {
	const userIdOfAn = await userId(db, staff.an);
	const made = await createEntry(db, {
		siteId: 'wsm',
		type: 'news',
		sourceLocale: 'nl',
		title,
		body: 'Wat online staat.',
		userId: userIdOfAn
	});
	if (made.kind !== 'created') throw new Error(made.kind);
	if (status === 'published') {
		const saved = await saveTranslation(db, {
			siteId: 'wsm',
			entryId: made.entryId,
			locale: 'nl',
			expectedVersion: made.translation.version,
			title,
			slug: made.translation.slug,
			summary: '',
			body: 'Wat online staat.',
			status: 'published',
			userId: userIdOfAn
		});
		if (saved.kind !== 'saved') throw new Error(saved.kind);
	}
	return { entryId: made.entryId, slug: made.translation.slug };
}

/** Appends text at the end of a language's body. */
export async function typeInBody(page: Page, code: Locale, text: string) {
	await bodyField(page, code).click();
	await page.keyboard.press('ControlOrMeta+End');
	await page.keyboard.insertText(text);
}
