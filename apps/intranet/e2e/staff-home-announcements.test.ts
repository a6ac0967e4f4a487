// The staff home (issue 8): announcements and the next agenda items as staff of WSM, of FOS and
// the intranet admin see them; the admin posting an announcement; the list's pages.
// Staff are signed in without the login page (staff.ts), which has its own tests.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { run, signedInPage, staff, userId } from '@solidair/account/e2e/staff';
import { locale, organisationId, staffHomeDb, watchDialogs } from './staff-home.ts';

const db = staffHomeDb();

test('the home page: pinned first, each organisation’s own, nothing expired or to come; the next agenda items', async ({
	browser,
	baseURL
}) => {
	const minutes = (n: number) => new Date(Date.now() + n * 60_000);
	const [wsm, fos, marie] = [
		await organisationId(db, 'wsm'),
		await organisationId(db, 'fos'),
		await userId(db, staff.marie)
	];
	const title = (what: string) => `${what} ${run}`;
	await db
		.insertInto('announcements')
		.values(
			[
				{ title: title('Vastgezet'), body: 'Voor **iedereen**.', pinned: true, publish_from: minutes(-10) },
				{ title: title('Alleen WSM'), body: 'WSM', organisation_id: wsm, publish_from: minutes(-2) },
				{ title: title('Alleen FOS'), body: 'FOS', organisation_id: fos, publish_from: minutes(-2) },
				{ title: title('Verlopen'), body: 'Weg', publish_from: minutes(-3), expires_at: minutes(-1) },
				{ title: title('Morgen'), body: 'Nog niet', publish_from: minutes(24 * 60) }
			].map((row) => ({ ...row, created_by: marie }))
		)
		.execute();

	const an = await signedInPage(db, browser, baseURL, staff.an);
	await an.page.goto(`/${locale}`);
	const announcements = an.page.getByRole('region', { name: m.intranet_announcements({}, { locale }) });
	const headings = announcements.getByRole('heading', { level: 3 });
	// The newest pinned one first, even though later ones were published since.
	await expect(headings.first()).toHaveText(title('Vastgezet'));
	await expect(announcements.getByRole('article').first()).toContainText(m.staff_pinned({}, { locale }));
	await expect(announcements.locator('strong', { hasText: 'iedereen' })).toBeVisible();
	await expect(headings.filter({ hasText: title('Alleen WSM') })).toHaveCount(1);
	for (const hidden of ['Alleen FOS', 'Verlopen', 'Morgen'])
		await expect(an.page.getByText(title(hidden))).toHaveCount(0);
	// The agenda: the seed's items a few days ahead; FOS's team day is not WSM's.
	const agenda = an.page.getByRole('region', { name: m.intranet_agenda({}, { locale }) });
	await expect(agenda.getByRole('heading', { name: 'Infosessie: de nieuwe ICT-tools' })).toBeVisible();
	await expect(agenda.getByText('FOS-teamdag in Gent')).toHaveCount(0);
	await expect(an.page.getByRole('heading', { level: 1 })).toHaveText(
		m.intranet_welcome_name({ name: 'An Janssens' }, { locale })
	);
	await expectAccessible(an.page);
	// The full list says the same.
	await an.page.goto(`/${locale}/announcements`);
	await expect(an.page.getByRole('heading', { name: title('Alleen WSM') })).toBeVisible();
	for (const hidden of ['Alleen FOS', 'Verlopen', 'Morgen'])
		await expect(an.page.getByText(title(hidden))).toHaveCount(0);
	// Only admins post: no form, and a forged post is a 404 with nothing stored.
	await expect(an.page.getByRole('heading', { name: m.staff_announcement_new({}, { locale }) })).toHaveCount(
		0
	);
	await expectAccessible(an.page);
	const forged = await an.page.request.post(`/${locale}/announcements?/create`, {
		form: { title: title('Vervalst'), body: 'x', audience: 'all' },
		headers: { origin: baseURL! }
	});
	expect(forged.status()).toBe(404);
	expect(
		await db.selectFrom('announcements').select('id').where('title', '=', title('Vervalst')).execute()
	).toEqual([]);
	await an.context.close();

	const tom = await signedInPage(db, browser, baseURL, staff.tom);
	await tom.page.goto(`/${locale}`);
	await expect(tom.page.getByRole('heading', { name: title('Alleen FOS') })).toBeVisible();
	await expect(tom.page.getByText(title('Alleen WSM'))).toHaveCount(0);
	await tom.page.goto(`/${locale}/agenda`);
	await expect(tom.page.getByRole('heading', { name: 'FOS-teamdag in Gent' })).toBeVisible();
	await expect(tom.page.getByText('Overleg partners Latijns-Amerika')).toHaveCount(0);
	await expectAccessible(tom.page);
	const ics = await tom.page.request.get(`/${locale}/agenda.ics`);
	expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const calendar = await ics.text();
	expect(calendar).toContain('SUMMARY:FOS-teamdag in Gent');
	expect(calendar).not.toContain('Latijns-Amerika');
	await tom.context.close();
});

