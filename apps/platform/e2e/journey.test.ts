// One member's whole way in, as the issue tells it: invited by their organisation's admin, they
// set a password, turn on 2FA, log in with a code, and share a file with a working group. A member
// of another organisation outside the group cannot see it; one inside the group finds it on their
// dashboard under "new for you".
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import {
	acceptAsNewAccount,
	bolivia,
	e2eDb,
	enrol,
	freshEmail,
	invitationToken,
	joinGroup,
	locale,
	logIn,
	memberAccount,
	newPassword,
	outboxLink,
	pdf,
	run,
	signedOut,
	nextTotp
} from '@solidair/account/e2e/members';

const db = e2eDb();
test.afterAll(() => db.destroy());

test('invite → password → 2FA → log in with a code → upload to a group; outsiders get 404, group members see it as new', async ({
	page,
	browser,
	baseURL
}) => {
	// An admin of ABVV-FGTB (with the 2FA their role requires) invites a new colleague.
	const adminEmail = freshEmail('beheerder');
	await acceptAsNewAccount(
		page,
		`/${locale}/invitation?token=${await invitationToken(db, 'abvv-fgtb', adminEmail, 'admin')}`,
		'An Beheerder'
	);
	await enrol(page);
	await page.goto(`/${locale}/organisation`);
	const memberEmail = freshEmail('nieuw.lid');
	const section = page
		.getByRole('region', { name: m.organisation_members({ organisation: 'ABVV-FGTB' }, { locale }) })
		.first();
	await section.getByLabel(m.organisation_email({}, { locale })).fill(memberEmail);
	await section.getByRole('button', { name: m.organisation_invite_submit({}, { locale }) }).click();
	await expect(page.getByText(m.organisation_invited({ email: memberEmail }, { locale }))).toBeVisible();

	// The new member follows the mailed link, chooses a password, then turns on 2FA.
	const member = await signedOut(browser, baseURL);
	await acceptAsNewAccount(
		member.page,
		await outboxLink(db, memberEmail, 'invitation', `/${locale}/invitation`),
		'Pieter Goossens'
	);
	await expect(member.page).toHaveURL(`/${locale}/members`);
	await member.page.goto(`/${locale}/account/two-factor`);
	const { secret } = await enrol(member.page);

	// Logging in again takes the password and then a code from the authenticator.
	await member.page.goto(`/${locale}/members`);
	await member.page.getByRole('button', { name: m.logout({}, { locale }) }).click();
	await logIn(member.page, memberEmail, newPassword);
	await expect(member.page).toHaveURL(`/${locale}/login/two-factor`);
	await member.page.getByLabel(m.two_factor_code({}, { locale })).fill(nextTotp(secret));
	await member.page.getByRole('button', { name: m.two_factor_submit({}, { locale }) }).click();
	await expect(member.page).toHaveURL(`/${locale}/members`);

	// Into the Bolivia group, and a report for the group only.
	await joinGroup(member.page, bolivia);
	await member.page.goto(`/${locale}/files`);
	const title = `Werkbezoek Bolivia ${run}`;
	const report = pdf(title);
	await member.page.getByLabel(m.files_col_title({}, { locale })).fill(title);
	await member.page
		.locator('input#file')
		.setInputFiles({ name: `werkbezoek-${run}.pdf`, mimeType: 'application/pdf', buffer: report });
	await member.page.getByLabel(m.files_field_scope({}, { locale })).selectOption({
		label: m.files_scope_group({ name: bolivia.name }, { locale })
	});
	await member.page.getByRole('button', { name: m.files_upload_submit({}, { locale }) }).click();
	await expect(member.page).toHaveURL(/\/nl\/files\?added=[0-9a-f-]{36}$/);
	await member.page.getByRole('status').getByRole('link', { name: title }).click();
	const filePath = new URL(member.page.url()).pathname;
	await member.context.close();

	// A member of Solidaris outside the group: the file is nowhere, and its address is a 404.
	const outsiderEmail = await memberAccount(db, 'solidaris', 'Wim Peeters');
	const outsider = await signedOut(browser, baseURL);
	await logIn(outsider.page, outsiderEmail, newPassword);
	await expect(outsider.page).toHaveURL(`/${locale}/members`);
	await expect(outsider.page.getByText(title)).toHaveCount(0);
	for (const path of [filePath, `${filePath}/v/1`]) {
		expect((await outsider.page.request.get(path)).status(), path).toBe(404);
	}
	await outsider.page.goto(`/${locale}/files`);
	await expect(outsider.page.getByText(title)).toHaveCount(0);
	await outsider.context.close();

	// A member of CM-MC who joins the group: the report is new for them, and theirs to download.
	const fellowEmail = await memberAccount(db, 'cm-mc', 'Els Wouters');
	const fellow = await signedOut(browser, baseURL);
	await logIn(fellow.page, fellowEmail, newPassword);
	await joinGroup(fellow.page, bolivia);
	await fellow.page.goto(`/${locale}/members`);
	const news = fellow.page.getByRole('region', { name: m.dashboard_heading({}, { locale }) });
	const item = news.getByRole('listitem').filter({ hasText: title });
	await expect(item.getByRole('link', { name: title })).toHaveAttribute('href', filePath);
	await expect(item).toContainText(m.activity_file({ actor: 'Pieter Goossens' }, { locale }));
	await expectAccessible(fellow.page);
	const download = await fellow.page.request.get(`${filePath}/v/1`);
	expect(download.status()).toBe(200);
	expect(Buffer.compare(await download.body(), report)).toBe(0);
	await fellow.context.close();
});

test('the digest preference: saved, shown, and a forged value refused in the member’s language', async ({
	page
}) => {
	const email = await memberAccount(db, 'acv-csc', 'Tine Peeters');
	await logIn(page, email, newPassword);
	await expect(page).toHaveURL(`/${locale}/members`);
	await page.goto(`/${locale}/account`);
	const digest = page.getByRole('radiogroup', { name: m.account_digest({}, { locale }) });
	// Weekly unless the member chooses otherwise.
	await expect(digest.getByLabel(m.account_digest_weekly({}, { locale }))).toBeChecked();
	await digest.getByLabel(m.account_digest_daily({}, { locale })).check();
	await page.getByRole('button', { name: m.account_digest_save({}, { locale }) }).click();
	await expect(page.getByText(m.account_digest_saved({}, { locale }))).toBeVisible();
	await expect(digest.getByLabel(m.account_digest_daily({}, { locale }))).toBeChecked();
	const row = await db
		.selectFrom('users')
		.select('digest_frequency')
		.where('email', '=', email)
		.executeTakeFirstOrThrow();
	expect(row.digest_frequency).toBe('daily');

	// A value no option offers: a 400 with the reason, and nothing changed.
	await digest.getByLabel(m.account_digest_never({}, { locale })).evaluate((input: HTMLInputElement) => {
		input.value = 'hourly';
		input.checked = true;
	});
	const [response] = await Promise.all([
		page.waitForResponse((answer) => answer.request().method() === 'POST'),
		page.getByRole('button', { name: m.account_digest_save({}, { locale }) }).click()
	]);
	expect(response.status()).toBe(400);
	await expect(page.getByText(m.account_digest_invalid({}, { locale }))).toBeVisible();
	await expectAccessible(page);
	const after = await db
		.selectFrom('users')
		.select('digest_frequency')
		.where('email', '=', email)
		.executeTakeFirstOrThrow();
	expect(after.digest_frequency).toBe('daily');
});
