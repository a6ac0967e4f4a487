// The member's own account, as its owner uses it and as an attacker would try it: invitations,
// two-step verification at login, password reset by mail, sessions, and organisations' borders.
import { expect, test, type Page } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible, forgedHostRequest } from '@solidair/tooling/playwright/checks';
import {
	acceptAsNewAccount,
	e2eDb,
	enrol,
	freshEmail,
	invitationToken,
	locale,
	logIn,
	memberAccount,
	newPassword as password,
	outboxLink,
	organisationId,
	signedOut,
	nextTotp,
	userId
} from '@solidair/account/e2e/members';

const db = e2eDb();
test.afterAll(() => db.destroy());

/** A new organisation admin, signed in on `page` with 2FA set up (their role requires it). */
async function newAdmin(page: Page, slug: string, name: string) {
	const email = freshEmail(name.toLowerCase().replace(/\s+/g, '.'));
	await acceptAsNewAccount(
		page,
		`/${locale}/invitation?token=${await invitationToken(db, slug, email, 'admin')}`,
		name
	);
	const { secret, recoveryCodes } = await enrol(page);
	return { email, secret, recoveryCodes };
}

test('invited, an admin sets a password and 2FA; logging in then asks for a code, and a wrong one is refused', async ({
	page,
	browser,
	baseURL
}) => {
	const admin = await newAdmin(page, 'abvv-fgtb', 'Nadia Verbruggen');
	expect(new Set(admin.recoveryCodes).size).toBe(10);
	// The recovery codes are shown once: the page shown again has only the switch-off form.
	await page.goto(`/${locale}/account/two-factor`);
	await expect(page.getByTestId('recovery-codes')).toHaveCount(0);
	await expect(page.getByText(m.account_two_factor_on({}, { locale }))).toBeVisible();

	// The admin invites a member through the page; the mail carries the link.
	await page.goto(`/${locale}/organisation`);
	await expectAccessible(page);
	const memberEmail = freshEmail('nieuw.lid');
	const section = page
		.getByRole('region', { name: m.organisation_members({ organisation: 'ABVV-FGTB' }, { locale }) })
		.first();
	await section.getByLabel(m.organisation_email({}, { locale })).fill(memberEmail);
	await section.getByRole('button', { name: m.organisation_invite_submit({}, { locale }) }).click();
	await expect(page.getByText(m.organisation_invited({ email: memberEmail }, { locale }))).toBeVisible();
	await expect(
		section.getByRole('button', { name: m.organisation_revoke({ email: memberEmail }, { locale }) })
	).toBeVisible();
	const link = await outboxLink(db, memberEmail, 'invitation', `/${locale}/invitation`);
	const invitee = await signedOut(browser, baseURL);
	await acceptAsNewAccount(invitee.page, link, 'Pieter Goossens');
	// A member's role does not require 2FA: straight into the members' area.
	await expect(invitee.page).toHaveURL(`/${locale}/members`);
	// The link works once.
	await invitee.page.goto(link);
	await expect(invitee.page.getByText(m.invitation_invalid({}, { locale }))).toBeVisible();
	await invitee.context.close();

	// Continue to the members' area, log out, log in again: the code page comes after the password.
	await page.goto(`/${locale}/members`);
	await page.getByRole('button', { name: m.logout({}, { locale }) }).click();
	await logIn(page, admin.email, password);
	await expect(page).toHaveURL(`/${locale}/login/two-factor`);
	await expectAccessible(page);
	// Without the code the session opens nothing.
	await page.goto(`/${locale}/members`);
	await expect(page).toHaveURL(new RegExp(`/${locale}/login/two-factor\\?next=`));
	const right = nextTotp(admin.secret);
	const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
	await page.getByLabel(m.two_factor_code({}, { locale })).fill(wrong);
	await page.getByRole('button', { name: m.two_factor_submit({}, { locale }) }).click();
	await expect(page.getByRole('link', { name: m.two_factor_invalid({}, { locale }) })).toBeVisible();
	await expect(page).toHaveURL(/\/nl\/login\/two-factor/);
	await expectAccessible(page);
	await page.getByLabel(m.two_factor_code({}, { locale })).fill(right);
	await page.getByRole('button', { name: m.two_factor_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/members`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		m.members_welcome({ name: 'Nadia Verbruggen' }, { locale })
	);
});

test('a reset asked with a forged Host: one answer for a known and an unknown address, the link on ORIGIN', async ({
	baseURL
}) => {
	const known = await memberAccount(db, 'solidaris', 'Hanne Peeters');
	const unknown = freshEmail('niemand');
	const answers = [];
	for (const email of [known, unknown]) {
		const response = await forgedHostRequest(baseURL!, `/${locale}/login/reset`, {
			method: 'POST',
			form: { email }
		});
		answers.push([response.status, response.headers.location]);
	}
	expect(answers).toEqual([
		[303, `/${locale}/login/reset?sent=1`],
		[303, `/${locale}/login/reset?sent=1`]
	]);
	const link = await outboxLink(db, known, 'password-reset', `/${locale}/login/reset/new`);
	const mail = await db
		.selectFrom('outbox')
		.select('text_body')
		.where('to_address', '=', known)
		.executeTakeFirstOrThrow();
	expect(mail.text_body).not.toContain('evil.example');
	expect(mail.text_body).toContain(`${new URL(baseURL!).origin}${link.split('?')[0]}`);
});

test('a password is reset through the mailed link, once; the old password stops working', async ({
	page,
	browser,
	baseURL
}) => {
	const email = await memberAccount(db, 'solidaris', 'Jonas Maes');
	await page.goto(`/${locale}/login`);
	await page.getByRole('link', { name: m.login_forgot({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/login/reset`);
	await expectAccessible(page);
	await page.getByLabel(m.login_email({}, { locale })).fill(email);
	await page.getByRole('button', { name: m.reset_submit({}, { locale }) }).click();
	await expect(page.getByText(m.reset_sent({}, { locale }))).toBeVisible();
	await expectAccessible(page);
	// An unknown address gets exactly the same answer (and no mail).
	const unknown = freshEmail('niemand');
	await page.goto(`/${locale}/login/reset`);
	await page.getByLabel(m.login_email({}, { locale })).fill(unknown);
	await page.getByRole('button', { name: m.reset_submit({}, { locale }) }).click();
	await expect(page.getByText(m.reset_sent({}, { locale }))).toBeVisible();
	expect(await db.selectFrom('outbox').select('id').where('to_address', '=', unknown).execute()).toEqual([]);

	const link = await outboxLink(db, email, 'password-reset', `/${locale}/login/reset/new`);
	await page.goto(link);
	await expectAccessible(page);
	const newPassword = 'nieuwe-lente-wind-77';
	// Two different passwords: a 400 in the user's language, nothing kept.
	await page.getByLabel(m.account_password_new({}, { locale })).fill(newPassword);
	await page.getByLabel(m.account_password_repeat({}, { locale })).fill('iets-anders-helemaal');
	await page.getByRole('button', { name: m.reset_new_submit({}, { locale }) }).click();
	await expect(page.getByRole('link', { name: m.password_mismatch({}, { locale }) })).toBeVisible();
	await expect(page.getByLabel(m.account_password_new({}, { locale }))).toHaveValue('');
	// A password on the blocklist is refused with the rule, in Dutch.
	await page.getByLabel(m.account_password_new({}, { locale })).fill('password123');
	await page.getByLabel(m.account_password_repeat({}, { locale })).fill('password123');
	await page.getByRole('button', { name: m.reset_new_submit({}, { locale }) }).click();
	await expect(page.getByRole('link', { name: m.password_common({}, { locale }) })).toBeVisible();
	await page.getByLabel(m.account_password_new({}, { locale })).fill(newPassword);
	await page.getByLabel(m.account_password_repeat({}, { locale })).fill(newPassword);
	await page.getByRole('button', { name: m.reset_new_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/login?reset=1`);
	await expect(page.getByText(m.login_reset_done({}, { locale }))).toBeVisible();

	// The link works once.
	await page.goto(link);
	await expect(page.getByText(m.reset_invalid({}, { locale }))).toBeVisible();
	// The old password no longer opens the account, the new one does.
	const other = await signedOut(browser, baseURL);
	await logIn(other.page, email, password);
	await expect(other.page.getByRole('alert')).toHaveText(m.login_failed({}, { locale }));
	await logIn(other.page, email, newPassword);
	await expect(other.page).toHaveURL(`/${locale}/members`);
	await other.context.close();
});

test('an organisation admin manages their own members only: another organisation’s ids get a 404', async ({
	page,
	browser,
	baseURL
}) => {
	const admin = await newAdmin(page, 'aclvb-cgslb', 'Ruben Wouters');
	const colleague = await memberAccount(db, 'aclvb-cgslb', 'Lies Jacobs');
	const outsider = await memberAccount(db, 'solidaris', 'Wim Peeters');
	const [own, foreign] = [await organisationId(db, 'aclvb-cgslb'), await organisationId(db, 'solidaris')];
	const origin = new URL(page.url()).origin;

	// Posting the ids of another organisation's member: 404, nothing removed, the attempt logged.
	const attempt = await page.request.post(`/${locale}/organisation?/remove`, {
		form: { organisation: foreign, user: await userId(db, outsider) },
		headers: { origin },
		maxRedirects: 0
	});
	expect(attempt.status()).toBe(404);
	// An error page, never a stack trace.
	expect(await attempt.text()).not.toMatch(/\n\s+at \S+ \(/);
	// Nor with their own organisation's id and an outsider: not a member there, so nothing to remove.
	const mixed = await page.request.post(`/${locale}/organisation?/remove`, {
		form: { organisation: own, user: await userId(db, outsider) },
		headers: { origin },
		maxRedirects: 0
	});
	expect(mixed.status()).toBe(404);
	const memberships = await db
		.selectFrom('memberships')
		.select('organisation_id')
		.where('user_id', '=', await userId(db, outsider))
		.execute();
	expect(memberships).toEqual([{ organisation_id: foreign }]);
	const denied = await db
		.selectFrom('audit_log')
		.select(['target_type', 'target_id'])
		.where('action', '=', 'resource.access_denied')
		.where('actor_id', '=', await userId(db, admin.email))
		.execute();
	expect(denied).toContainEqual({ target_type: 'organisation', target_id: foreign });

	// Their own member they can remove, with the button.
	await page.goto(`/${locale}/organisation`);
	await page
		.getByRole('button', { name: m.organisation_remove({ name: 'Lies Jacobs' }, { locale }) })
		.click();
	await expect(page.getByText(m.organisation_removed({ name: 'Lies Jacobs' }, { locale }))).toBeVisible();
	expect(
		await db
			.selectFrom('memberships')
			.select('user_id')
			.where('user_id', '=', await userId(db, colleague))
			.execute()
	).toEqual([]);
	// A plain member has no members page at all.
	const { context: member, page: memberPage } = await signedOut(browser, baseURL);
	await logIn(memberPage, outsider, password);
	await expect(memberPage).toHaveURL(`/${locale}/members`);
	const response = await memberPage.goto(`/${locale}/organisation`);
	expect(response?.status()).toBe(404);
	await member.close();
});

test('the sessions list shows each device; ending another session logs that device out', async ({
	page,
	browser,
	baseURL
}) => {
	const email = await memberAccount(db, 'cm-mc', 'Ilse Claes');
	await logIn(page, email, password);
	await expect(page).toHaveURL(`/${locale}/members`);
	const second = await signedOut(browser, baseURL);
	await logIn(second.page, email, password);
	await expect(second.page).toHaveURL(`/${locale}/members`);

	await page.getByRole('link', { name: m.account_nav({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/account`);
	await expectAccessible(page);
	const sessions = page
		.getByRole('region', { name: m.account_sessions({}, { locale }) })
		.first()
		.getByRole('row');
	// A header row and two sessions, one of them this device.
	await expect(sessions).toHaveCount(3);
	await expect(sessions.filter({ hasText: m.account_session_this({}, { locale }) })).toHaveCount(1);
	await sessions
		.filter({ has: page.getByRole('button') })
		.filter({ hasNotText: m.account_session_this({}, { locale }) })
		.getByRole('button')
		.click();
	await expect(page.getByText(m.account_session_revoked({}, { locale }))).toBeVisible();
	await expect(sessions).toHaveCount(2);

	// The other device is logged out at its next request.
	await second.page.goto(`/${locale}/members`);
	await expect(second.page).toHaveURL(/\/nl\/login\?next=/);
	await second.context.close();
	// This one still works.
	await page.goto(`/${locale}/members`);
	await expect(page).toHaveURL(`/${locale}/members`);
	expect(
		await db
			.selectFrom('audit_log')
			.select('action')
			.where('actor_id', '=', await userId(db, email))
			.where('action', '=', 'session.revoked')
			.execute()
	).toHaveLength(1);
});