test('the intranet admin posts an announcement: refused input comes back kept, script stays text', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.marie);
	const dialogs = watchDialogs(page);
	await page.goto(`/${locale}/announcements`);
	await expectAccessible(page);
	const payload = `<script>alert('xss')</script><img src=x onerror="alert('img')">`;
	const title = `${payload} Personeelsfeest ${run}`;
	const body = `Welkom op het **personeelsfeest**.\n\n${payload}\n\n[klik](javascript:alert('link'))`;

	// Missing title, an end before now: 400, messages in Dutch at their fields, the rest kept.
	await page.getByLabel(m.staff_field_body({}, { locale })).fill(body);
	await page.getByLabel(m.staff_field_audience({}, { locale })).selectOption('wsm');
	await page.getByLabel(m.staff_field_expires_at({}, { locale })).fill('2020-01-01T10:00');
	const refused = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: m.staff_announcement_submit({}, { locale }) }).click();
	expect((await refused).status()).toBe(400);
	await expect(page.locator('#title-error')).toContainText(m.field_required({}, { locale }));
	await expect(page.locator('#expiresAt-error')).toContainText(m.staff_error_past({}, { locale }));
	await expect(page.getByLabel(m.staff_field_body({}, { locale }))).toHaveValue(body);
	await expect(page.getByLabel(m.staff_field_audience({}, { locale }))).toHaveValue('wsm');
	await expectAccessible(page);

	await page.getByLabel(m.staff_field_title({}, { locale })).fill(title);
	await page.getByLabel(m.staff_field_expires_at({}, { locale })).fill('');
	await page.getByLabel(m.staff_field_pinned({}, { locale })).check();
	await page.getByRole('button', { name: m.staff_announcement_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/announcements`);
	const article = page.getByRole('article').filter({ hasText: `Personeelsfeest ${run}` });
	await expect(article.getByRole('heading', { level: 2 })).toHaveText(title);
	await expect(article).toContainText(m.staff_for_organisation({ name: 'WSM' }, { locale }));
	await expect(article.locator('strong')).toHaveText('personeelsfeest');
	await expect(article).toContainText(payload);
	// Shown as typed, run nowhere (the page's own data script carries it as an escaped string).
	await expect(page.locator('img[src=x]')).toHaveCount(0);
	await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
	// Pinned: on the WSM staff's home page, first.
	const an = await signedInPage(db, browser, baseURL, staff.an);
	const anDialogs = watchDialogs(an.page);
	await an.page.goto(`/${locale}`);
	await expect(
		an.page
			.getByRole('region', { name: m.intranet_announcements({}, { locale }) })
			.getByRole('heading', { level: 3 })
			.first()
	).toHaveText(title);
	expect([...dialogs, ...anDialogs]).toEqual([]);
	await an.context.close();
	await context.close();
});

test('the announcements past their last page: a way back, not an error; a page that is no number: 400', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	const past = await page.goto(`/${locale}/announcements?page=999`);
	expect(past?.status()).toBe(200);
	await expect(page.getByText(m.list_page_missing({ page: '999' }, { locale }))).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(0);
	await expectAccessible(page);
	const back = page
		.getByRole('navigation', { name: m.pagination({}, { locale }) })
		.getByRole('link', { name: /\d+$/ });
	const last = Number((await back.textContent())?.match(/\d+$/)?.[0]);
	await back.click();
	await expect(page).toHaveURL(
		last === 1 ? `/${locale}/announcements` : `/${locale}/announcements?page=${last}`
	);
	await expect(page.getByRole('article').first()).toBeVisible();
	expect((await page.request.get(`/${locale}/announcements?page=0`)).status()).toBe(400);
	await context.close();
});
