// Signing in to the intranet, as staff would and as anyone else would try it. The pages are the
// portal's (one implementation in @solidair/account): this checks the intranet's own
// rules — staff only, 2FA for its admins, its home, its mail, the language a staff member chooses.
import { expect, test } from '@playwright/test';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import {
	e2eDb,
	enrol,
	forgetFailedLogins,
	karim,
	locale,
	logIn,
	memberAccount,
	newPassword,
	outboxLink,
	signedOut,
	nextTotp
} from '@solidair/account/e2e/members';

const db = e2eDb();
test.afterAll(() => db.destroy());

// Demo staff (the seed's): site editors of WSM and of FOS.
const an = { email: 'an.janssens@wsm.be', name: 'An Janssens' };
const tom = { email: 'tom.vermeulen@fos.ngo', name: 'Tom Vermeulen' };
const greeting = (name: string, lang: Locale = locale) => m.intranet_welcome_name({ name }, { locale: lang });

test('staff log in and land on the home page, greeted by name; the way in is accessible', async ({
	page
}) => {
	await page.goto(`/${locale}`);
	await expect(page).toHaveURL(`/${locale}/login?next=${encodeURIComponent(`/${locale}`)}`);
	await expect(page.getByText(m.intranet_login_intro({}, { locale }))).toBeVisible();
	await expect(page).toHaveTitle(`${m.login_title({}, { locale })} · ${m.intranet_name({}, { locale })}`);
	await expectAccessible(page);
	await logIn(page, an.email);
	await expect(page).toHaveURL(`/${locale}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(greeting(an.name));
	await expectAccessible(page);
	// The forgotten-password page too.
	await page.goto(`/${locale}/login/reset`);
	await expectAccessible(page);
});

test('a partner member of the portal can log in, but the intranet is not theirs: 404', async ({ page }) => {
	await logIn(page, karim.email);
	await expect(page).toHaveURL(`/${locale}`);
	for (const path of [`/${locale}`, `/${locale}/account`, `/${locale}/account/two-factor`]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
	}
});

test('a wrong password and an unknown e-mail get the same answer, and no session', async ({
	page,
	context
}) => {
	const answers: string[] = [];
	for (const email of [an.email, 'nobody@example.org']) {
		await logIn(page, email, 'not the password');
		const alert = page.getByRole('alert');
		await expect(alert).toHaveText(m.login_failed({}, { locale }));
		answers.push((await alert.textContent()) ?? '');
		await expect(page.getByLabel(m.login_password({}, { locale }))).toHaveValue('');
		await expectAccessible(page);
	}
	expect(answers[0]).toBe(answers[1]);
	expect((await context.cookies()).find((cookie) => cookie.name === 'session')).toBeUndefined();
	await forgetFailedLogins(db);
});

test('an intranet admin sets up 2FA before the home page, and logs in with a code after', async ({
	page
}) => {
	// A new colleague at WSM made intranet admin (the demo admin's 2FA stays as the seed has it).
	const name = 'Sarah Wuyts';
	const email = await memberAccount(db, 'wsm', name);
	await db.updateTable('users').set({ is_intranet_admin: true }).where('email', '=', email).execute();

	await logIn(page, email, newPassword);
	await expect(page).toHaveURL(`/${locale}/account/two-factor?next=${encodeURIComponent(`/${locale}`)}`);
	await expect(page.getByText(m.enrol_required({}, { locale }))).toBeVisible();
	// Nothing else opens before it is set up.
	await page.goto(`/${locale}/account`);
	await expect(page).toHaveURL(new RegExp(`/${locale}/account/two-factor\\?next=`));
	const { secret } = await enrol(page);
	await page.getByRole('link', { name: m.enrol_continue({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/account`);
	await page.goto(`/${locale}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(greeting(name));

	// Next time the code page comes after the password.
	await page.goto(`/${locale}/logout`);
	await page.getByRole('button', { name: m.logout({}, { locale }) }).click();
	await logIn(page, email, newPassword);
	await expect(page).toHaveURL(`/${locale}/login/two-factor`);
	await expectAccessible(page);
	await page.getByLabel(m.two_factor_code({}, { locale })).fill(nextTotp(secret));
	await page.getByRole('button', { name: m.two_factor_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(greeting(name));
});

test('logging out, from the menu, ends the session on the server', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await logIn(page, tom.email);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(greeting(tom.name));
	const session = (await context.cookies()).find((cookie) => cookie.name === 'session')!;
	await page.getByRole('link', { name: m.logout({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/logout`);
	await expectAccessible(page);
	await page.getByRole('button', { name: m.logout({}, { locale }) }).click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/login\\?next=`));
	// The old token, replayed from elsewhere, opens nothing.
	const other = await signedOut(browser, baseURL);
	await other.context.addCookies([{ name: 'session', value: session.value, url: baseURL! }]);
	await other.page.goto(`/${locale}`);
	await expect(other.page).toHaveURL(new RegExp(`/${locale}/login\\?next=`));
	await other.context.close();
});

test('the chosen language is saved, and the intranet opens in it; a forged one is refused', async ({
	page
}) => {
	const name = 'Julie Dupont';
	const email = await memberAccount(db, 'wsm', name);
	await logIn(page, email, newPassword);
	await expect(page).toHaveURL(`/${locale}`);
	await page.getByRole('link', { name: m.account_nav({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/account`);
	await expectAccessible(page);
	await expect(page.getByRole('region', { name: m.account_sessions({}, { locale }) }).first()).toBeVisible();

	const language = page.getByRole('radiogroup', { name: m.account_language({}, { locale }) });
	await expect(language.getByLabel('Nederlands')).toBeChecked();
	await language.getByLabel('Français').check();
	await page.getByRole('button', { name: m.account_language_save({}, { locale }) }).click();
	// The account page again, now in French.
	await expect(page).toHaveURL('/fr/account?done=language');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByText(m.account_language_saved({}, { locale: 'fr' }))).toBeVisible();
	await expect(
		page.getByRole('radiogroup', { name: m.account_language({}, { locale: 'fr' }) }).getByLabel('Français')
	).toBeChecked();
	await expectAccessible(page);
	const row = await db
		.selectFrom('users')
		.select('locale')
		.where('email', '=', email)
		.executeTakeFirstOrThrow();
	expect(row.locale).toBe('fr');

	// A language the intranet does not offer: a 400 with the reason, and nothing changed.
	const refused = await page.request.post('/fr/account?/language', {
		form: { language: 'es' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(refused.status()).toBe(400);
	const after = await db
		.selectFrom('users')
		.select('locale')
		.where('email', '=', email)
		.executeTakeFirstOrThrow();
	expect(after.locale).toBe('fr');

	// Logging in again, from the Dutch login page, lands on the French home page.
	await page.goto('/fr/logout');
	await page.getByRole('button', { name: m.logout({}, { locale: 'fr' }) }).click();
	await logIn(page, email, newPassword);
	await expect(page).toHaveURL('/fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(greeting(name, 'fr'));
});

test('a password reset mails an intranet link that names the intranet', async ({ page }) => {
	const email = await memberAccount(db, 'fos', 'Bram Claes');
	await page.goto(`/${locale}/login/reset`);
	await page.getByLabel(m.login_email({}, { locale })).fill(email);
	await page.getByRole('button', { name: m.reset_submit({}, { locale }) }).click();
	await expect(page.getByText(m.reset_sent({}, { locale }))).toBeVisible();
	// A link to this intranet's page, in the intranet's words (not the portal's).
	const link = await outboxLink(db, email, 'password-reset', `/${locale}/login/reset/new`);
	const mail = await db
		.selectFrom('outbox')
		.select('text_body')
		.where('to_address', '=', email)
		.executeTakeFirstOrThrow();
	expect(mail.text_body).toBe(
		m.intranet_reset_mail_text({ link: new URL(link, page.url()).href }, { locale })
	);
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.reset_new_title({}, { locale }));
	await expectAccessible(page);
});
