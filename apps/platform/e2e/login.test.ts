// Logging in to the members' area, as a member would and as an attacker would try it.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { demoPassword, e2eDb, forgetFailedLogins, karim, locale, logIn } from '@solidair/account/e2e/members';

// A plain member: an organisation admin must set up 2FA first (account.test.ts tests that).
const member = karim;
const db = e2eDb(1);
test.afterAll(() => db.destroy());
const password = demoPassword;

test('the members area is only for people who are signed in', async ({ page }) => {
	await page.goto(`/${locale}/members`);
	await expect(page).toHaveURL(/\/nl\/login\?next=/);
	await expectAccessible(page);
});

test('a wrong password and an unknown e-mail get the same answer; the e-mail is kept, the password not', async ({
	page,
	context
}) => {
	const answers: string[] = [];
	for (const email of [member.email, 'nobody@example.org']) {
		await logIn(page, email, 'not the password');
		const alert = page.getByRole('alert');
		await expect(alert).toHaveText(m.login_failed({}, { locale }));
		answers.push((await alert.textContent()) ?? '');
		await expect(page.getByLabel(m.login_email({}, { locale }))).toHaveValue(email);
		await expect(page.getByLabel(m.login_password({}, { locale }))).toHaveValue('');
		await expectAccessible(page);
	}
	expect(answers[0]).toBe(answers[1]);
	expect((await context.cookies()).find((cookie) => cookie.name === 'session')).toBeUndefined();
	// A malformed address is a field error in the visitor's language, with a 400.
	const response = await page.request.post(`/${locale}/login`, {
		form: { email: 'not-an-address', password: 'x' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(response.status()).toBe(400);
	await forgetFailedLogins(db);
});

test('logging in starts a new session (no fixation), logging out ends it on the server', async ({
	page,
	context,
	baseURL,
	browser
}) => {
	// A token planted before login is never promoted to a session.
	await context.addCookies([{ name: 'session', value: 'planted.token', url: baseURL! }]);
	await logIn(page, member.email, password);
	await expect(page).toHaveURL(`/${locale}/members`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		m.members_welcome({ name: member.name }, { locale })
	);
	await expect(page.getByRole('region', { name: m.members_organisations({}, { locale }) })).toContainText(
		member.organisation
	);
	await expectAccessible(page);
	const session = (await context.cookies()).find((cookie) => cookie.name === 'session')!;
	expect(session.value).not.toBe('planted.token');
	expect(session.value).toMatch(/^[a-z2-7]{32}\.[a-z2-7]{32}$/);
	expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

	await page.getByRole('button', { name: m.logout({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}`);
	// The old token, replayed from elsewhere, opens nothing.
	const other = await browser.newContext({ baseURL });
	await other.addCookies([{ name: 'session', value: session.value, url: baseURL! }]);
	const replay = await other.newPage();
	await replay.goto(`/${locale}/members`);
	await expect(replay).toHaveURL(/\/nl\/login\?next=/);
	await other.close();
});

test('after logging in the member returns to the page they asked for, never to another site', async ({
	page
}) => {
	await page.goto(`/${locale}/members`);
	await expect(page).toHaveURL(`/${locale}/login?next=${encodeURIComponent(`/${locale}/members`)}`);
	await page.goto(`/${locale}/login?next=${encodeURIComponent('//evil.example/x')}`);
	await page.getByLabel(m.login_email({}, { locale })).fill(member.email);
	await page.getByLabel(m.login_password({}, { locale })).fill(password);
	await page.getByRole('button', { name: m.login_submit({}, { locale }) }).click();
	await expect(page).toHaveURL(`/${locale}/members`);
});

test('a login form posted from another site is refused', async ({ request }) => {
	const response = await request.post(`/${locale}/login`, {
		form: { email: member.email, password },
		headers: { origin: 'https://evil.example' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
	expect(response.headers()['set-cookie'] ?? '').not.toContain('session=');
});
