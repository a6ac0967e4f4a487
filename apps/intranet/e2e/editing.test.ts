// Editing the public sites from the intranet, as the editors of WSM and FOS work: a news item in two
// languages, one published at once and one scheduled, seen (or not yet) on the WSM site with the
// right hreflang alternates; signed previews; two windows saving the same text; revisions. The
// other site's editor meets a 404 everywhere. Staff are signed in with a session made in the
// database (the login pages have their own tests).
import { expect, test, type Browser, type Page, type Response } from '@playwright/test';
import { previewToken } from '@solidair/site-kit/preview-token';
import { createEntry } from '@solidair/db/editing';
import { dateTimeLocalValue, languageName, sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { e2ePreviewSecret } from '@solidair/tooling/playwright';
import {
	expectAccessible,
	expectConsistentAlternates,
	hreflangLinks,
	watchConsole
} from '@solidair/tooling/playwright/checks';
import { ports } from '@solidair/tooling/ports';
import { e2eDb, run, signedInPage, signIn, staff, userId } from '@solidair/account/e2e/staff';

const db = e2eDb();
test.afterAll(() => db.destroy());

const locale = 'nl';
const wsm = `http://127.0.0.1:${ports.wsm}`;
const fos = `http://127.0.0.1:${ports.fos}`;
const { an, tom } = staff; // the site editors of WSM and of FOS

/** A news item of WSM made in the database, for tests about something else than creating one. */
async function wsmNews(title: string): Promise<{ entryId: string; translationId: string }> {
	const result = await createEntry(db, {
		siteId: 'wsm',
		type: 'news',
		sourceLocale: 'nl',
		title,
		body: 'Eerste alinea.\n\nTweede alinea.',
		userId: await userId(db, an)
	});
	if (result.kind !== 'created') throw new Error(`not created: ${result.kind}`);
	return { entryId: result.entryId, translationId: result.translation.id };
}

/** One language's part of the edit page: its tab's panel (open it first with `openTab`). */
const languageSection = (page: Page, code: Locale) =>
	page.getByRole('tabpanel', { name: new RegExp(`^${languageName(code, locale)}`) });

/** Opens a language's tab. */
async function openTab(page: Page, code: Locale) {
	const tab = page.getByRole('tab', { name: new RegExp(`^${languageName(code, locale)}`) });
	await tab.click();
	await expect(tab).toHaveAttribute('aria-selected', 'true');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Types `text` into the section's Markdown editor (once loaded) in place of what it holds. */
async function typeBody(page: Page, code: Locale, text: string) {
	const editor = languageSection(page, code).locator('.cm-content');
	await expect(editor).toBeVisible();
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	// Line by line: Enter is the editor's own newline (no list or heading is continued here).
	for (const [index, line] of text.split('\n').entries()) {
		if (index > 0) await page.keyboard.press('Enter');
		if (line) await page.keyboard.insertText(line);
	}
}

/**
 * Fills in one language's form and presses one of its publish buttons (`save` keeps the status,
 * a new text becomes a draft); the answer to the post.
 */
async function saveTranslation(
	page: Page,
	code: Locale,
	fields: { title?: string; body?: string; intent?: 'save' | 'publish' | 'schedule'; publishAt?: string }
) {
	await openTab(page, code);
	const section = languageSection(page, code);
	// The editor appears once the page is hydrated: typing before that could be undone by it.
	await expect(section.locator('.cm-content')).toBeVisible();
	if (fields.title !== undefined)
		await section.getByRole('textbox', { name: m.editing_field_title({}, { locale }) }).fill(fields.title);
	if (fields.body !== undefined) await typeBody(page, code, fields.body);
	const language = languageName(code, locale);
	let button;
	if (fields.intent === 'schedule') {
		await section.getByText(m.editing_schedule_open({}, { locale })).click();
		await section.getByLabel(m.editing_field_publish_at({}, { locale })).fill(fields.publishAt ?? '');
		button = section.getByRole('button', { name: m.editing_schedule_confirm({}, { locale }) });
	} else if (fields.intent === 'publish') {
		button = section.getByRole('button', { name: m.editing_publish_now({}, { locale }) });
	} else {
		const save = m.editing_save({ language }, { locale });
		const draft = m.editing_save_draft({}, { locale });
		button = section.getByRole('button', { name: new RegExp(`^(${escape(save)}|${escape(draft)})$`) });
	}
	const [response] = await Promise.all([
		page.waitForResponse(
			(candidate) => candidate.request().method() === 'POST' && candidate.url().includes('?/')
		),
		button.click()
	]);
	return response;
}

/** A save that went through: the enhanced form's answer is the redirect, as JSON. */
async function expectSaved(response: Response) {
	expect(response.status()).toBe(200);
	expect(await response.json()).toMatchObject({ type: 'redirect' });
}

const slugField = (page: Page, code: Locale) =>
	languageSection(page, code).getByRole('textbox', { name: m.editing_field_slug({}, { locale }) });

const slugIn = (page: Page, code: Locale) =>
	languageSection(page, code)
		.getByRole('textbox', { name: m.editing_field_slug({}, { locale }) })
		.inputValue();

/** A page of the WSM site in a fresh browser context: nothing from an earlier visit's cache. */
async function visit(browser: Browser, path: string) {
	const context = await browser.newContext({ baseURL: wsm });
	const page = await context.newPage();
	const response = await page.goto(path);
	return { page, response, close: () => context.close() };
}

test('the WSM editor writes a news item in Dutch and French: Dutch goes live at once, French at its time', async ({
	page,
	context,
	baseURL,
	browser
}) => {
	test.setTimeout(150_000);
	const request = page.request;
	const errors = watchConsole(page);
	await signIn(db, context, baseURL, an);

	// The sites she edits, then WSM's list.
	await page.goto(`/${locale}/sites`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.intranet_sites({}, { locale }));
	await expect(
		page.getByRole('link', { name: m.editing_entries_title({ site: 'FOS' }, { locale }) })
	).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('link', { name: m.editing_entries_title({ site: 'WSM' }, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/sites/wsm/entries`);
	await expect(page.getByRole('table')).toBeVisible();
	await expectAccessible(page);

	// A new item: a missing title comes back in Dutch, with what was chosen kept.
	await page.getByRole('link', { name: m.editing_new_entry({}, { locale }) }).click();
	await expectAccessible(page);
	await page.getByLabel(m.editing_col_type({}, { locale })).selectOption('news');
	let [response] = await Promise.all([
		page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
		page.getByRole('button', { name: m.editing_create({}, { locale }) }).click()
	]);
	expect(response.status()).toBe(400);
	await expect(page.getByRole('link', { name: m.field_required({}, { locale }) })).toBeVisible();
	await expect(page.getByLabel(m.editing_col_type({}, { locale }))).toHaveValue('news');
	await expectAccessible(page);
	const nlTitle = `Vakbonden in Bolivia ${run}`;
	await page.getByRole('textbox', { name: m.editing_field_title({}, { locale }) }).fill(nlTitle);
	await page.getByRole('button', { name: m.editing_create({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/sites/wsm/entries/[0-9a-f-]{36}\\?created=1$`));
	await expect(page.getByRole('status')).toHaveText(m.editing_created({}, { locale }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nlTitle);
	const editPath = new URL(page.url()).pathname;
	// The Markdown editor loads under the intranet's strict CSP.
	await expect(languageSection(page, 'nl').locator('.cm-content')).toBeVisible();
	await expectAccessible(page);

	// The draft's preview link opens it on the WSM site; an altered token does not.
	const previewHref = await languageSection(page, 'nl')
		.getByRole('link', { name: m.editing_preview_link({ language: languageName('nl', locale) }, { locale }) })
		.getAttribute('href');
	expect(previewHref).toMatch(new RegExp(`^${wsm}/nl/preview/`));
	const preview = await visit(browser, new URL(previewHref!).pathname);
	expect(preview.response?.status()).toBe(200);
	expect(preview.response?.headers()['cache-control']).toBe('private, no-store');
	await expect(preview.page.getByRole('heading', { level: 1 })).toHaveText(nlTitle);
	await expect(preview.page.getByText(m.preview_title({}, { locale }))).toBeVisible();
	await expect(preview.page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
	await expectAccessible(preview.page);
	await preview.close();
	// Altered: one character of the signature, or a later expiry; the right token under another language or site.
	const token = previewHref!.split('/').at(-1)!;
	const [id, seconds, mac] = token.split('.') as [string, string, string];
	const otherChar = mac[5] === 'A' ? 'B' : 'A';
	const forged = [
		`${id}.${seconds}.${mac.slice(0, 5)}${otherChar}${mac.slice(6)}`,
		`${id}.${Number(seconds) + 86_400}.${mac}`
	];
	for (const url of [
		...forged.map((bad) => `${wsm}/nl/preview/${bad}`),
		`${wsm}/fr/preview/${token}`,
		`${fos}/nl/preview/${token}`
	]) {
		const answer = await request.get(url, { maxRedirects: 0 });
		expect(answer.status(), url).toBe(404);
		expect(answer.headers()['cache-control'], url).toBe('private, no-store');
	}
	expect((await request.get(`${wsm}${sectionPath('news', 'nl')}/${await slugIn(page, 'nl')}`)).status()).toBe(
		404
	);

	// Dutch: a body through the editor, published now.
	response = await saveTranslation(page, 'nl', {
		body: '## Een sterke stem\n\nVakbonden in Bolivia werken samen.',
		intent: 'publish'
	});
	await expectSaved(response);
	await expect(page).toHaveURL(`${editPath}?published=nl`);
	await expect(page.getByRole('status')).toHaveText(
		`${m.editing_done_published({ language: languageName('nl', locale) }, { locale })} — ${m.editing_view_live({}, { locale })}`
	);
	// The form shows what was stored once the page's data is refreshed (no reload).
	await expect(slugField(page, 'nl')).toHaveValue(`vakbonden-in-bolivia-${run}`);
	const nlSlug = await slugIn(page, 'nl');
	expect(nlSlug).toBe(`vakbonden-in-bolivia-${run}`);

	// French: scheduled some 25 seconds ahead, on Brussels clocks.
	const goesLive = new Date(Date.now() + 30_000);
	// Whole seconds, and not :00, which the time input would drop from its value.
	goesLive.setMilliseconds(0);
	if (goesLive.getSeconds() === 0) goesLive.setSeconds(1);
	const frTitle = `Les syndicats en Bolivie ${run}`;
	response = await saveTranslation(page, 'fr', {
		title: frTitle,
		body: 'Les syndicats boliviens travaillent ensemble.',
		intent: 'schedule',
		publishAt: `${dateTimeLocalValue(goesLive)}:${String(goesLive.getSeconds()).padStart(2, '0')}`
	});
	await expectSaved(response);
	await expect(slugField(page, 'fr')).toHaveValue(`les-syndicats-en-bolivie-${run}`);
	const frSlug = await slugIn(page, 'fr');
	expect(frSlug).toBe(`les-syndicats-en-bolivie-${run}`);
	await expectAccessible(page);

	// The list shows each language's state.
	await page.goto(`/${locale}/sites/wsm/entries?type=news&q=${run}`);
	const row = page.getByRole('row', { name: new RegExp(nlTitle) });
	await expect(row.getByRole('cell').nth(1)).toHaveText(m.editing_status_published({}, { locale }));
	await expect(row.getByRole('cell').nth(2)).toContainText(m.editing_status_scheduled({}, { locale }));
	await expect(row.getByRole('cell').nth(3)).toHaveText(m.editing_status_missing({}, { locale }));
	await expectAccessible(page);
	expect((await request.get(`/${locale}/sites/wsm/entries?type=blog`)).status()).toBe(400);

	// On the site: Dutch at once, alone in its alternates; French not before its time.
	const nlPath = `${sectionPath('news', 'nl')}/${nlSlug}`;
	const frPath = `${sectionPath('news', 'fr')}/${frSlug}`;
	const early = await visit(browser, nlPath);
	expect(early.response?.status()).toBe(200);
	await expect(early.page.getByRole('heading', { level: 1 })).toHaveText(nlTitle);
	await expect(early.page.getByRole('heading', { level: 2, name: 'Een sterke stem' })).toBeVisible();
	expect(await hreflangLinks(early.page)).toEqual({ nl: nlPath, 'x-default': nlPath });
	await early.close();
	expect((await request.get(`${wsm}${frPath}`)).status()).toBe(404);
	expect(Date.now()).toBeLessThan(goesLive.getTime());

	await expect
		.poll(async () => (await request.get(`${wsm}${frPath}`)).status(), {
			timeout: 60_000,
			intervals: [2_000]
		})
		.toBe(200);
	expect(Date.now()).toBeGreaterThanOrEqual(goesLive.getTime());
	const both = await visit(browser, nlPath);
	expect(await expectConsistentAlternates(both.page, nlPath)).toEqual({ nl: nlPath, fr: frPath });
	await expect(both.page.getByRole('heading', { level: 1 })).toHaveText(frTitle);
	await both.close();
	// Nothing failed in the intranet's pages but the answers this test asked for (a 400).
	expect(errors.filter((message) => !/status of 400/.test(message))).toEqual([]);

	// The FOS editor: the same pages answer 404, even under FOS's own address or with a guessed post.
	const other = await signedInPage(db, browser, baseURL, tom);
	for (const path of [
		editPath,
		`/${locale}/sites/wsm/entries`,
		`/${locale}/sites/wsm/entries/new`,
		editPath.replace('/wsm/', '/fos/')
	]) {
		const answer = await other.page.goto(path);
		expect(answer?.status(), path).toBe(404);
	}
	await other.page.goto(`/${locale}/sites`);
	await expect(
		other.page.getByRole('link', { name: m.editing_entries_title({ site: 'FOS' }, { locale }) })
	).toBeVisible();
	await expect(
		other.page.getByRole('link', { name: m.editing_entries_title({ site: 'WSM' }, { locale }) })
	).toHaveCount(0);
	const post = await other.context.request.post(`${editPath}?/save`, {
		headers: { origin: baseURL! },
		form: {
			locale: 'nl',
			expectedVersion: '2',
			title: 'Overgenomen',
			slug: '',
			summary: '',
			body: '',
			status: 'draft'
		}
	});
	expect(post.status()).toBe(404);
	const stored = await db
		.selectFrom('entry_translations')
		.select('title')
		.where('slug', '=', nlSlug)
		.where('site_id', '=', 'wsm')
		.executeTakeFirstOrThrow();
	expect(stored.title).toBe(nlTitle);
	await other.context.close();
});

test('two windows save the same text: the second gets a 409 with both versions, and loses nothing', async ({
	browser,
	baseURL
}) => {
	const { entryId, translationId } = await wsmNews(`Conflict ${run}`);
	const path = `/${locale}/sites/wsm/entries/${entryId}`;
	const first = await signedInPage(db, browser, baseURL, an);
	const second = await signedInPage(db, browser, baseURL, an);
	await first.page.goto(path);
	await second.page.goto(path);

	const firstTitle = `Eerste versie ${run}`;
	await expectSaved(await saveTranslation(first.page, 'nl', { title: firstTitle }));

	const secondTitle = `Tweede versie ${run}`;
	const secondBody = 'Mijn eigen tekst, die niet verloren mag gaan.';
	const response = await saveTranslation(second.page, 'nl', { title: secondTitle, body: secondBody });
	expect(response.status()).toBe(409);
	const conflict = second.page.getByRole('region', { name: m.editing_conflict_title({}, { locale }) });
	await expect(conflict).toBeVisible();
	await expect(conflict.getByRole('heading', { name: /An Janssens/ })).toBeVisible();
	await expect(conflict).toContainText(firstTitle);
	// Yours: still in the form, as typed.
	const section = languageSection(second.page, 'nl');
	await expect(section.getByRole('textbox', { name: m.editing_field_title({}, { locale }) })).toHaveValue(
		secondTitle
	);
	await expect(section.getByRole('textbox', { name: m.editing_field_body({}, { locale }) })).toContainText(
		secondBody
	);
	await expectAccessible(second.page);
	const stored = () =>
		db
			.selectFrom('entry_translations')
			.select(['title', 'body', 'version'])
			.where('id', '=', translationId)
			.executeTakeFirstOrThrow();
	expect(await stored()).toMatchObject({ title: firstTitle, version: 2 });

	// Saving again, knowingly, replaces their version.
	await expectSaved(await saveTranslation(second.page, 'nl', {}));
	expect(await stored()).toEqual({ title: secondTitle, body: secondBody, version: 3 });
	await first.context.close();
	await second.context.close();
});

test('revisions: a refused save keeps the input, two versions compare line by line, an old one comes back', async ({
	page,
	context,
	baseURL
}) => {
	const title = `Versies ${run}`;
	const { entryId, translationId } = await wsmNews(title);
	await signIn(db, context, baseURL, an);
	const path = `/${locale}/sites/wsm/entries/${entryId}`;
	await page.goto(path);

	// An empty title: 400, the error in Dutch at the field, the rest kept.
	let response = await saveTranslation(page, 'nl', {
		title: '',
		body: 'Eerste alinea.\n\nEen nieuwe alinea.'
	});
	expect(response.status()).toBe(400);
	await expect(page.getByRole('link', { name: m.field_required({}, { locale }) })).toBeVisible();
	const section = languageSection(page, 'nl');
	await expect(section.getByRole('textbox', { name: m.editing_field_body({}, { locale }) })).toContainText(
		'Een nieuwe alinea.'
	);
	await expectAccessible(page);
	response = await saveTranslation(page, 'nl', { title });
	await expectSaved(response);

	// Compare the two versions: what was added and removed is said in words.
	await section.getByRole('button', { name: m.editing_compare({}, { locale }) }).click();
	await expect(page).toHaveURL(/compare=nl&from=\d+&to=\d+#revisions-nl$/);
	const diff = page.getByRole('heading', { name: m.editing_diff_title({ from: '1', to: '2' }, { locale }) });
	await expect(diff).toBeVisible();
	await expect(section.getByRole('listitem').filter({ hasText: 'Een nieuwe alinea.' })).toHaveText(
		`${m.editing_diff_added({}, { locale })} Een nieuwe alinea.`
	);
	await expect(section.getByRole('listitem').filter({ hasText: 'Tweede alinea.' })).toHaveText(
		`${m.editing_diff_removed({}, { locale })} Tweede alinea.`
	);
	await expectAccessible(page);
	expect((await page.goto(`${path}?compare=nl&from=1&to=x`))?.status()).toBe(400);
	expect((await page.goto(`${path}?compare=nl&from=999999999&to=1`))?.status()).toBe(400);

	// Version 1 comes back as version 3.
	await page.goto(path);
	await section.getByRole('button', { name: m.editing_restore({ version: '1' }, { locale }) }).click();
	await expect(page).toHaveURL(`${path}?restored=nl`);
	await expect(page.getByRole('status')).toHaveText(
		m.editing_restored({ language: languageName('nl', locale) }, { locale })
	);
	const stored = await db
		.selectFrom('entry_translations')
		.select(['body', 'version'])
		.where('id', '=', translationId)
		.executeTakeFirstOrThrow();
	expect(stored).toEqual({ body: 'Eerste alinea.\n\nTweede alinea.', version: 3 });
	await expectAccessible(page);

	// A token of this translation, signed as the intranet signs it, previews it on WSM only.
	const token = previewToken({ translationId, expiresAt: new Date(Date.now() + 60_000) }, e2ePreviewSecret);
	expect((await page.request.get(`${wsm}/nl/preview/${token}`)).status()).toBe(200);
	const expired = previewToken({ translationId, expiresAt: new Date(Date.now() - 1_000) }, e2ePreviewSecret);
	expect((await page.request.get(`${wsm}/nl/preview/${expired}`)).status()).toBe(404);
});

test('the entries list a page at a time: its count, and page 2 via the pager keeps the search', async ({
	browser,
	baseURL
}) => {
	// More of this run's news items than a page holds, its mark in their slugs: what is searched for.
	const mark = `pagina-${run}`;
	const title = (i: number) => `Pagina ${run} ${String(i).padStart(2, '0')}`;
	const made: string[] = [];
	const { context, page } = await signedInPage(db, browser, baseURL, an);
	try {
		for (let i = 0; i < 27; i++) made.push((await wsmNews(title(i))).entryId);
		await page.goto(`/${locale}/sites/wsm/entries`);
		const search = page.getByLabel(m.editing_search({}, { locale }));
		await expect(search).toHaveAttribute('maxlength', '200');
		await search.fill(mark);
		await page.getByRole('button', { name: m.filter_apply({}, { locale }) }).click();
		await expect(page.getByText(m.list_count({ count: '27' }, { locale }))).toBeVisible();
		const titles = page.getByRole('table').getByRole('rowheader');
		await expect(titles).toHaveCount(25);
		// The most recently saved first.
		await expect(titles.first()).toHaveText(title(26));

		const pager = page.getByRole('navigation', { name: m.pagination({}, { locale }) });
		const secondPage = pager.getByRole('link', { name: m.page_of({ page: '2', total: '2' }, { locale }) });
		await secondPage.click();
		await expect(page).toHaveURL(`/${locale}/sites/wsm/entries?q=${mark}&page=2`);
		await expect(titles).toHaveText([title(1), title(0)]);
		await expect(page.getByText(m.list_count({ count: '27' }, { locale }))).toBeVisible();
		await expect(search).toHaveValue(mark);
		await expect(secondPage).toHaveAttribute('aria-current', 'page');
		await expectAccessible(page);
	} finally {
		await context.close();
		// Not left for other runs' lists (their translations and revisions go with them).
		if (made.length > 0) await db.deleteFrom('entries').where('id', 'in', made).execute();
	}
});
