// The staff documents (issue 8): the portal's file library for staff, which a partner's member
// does not see. Staff are signed in without the login page (staff.ts), which has its own tests.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { karim, pdf } from '@solidair/account/e2e/members';
import { run, signedInPage, staff } from '@solidair/account/e2e/staff';
import { locale, staffHomeDb } from './staff-home.ts';

const db = staffHomeDb();

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
