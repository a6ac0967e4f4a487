// A site's home page composed in the intranet (issue 21): An, WSM's editor, moves the events above
// the news and turns the donate call off for the Spanish home — with JavaScript off, the up button
// posting the form — and the public Spanish home shows it within the page cache's few seconds; the
// change is in the audit log. A tampered count is a 400 in her language with what she chose kept;
// FOS's editor cannot open WSM's home. The Spanish home goes back to the defaults afterwards.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { e2eDb, signIn, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { expectFits, locale, visit } from './editor.ts';

const db = e2eDb();
const clear = () =>
	db.deleteFrom('home_blocks').where('site_id', '=', 'wsm').where('locale', '=', 'es').execute();
test.beforeAll(clear);
test.afterAll(async () => {
	await clear();
	await db.destroy();
});

/** The titles of the public Spanish home's blocks, in order. */
async function publicBlocks(browser: Parameters<typeof visit>[0]) {
	const visited = await visit(browser, '/es');
	const headings = await visited.page.locator('main section h2').allInnerTexts();
	await visited.close();
	return headings;
}

test('an editor reorders and turns off blocks of a home, and the public home shows it', async ({
	browser,
	baseURL
}) => {
	// Signing in, two saves and a poll of the public home.
	test.setTimeout(60_000);
	const since =
		(await db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst())?.id ??
		'0';
	// JavaScript off: every button posts the form as a browser does without it.
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	await signIn(db, context, baseURL, staff.an);
	const page = await context.newPage();
	try {
		await page.goto(`/${locale}/sites`);
		await page.getByRole('link', { name: m.home_editor_link({ site: 'WSM' }, { locale }) }).click();
		await page.getByRole('link', { name: 'Español' }).click();
		await expect(page.getByText(m.home_editor_defaults({ site: 'WSM' }, { locale }))).toBeVisible();

		const events = m.home_block_events({}, { locale });
		await page.getByRole('button', { name: m.home_editor_up({ block: events }, { locale }) }).click();
		await expect(page.getByText(m.home_editor_saved({}, { locale }))).toBeVisible();
		await page
			.getByLabel(m.home_editor_show({ block: m.home_block_donate({}, { locale }) }, { locale }))
			.uncheck();
		await page.getByRole('button', { name: m.home_editor_save({}, { locale }) }).click();
		await expect(page.getByText(m.home_editor_saved({}, { locale }))).toBeVisible();

		const order = await db
			.selectFrom('home_blocks')
			.select(['kind', 'enabled'])
			.where('site_id', '=', 'wsm')
			.where('locale', '=', 'es')
			.orderBy('position')
			.execute();
		const kinds = order.map((row) => row.kind);
		expect(kinds.indexOf('events')).toBeLessThan(kinds.indexOf('news'));
		expect(order.find((row) => row.kind === 'donate')?.enabled).toBe(false);

		// The public home, once its micro-cache (a few seconds) has let go of the old page.
		const es = 'es' as const;
		await expect
			.poll(() => publicBlocks(browser), { timeout: 15_000 })
			.not.toContain(m.home_donate_title({}, { locale: es }));
		const headings = await publicBlocks(browser);
		expect(headings.indexOf(m.home_events_title({}, { locale: es }))).toBeLessThan(
			headings.indexOf(m.home_news_title({}, { locale: es }))
		);
		// Other languages keep their own home.
		const nl = await visit(browser, '/nl');
		await expect(
			nl.page.getByRole('heading', { name: m.home_donate_title({}, { locale: 'nl' }) })
		).toBeVisible();
		await nl.close();

		const logged = await db
			.selectFrom('audit_log')
			.select(['actor_id', 'target_id', 'details'])
			.where('action', '=', 'site.home_changed')
			.where('id', '>', since)
			.execute();
		expect(logged).toHaveLength(2);
		expect(logged[1]).toMatchObject({
			actor_id: await userId(db, staff.an),
			target_id: 'wsm',
			details: { language: 'es' }
		});

		// A count no form offers: a 400 in Dutch, with her choices kept.
		const kindsNow = kinds.join(',');
		const values = Object.fromEntries(order.map((row) => [`on_${row.kind}`, row.enabled ? 'on' : '']));
		const refused = await page.request.post(`/${locale}/sites/wsm/home?language=es`, {
			form: { order: kindsNow, ...values, newsCount: '9', eventsCount: '3', lead: '', move: '' },
			// As a browser posts a form: the page back, not SvelteKit's JSON answer to fetch.
			headers: { origin: baseURL ?? '', accept: 'text/html' }
		});
		expect(refused.status()).toBe(400);
		await page.setContent(await refused.text());
		// In the error summary, linked to the field, and at the field.
		await expect(page.getByRole('link', { name: m.editing_error_choose({}, { locale }) })).toHaveAttribute(
			'href',
			'#news-count'
		);
		await expect(page.getByRole('main')).toContainText(
			`${m.form_error_prefix({}, { locale })} ${m.editing_error_choose({}, { locale })}`
		);
		await expect(
			page.getByLabel(m.home_editor_show({ block: m.home_block_donate({}, { locale }) }, { locale }))
		).not.toBeChecked();
	} finally {
		await context.close();
	}
});

test("another site's editor gets a 404 for WSM's home, and cannot post to it", async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.tom);
	try {
		expect((await page.goto(`/${locale}/sites/wsm/home`))?.status()).toBe(404);
		const response = await page.request.post(`/${locale}/sites/wsm/home?language=es`, {
			form: { order: 'lead', move: '' },
			headers: { origin: baseURL ?? '' }
		});
		expect(response.status()).toBe(404);
	} finally {
		await context.close();
	}
});

test('the home editor passes axe at 1366 and 390 px and fits a phone', async ({ browser, baseURL }) => {
	// With JavaScript on: axe runs in the page.
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	try {
		await page.goto(`/${locale}/sites/wsm/home?language=fr`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			m.home_editor_title({ site: 'WSM' }, { locale })
		);
		await expectFits(page, 'the home editor');
	} finally {
		await context.close();
	}
});
