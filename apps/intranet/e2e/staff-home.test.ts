// The staff home (issue 8): announcements, the internal agenda, the directory and the documents,
// as staff of WSM, of FOS and the intranet admin see them, and as a partner's member does not;
// the admin's editing and deleting of announcements and agenda items, which no one else may do.
// Staff are signed in without the login page (staff.ts), which has its own tests.
import { expect, test, type Page } from '@playwright/test';
import { dateTimeLocalValue } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { karim, pdf } from '@solidair/account/e2e/members';
import { e2eDb, forgetTwoFactor, run, signedInPage, staff, userId } from '@solidair/account/e2e/staff';

const locale = 'nl';
const db = e2eDb();

test.afterAll(async () => {
	await forgetTwoFactor(db);
	await db.destroy();
});

const organisationId = async (slug: string) =>
	(await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

/** Script that must stay text: any dialog it would open is collected here. */
function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return dialogs;
}

test('the home page: pinned first, each organisation’s own, nothing expired or to come; the next agenda items', async ({
	browser,
	baseURL
}) => {
	const minutes = (n: number) => new Date(Date.now() + n * 60_000);
	const [wsm, fos, marie] = [
		await organisationId('wsm'),
		await organisationId('fos'),
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

test('the directory: by language and country of work; a search no form sends is a 400 with the form kept', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await signedInPage(db, browser, baseURL, staff.tom);
	await page.goto(`/${locale}/directory`);
	await expectAccessible(page);
	const table = page.getByRole('table');
	// Partners' members are not staff.
	await expect(table.getByRole('rowheader', { name: 'Karim El Amrani' })).toHaveCount(0);
	await page.getByLabel(m.staff_search_language({}, { locale })).selectOption('es');
	await page.getByRole('button', { name: m.staff_search_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(/[?&]language=es(&|$)/);
	await expect(table.getByRole('rowheader')).toHaveText(['Marie Lambert']);
	await expect(table.getByRole('link', { name: staff.marie })).toHaveAttribute(
		'href',
		`mailto:${staff.marie}`
	);

	await page.goto(`/${locale}/directory?country=BE&team=Communicatie&q=an`);
	await expect(table.getByRole('rowheader')).toHaveText(['An Janssens']);
	await page.goto(`/${locale}/directory?country=PE`);
	await expect(page.getByText(m.staff_directory_none({}, { locale }))).toBeVisible();

	const response = await page.goto(
		`/${locale}/directory?q=Marie&language=${encodeURIComponent("es' or 1=1--")}&team=Directie`
	);
	expect(response?.status()).toBe(400);
	const summary = page.getByRole('region', { name: m.form_errors_title({}, { locale }) });
	await expect(summary).toContainText(m.editing_error_choose({}, { locale }));
	await expect(summary).toContainText(m.staff_search_language({}, { locale }));
	await expect(summary).toContainText(m.staff_search_team({}, { locale }));
	await expect(page.getByLabel(m.staff_search_name({}, { locale }))).toHaveValue('Marie');
	await expect(page.locator('body')).not.toContainText(/select|syntax|stack/i);
	await expectAccessible(page);
	await context.close();
});

test('the directory a page at a time: the pager keeps the search; past the last page, a way back', async ({
	browser,
	baseURL
}) => {
	// More colleagues than a page holds, this run's mark in their names: what is searched for.
	const wsm = await organisationId('wsm');
	const name = (i: number) => `Pager ${run} ${String(i).padStart(2, '0')}`;
	// Their names only: other tests' colleagues carry the run's mark in their e-mail addresses.
	const search = `Pager ${run}`;
	const q = new URLSearchParams({ q: search }).toString();
	const made = await db
		.insertInto('users')
		.values(
			Array.from({ length: 30 }, (_, i) => ({
				email: `pager.${run}.${i}@example.org`,
				display_name: name(i)
			}))
		)
		.returning('id')
		.execute();
	const { context, page } = await signedInPage(db, browser, baseURL, staff.tom);
	try {
		await db
			.insertInto('memberships')
			.values(made.map(({ id }) => ({ user_id: id, organisation_id: wsm, role: 'member' as const })))
			.execute();
		await page.goto(`/${locale}/directory`);
		await page.getByLabel(m.staff_search_name({}, { locale })).fill(search);
		await page.getByRole('button', { name: m.staff_search_submit({}, { locale }) }).click();
		await expect(page.getByText(m.list_count({ count: '30' }, { locale }))).toBeVisible();
		const rowheaders = page.getByRole('table').getByRole('rowheader');
		await expect(rowheaders).toHaveCount(25);
		await expect(rowheaders.first()).toHaveText(name(0));

		const pager = page.getByRole('navigation', { name: m.pagination({}, { locale }) });
		const secondPage = pager.getByRole('link', { name: m.page_of({ page: '2', total: '2' }, { locale }) });
		await secondPage.click();
		await expect(page).toHaveURL(`/${locale}/directory?${q}&page=2`);
		await expect(rowheaders).toHaveText([25, 26, 27, 28, 29].map(name));
		await expect(page.getByText(m.list_count({ count: '30' }, { locale }))).toBeVisible();
		await expect(page.getByLabel(m.staff_search_name({}, { locale }))).toHaveValue(search);
		await expect(secondPage).toHaveAttribute('aria-current', 'page');
		await expectAccessible(page);
		// Page 1's link has no `page`, but still the search.
		await pager.getByRole('link', { name: m.previous({}, { locale }) }).click();
		await expect(page).toHaveURL(`/${locale}/directory?${q}`);
		await expect(rowheaders).toHaveCount(25);

		// Past the last page (a list that has shrunk): no error, but no one, and the way back.
		const past = await page.goto(`/${locale}/directory?${q}&page=7`);
		expect(past?.status()).toBe(200);
		await expect(page.getByText(m.list_page_missing({ page: '7' }, { locale }))).toBeVisible();
		await expectAccessible(page);
		await pager.getByRole('link', { name: m.list_page_back({ page: '2' }, { locale }) }).click();
		await expect(page).toHaveURL(`/${locale}/directory?${q}&page=2`);
		await expect(rowheaders).toHaveCount(5);
		// A page that is no positive whole number: a 400, the search kept in the form.
		for (const bad of ['0', '-1', '2.5', 'x']) {
			const response = await page.goto(`/${locale}/directory?${q}&page=${bad}`);
			expect(response?.status(), bad).toBe(400);
		}
		await expect(page.getByRole('region', { name: m.form_errors_title({}, { locale }) })).toContainText(
			m.list_page_invalid({}, { locale })
		);
		await expect(page.getByLabel(m.staff_search_name({}, { locale }))).toHaveValue(search);
	} finally {
		await context.close();
		// Not left for other runs' directories (memberships go with the accounts).
		const ids = made.map(({ id }) => id);
		await db.deleteFrom('users').where('id', 'in', ids).execute();
	}
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

test('documents: upload, new version, byte-identical downloads, disguised files refused; others get 404', async ({
	browser,
	baseURL
}) => {
	const an = await signedInPage(db, browser, baseURL, staff.an);
	const page = an.page;
	await page.goto(`/${locale}/documents`);
	await expect(page.getByRole('link', { name: 'Arbeidsreglement WSM en FOS 2027' })).toBeVisible();
	await expectAccessible(page);

	const upload = async (
		title: string,
		audience: string,
		file: { name: string; mimeType: string; buffer: Buffer }
	) => {
		await page.getByLabel(m.files_col_title({}, { locale })).fill(title);
		await page.locator('input#file').setInputFiles(file);
		await page.getByLabel(m.files_field_scope({}, { locale })).selectOption(audience);
		await page.getByRole('button', { name: m.files_upload_submit({}, { locale }) }).click();
	};
	// An executable and a web page, each named .pdf: refused, the title kept, nothing stored.
	for (const [name, buffer] of [
		['rapport.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00 not a pdf', 'latin1')],
		['brief.pdf', Buffer.from('<!doctype html><script>alert(1)</script>')]
	] as const) {
		const title = `Vermomd ${name} ${run}`;
		await upload(title, 'all', { name, mimeType: 'application/pdf', buffer });
		await expect(page.locator('#file-error')).toContainText(
			m.files_error_mismatch({ extension: 'pdf' }, { locale })
		);
		await expect(page.getByLabel(m.files_col_title({}, { locale }))).toHaveValue(title);
		expect(await db.selectFrom('files').select('id').where('title', '=', title).execute()).toEqual([]);
	}
	await expectAccessible(page);

	const first = pdf(`Teamplanning ${run} v1`);
	await upload(`Teamplanning ${run}`, 'all', {
		name: `teamplanning ${run}.pdf`,
		mimeType: 'application/pdf',
		buffer: first
	});
	await expect(page).toHaveURL(/\/nl\/documents\/[0-9a-f-]{36}$/);
	const id = page.url().split('/').at(-1)!;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Teamplanning ${run}`);
	await expectAccessible(page);
	const v1 = await page.request.get(`/${locale}/documents/${id}/v/1`);
	expect(v1.headers()['content-type']).toBe('application/pdf');
	expect(v1.headers()['content-disposition']).toMatch(/^attachment; filename="teamplanning [a-z0-9]+\.pdf"/);
	expect(v1.headers()['x-content-type-options']).toBe('nosniff');
	expect(Buffer.compare(await v1.body(), first)).toBe(0);

	const second = pdf(`Teamplanning ${run} v2`);
	await page
		.locator('input#file')
		.setInputFiles({ name: 'teamplanning-v2.pdf', mimeType: 'application/pdf', buffer: second });
	await page.getByRole('button', { name: m.file_new_version({}, { locale }) }).click();
	await expect(
		page.getByRole('link', {
			name: m.file_download({ filename: 'teamplanning-v2.pdf', version: '2' }, { locale })
		})
	).toBeVisible();
	expect(
		Buffer.compare(await (await page.request.get(`/${locale}/documents/${id}/v/2`)).body(), second)
	).toBe(0);
	expect(Buffer.compare(await (await page.request.get(`/${locale}/documents/${id}/v/1`)).body(), first)).toBe(
		0
	);

	// One for WSM's staff only.
	await page.goto(`/${locale}/documents`);
	await upload(`Begroting WSM ${run}`, 'wsm', {
		name: 'begroting.pdf',
		mimeType: 'application/pdf',
		buffer: pdf(`Begroting ${run}`)
	});
	await expect(page).toHaveURL(/\/nl\/documents\/[0-9a-f-]{36}$/);
	const wsmOnly = page.url().split('/').at(-1)!;

	// FOS's editor: the document for all staff, not WSM's (404 for the page and the download).
	const tom = await signedInPage(db, browser, baseURL, staff.tom);
	await tom.page.goto(`/${locale}/documents`);
	await expect(tom.page.getByRole('link', { name: `Teamplanning ${run}` })).toBeVisible();
	await expect(tom.page.getByText(`Begroting WSM ${run}`)).toHaveCount(0);
	// FOS staff add for all staff or FOS, not for WSM.
	const audiences = await tom.page
		.getByLabel(m.files_field_scope({}, { locale }))
		.locator('option')
		.evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
	expect(audiences).toEqual(['all', 'fos']);
	for (const path of [`/${locale}/documents/${wsmOnly}`, `/${locale}/documents/${wsmOnly}/v/1`]) {
		expect((await tom.page.request.get(path)).status(), path).toBe(404);
	}
	// Nor may Tom add a version to An's document: no form, and a forged post is a 404.
	await tom.page.goto(`/${locale}/documents/${id}`);
	await expect(tom.page.getByRole('heading', { name: m.file_new_version({}, { locale }) })).toHaveCount(0);
	const forged = await tom.page.request.post(`/${locale}/documents/${id}?/version`, {
		multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: pdf(`forged ${run}`) } },
		headers: { origin: baseURL! }
	});
	expect(forged.status()).toBe(404);
	expect((await db.selectFrom('file_versions').select('id').where('file_id', '=', id).execute()).length).toBe(
		2
	);

	// A partner's member may have a session, but nothing of the intranet is theirs: all 404.
	const partner = await signedInPage(db, browser, baseURL, karim.email);
	for (const path of [
		`/${locale}`,
		`/${locale}/announcements`,
		`/${locale}/agenda`,
		`/${locale}/agenda.ics`,
		`/${locale}/directory`,
		`/${locale}/directory?language=es`,
		`/${locale}/documents`,
		`/${locale}/documents/${id}`,
		`/${locale}/documents/${id}/v/1`
	]) {
		expect((await partner.page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
	}
	await partner.context.close();
	await tom.context.close();
	await an.context.close();
});

test('the intranet admin edits an announcement: the form comes prefilled, refused input is kept, the home page shows the change', async ({
	browser,
	baseURL
}) => {
	const title = `Teamvergadering ${run}`;
	const changed = `Teamvergadering verplaatst ${run}`;
	const { id } = await db
		.insertInto('announcements')
		.values({
			title,
			body: 'Om **10 uur**.',
			organisation_id: await organisationId('wsm'),
			publish_from: new Date(Date.now() - 60_000),
			created_by: await userId(db, staff.marie)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const { context, page } = await signedInPage(db, browser, baseURL, staff.marie);
	await page.goto(`/${locale}/announcements`);
	await page
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { name: title, exact: true }) })
		.getByRole('link', { name: `${m.staff_edit({}, { locale })} (${title})` })
		.click();
	await expect(page).toHaveURL(`/${locale}/announcements/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.staff_announcement_edit({}, { locale }));
	const field = (label: string) => page.getByLabel(label);
	await expect(field(m.staff_field_title({}, { locale }))).toHaveValue(title);
	await expect(field(m.staff_field_body({}, { locale }))).toHaveValue('Om **10 uur**.');
	await expect(field(m.staff_field_audience({}, { locale }))).toHaveValue('wsm');
	await expect(field(m.staff_field_pinned({}, { locale }))).not.toBeChecked();
	await expect(field(m.staff_field_publish_from({}, { locale }))).not.toHaveValue('');
	await expectAccessible(page);

	// No title: a 400 with the message at its field, the rest as typed, nothing stored.
	const save = page.getByRole('button', { name: m.staff_save({}, { locale }) });
	await field(m.staff_field_title({}, { locale })).fill('');
	await field(m.staff_field_body({}, { locale })).fill('Om **11 uur**, in zaal 2.');
	await field(m.staff_field_audience({}, { locale })).selectOption('all');
	const refused = page.waitForResponse((r) => r.request().method() === 'POST');
	await save.click();
	expect((await refused).status()).toBe(400);
	await expect(page.locator('#title-error')).toContainText(m.field_required({}, { locale }));
	await expect(
		page.getByRole('region', { name: m.form_errors_title({}, { locale }) }).getByRole('link')
	).toHaveText([m.field_required({}, { locale })]);
	await expect(field(m.staff_field_body({}, { locale }))).toHaveValue('Om **11 uur**, in zaal 2.');
	await expect(field(m.staff_field_audience({}, { locale }))).toHaveValue('all');
	await expectAccessible(page);
	expect(
		await db.selectFrom('announcements').select('title').where('id', '=', id).executeTakeFirstOrThrow()
	).toEqual({ title });

	// For all staff now, pinned, published from now on: first on a FOS editor's home page.
	await field(m.staff_field_title({}, { locale })).fill(changed);
	await field(m.staff_field_pinned({}, { locale })).check();
	await field(m.staff_field_publish_from({}, { locale })).fill('');
	await save.click();
	await expect(page).toHaveURL(`/${locale}/announcements?done=saved`);
	await expect(page.getByText(m.staff_announcement_saved({}, { locale }))).toBeVisible();
	await expect(page.getByRole('heading', { name: changed, exact: true })).toBeVisible();
	await expectAccessible(page);

	const tom = await signedInPage(db, browser, baseURL, staff.tom);
	await tom.page.goto(`/${locale}`);
	const announcements = tom.page.getByRole('region', { name: m.intranet_announcements({}, { locale }) });
	await expect(announcements.getByRole('heading', { level: 3 }).first()).toHaveText(changed);
	await expect(announcements.getByRole('article').first()).toContainText(m.staff_pinned({}, { locale }));
	await expect(announcements.locator('strong', { hasText: '11 uur' })).toBeVisible();
	await expect(tom.page.getByText(title, { exact: true })).toHaveCount(0);
	// An edit link is for those who may edit: not for Tom.
	await tom.page.goto(`/${locale}/announcements`);
	await expect(tom.page.getByRole('heading', { name: changed, exact: true })).toBeVisible();
	await expect(tom.page.getByRole('link', { name: m.staff_edit({}, { locale }) })).toHaveCount(0);
	await tom.context.close();
	await context.close();
});

test('two admins edit the same announcement: the later save gets a 409 with the other version shown, then saves knowingly', async ({
	browser,
	baseURL
}) => {
	const title = `Nieuwjaarsreceptie ${run}`;
	const { id } = await db
		.insertInto('announcements')
		.values({
			title,
			body: 'Op vrijdag.',
			publish_from: new Date(Date.now() - 60_000),
			created_by: await userId(db, staff.marie)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const path = `/${locale}/announcements/${id}`;
	const first = await signedInPage(db, browser, baseURL, staff.marie);
	const second = await signedInPage(db, browser, baseURL, staff.marie);
	await first.page.goto(path);
	await second.page.goto(path);
	const titleField = (page: Page) => page.getByLabel(m.staff_field_title({}, { locale }));
	const save = (page: Page) => page.getByRole('button', { name: m.staff_save({}, { locale }) }).click();
	const stored = () =>
		db
			.selectFrom('announcements')
			.select(['title', 'body', 'version'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();

	const firstTitle = `Nieuwjaarsreceptie (verplaatst) ${run}`;
	await titleField(first.page).fill(firstTitle);
	await save(first.page);
	await expect(first.page).toHaveURL(`/${locale}/announcements?done=saved`);
	expect(await stored()).toEqual({ title: firstTitle, body: 'Op vrijdag.', version: 2 });

	// The second still counts on version 1: refused, nothing written, what they typed kept.
	const secondTitle = `Nieuwjaarsreceptie (afgelast) ${run}`;
	await titleField(second.page).fill(secondTitle);
	await second.page.getByLabel(m.staff_field_body({}, { locale })).fill('Gaat niet door.');
	const refused = second.page.waitForResponse((r) => r.request().method() === 'POST');
	await save(second.page);
	expect((await refused).status()).toBe(409);
	expect(await stored()).toEqual({ title: firstTitle, body: 'Op vrijdag.', version: 2 });
	const summary = second.page.getByRole('region', { name: m.form_errors_title({}, { locale }) });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText([m.staff_conflict_announcement({}, { locale })]);
	const conflict = second.page.getByRole('region', { name: m.staff_conflict_announcement({}, { locale }) });
	await expect(conflict.getByRole('definition').first()).toHaveText(firstTitle);
	await expect(conflict).toContainText('Op vrijdag.');
	await expect(titleField(second.page)).toHaveValue(secondTitle);
	await expect(second.page.getByLabel(m.staff_field_body({}, { locale }))).toHaveValue('Gaat niet door.');
	await expectAccessible(second.page);

	// Saving again, now based on the first's version, replaces it knowingly.
	await save(second.page);
	await expect(second.page).toHaveURL(`/${locale}/announcements?done=saved`);
	expect(await stored()).toEqual({ title: secondTitle, body: 'Gaat niet door.', version: 3 });

	// A version no form of ours sends: 400, before anything is saved.
	const form = { title: 'Vervalst', body: 'x', audience: 'all', publishFrom: '', expiresAt: '' };
	for (const expectedVersion of [undefined, '', '0', '-1', '2.5', 'drie', '99999999999']) {
		const response = await first.page.request.post(`${path}?/save`, {
			form: expectedVersion === undefined ? form : { ...form, expectedVersion },
			headers: { origin: baseURL! },
			maxRedirects: 0
		});
		expect(response.status(), String(expectedVersion)).toBe(400);
	}
	expect(await stored()).toMatchObject({ title: secondTitle, version: 3 });

	// An agenda item's form alike: saved by another admin (version 2) since this one loaded it.
	const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 4 * 24 * 3_600_000);
	const { id: event } = await db
		.insertInto('staff_events')
		.values({
			title: `Vorming ${run}`,
			starts_at: startsAt,
			ends_at: new Date(startsAt.getTime() + 3_600_000),
			created_by: await userId(db, staff.marie)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await second.page.goto(`/${locale}/agenda/${event}`);
	const theirs = `Vorming (in Gent) ${run}`;
	await db.updateTable('staff_events').set({ title: theirs, version: 2 }).where('id', '=', event).execute();
	await titleField(second.page).fill(`Vorming (online) ${run}`);
	const refusedEvent = second.page.waitForResponse((r) => r.request().method() === 'POST');
	await save(second.page);
	expect((await refusedEvent).status()).toBe(409);
	const eventConflict = second.page.getByRole('region', { name: m.staff_conflict_event({}, { locale }) });
	await expect(eventConflict.getByRole('definition').first()).toHaveText(theirs);
	await expect(titleField(second.page)).toHaveValue(`Vorming (online) ${run}`);
	await expectAccessible(second.page);
	expect(
		await db
			.selectFrom('staff_events')
			.select(['title', 'version'])
			.where('id', '=', event)
			.executeTakeFirstOrThrow()
	).toEqual({ title: theirs, version: 2 });
	await first.context.close();
	await second.context.close();
});

test('the intranet admin deletes an agenda item after ticking the confirmation: gone from the agenda and its .ics', async ({
	browser,
	baseURL
}) => {
	const title = `Personeelsvergadering ${run}`;
	// Whole minutes, as a datetime-local field holds them.
	const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 2 * 24 * 3_600_000);
	const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
	const { id } = await db
		.insertInto('staff_events')
		.values({
			title,
			description: 'Jaarlijkse vergadering',
			starts_at: startsAt,
			ends_at: endsAt,
			place: 'Brussel',
			created_by: await userId(db, staff.marie)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const { context, page } = await signedInPage(db, browser, baseURL, staff.marie);
	const ics = async () => (await page.request.get(`/${locale}/agenda.ics`)).text();
	expect(await ics()).toContain(`SUMMARY:${title}`);
	await page.goto(`/${locale}/agenda`);
	await page.getByRole('link', { name: `${m.staff_edit({}, { locale })} (${title})` }).click();
	await expect(page).toHaveURL(`/${locale}/agenda/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.staff_event_edit({}, { locale }));
	await expect(page.getByLabel(m.staff_field_title({}, { locale }))).toHaveValue(title);
	await expect(page.getByLabel(m.staff_field_starts({}, { locale }))).toHaveValue(
		dateTimeLocalValue(startsAt)
	);
	await expect(page.getByLabel(m.staff_field_ends({}, { locale }))).toHaveValue(dateTimeLocalValue(endsAt));
	await expect(page.getByLabel(m.staff_field_place({}, { locale }))).toHaveValue('Brussel');
	await expect(page.getByLabel(m.staff_field_audience({}, { locale }))).toHaveValue('all');
	await expectAccessible(page);

	// Not ticked: a 400 that says so, and the item stays.
	const remove = page.getByRole('button', { name: m.staff_delete_submit({}, { locale }) });
	const refused = page.waitForResponse((r) => r.request().method() === 'POST');
	await remove.click();
	expect((await refused).status()).toBe(400);
	await expect(page.locator('#confirm-error')).toContainText(m.staff_delete_confirm_missing({}, { locale }));
	await expectAccessible(page);
	expect(await db.selectFrom('staff_events').select('id').where('id', '=', id).execute()).toHaveLength(1);

	await page.getByLabel(m.staff_delete_confirm({}, { locale })).check();
	await remove.click();
	await expect(page).toHaveURL(`/${locale}/agenda?done=deleted`);
	await expect(page.getByText(m.staff_event_deleted({}, { locale }))).toBeVisible();
	await expect(page.getByText(title)).toHaveCount(0);
	await expectAccessible(page);
	expect(await ics()).not.toContain(title);
	expect(await db.selectFrom('staff_events').select('id').where('id', '=', id).execute()).toEqual([]);
	// Its page is gone too.
	expect((await page.request.get(`/${locale}/agenda/${id}`)).status()).toBe(404);
	await context.close();
});

test('edit pages: 404 for staff who may not edit (page and forged posts), and for ids that name nothing', async ({
	browser,
	baseURL
}) => {
	const marie = await userId(db, staff.marie);
	const announcementTitle = `Niet voor jou ${run}`;
	const { id: announcement } = await db
		.insertInto('announcements')
		.values({ title: announcementTitle, body: 'Alleen admins bewerken.', created_by: marie })
		.returning('id')
		.executeTakeFirstOrThrow();
	const eventTitle = `Niet te wissen ${run}`;
	const startsAt = new Date(Date.now() + 3 * 24 * 3_600_000);
	const { id: event } = await db
		.insertInto('staff_events')
		.values({
			title: eventTitle,
			starts_at: startsAt,
			ends_at: new Date(startsAt.getTime() + 3_600_000),
			created_by: marie
		})
		.returning('id')
		.executeTakeFirstOrThrow();

	// An, a WSM editor without admin rights, sees both but may change neither.
	const an = await signedInPage(db, browser, baseURL, staff.an);
	await an.page.goto(`/${locale}/announcements`);
	await expect(an.page.getByRole('heading', { name: announcementTitle })).toBeVisible();
	await expect(an.page.getByRole('link', { name: m.staff_edit({}, { locale }) })).toHaveCount(0);
	await an.page.goto(`/${locale}/agenda`);
	await expect(an.page.getByRole('heading', { name: eventTitle })).toBeVisible();
	await expect(an.page.getByRole('link', { name: m.staff_edit({}, { locale }) })).toHaveCount(0);
	const response = await an.page.goto(`/${locale}/announcements/${announcement}`);
	expect(response?.status()).toBe(404);
	await expect(an.page.getByLabel(m.staff_field_title({}, { locale }))).toHaveCount(0);
	expect((await an.page.request.get(`/${locale}/agenda/${event}`)).status()).toBe(404);
	const post = (path: string, form: Record<string, string>) =>
		an.page.request.post(path, { form, headers: { origin: baseURL! }, maxRedirects: 0 });
	for (const [path, form] of [
		[
			`/${locale}/announcements/${announcement}?/save`,
			{ title: 'Vervalst', body: 'x', audience: 'all', publishFrom: '', expiresAt: '' }
		],
		[`/${locale}/announcements/${announcement}?/delete`, { confirm: 'on' }],
		[
			`/${locale}/agenda/${event}?/save`,
			{ title: 'Vervalst', audience: 'all', startsAt: '2099-01-01T10:00', endsAt: '2099-01-01T11:00' }
		],
		[`/${locale}/agenda/${event}?/delete`, { confirm: 'on' }],
		// Refused input too: permission is asked first.
		[`/${locale}/announcements/${announcement}?/save`, { title: '' }]
	] as const) {
		expect((await post(path, form)).status(), path).toBe(404);
	}
	expect(
		await db.selectFrom('announcements').select('title').where('id', '=', announcement).execute()
	).toEqual([{ title: announcementTitle }]);
	expect(await db.selectFrom('staff_events').select('title').where('id', '=', event).execute()).toEqual([
		{ title: eventTitle }
	]);
	await an.context.close();

	// The admin: 404 for an id that names nothing, well-formed or not.
	const admin = await signedInPage(db, browser, baseURL, staff.marie);
	for (const path of [
		`/${locale}/announcements/${crypto.randomUUID()}`,
		`/${locale}/announcements/not-an-id`,
		`/${locale}/agenda/${crypto.randomUUID()}`,
		`/${locale}/agenda/${event}x`
	]) {
		expect((await admin.page.request.get(path)).status(), path).toBe(404);
	}
	expect(
		(
			await admin.page.request.post(`/${locale}/agenda/not-an-id?/delete`, {
				form: { confirm: 'on' },
				headers: { origin: baseURL! }
			})
		).status()
	).toBe(404);
	await admin.context.close();
});
