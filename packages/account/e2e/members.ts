// What the portal's end-to-end tests share: logging in, accounts made through invitations,
// authenticator codes, working groups, and PDFs unique to a run.
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP, generateTOTP } from '@oslojs/otp';
import { expect, type Browser, type Page } from '@playwright/test';
import { acceptInvitation, createInvitation } from '@solidair/auth/invitations';
import { createDb } from '@solidair/db';
import { minimalPdf } from '@solidair/db/seed/content/pdf';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';

export const locale = 'nl';
/** Every demo account's password (the seed's). */
export const demoPassword = 'solidair-demo-2026';
/** The password the tests give the accounts they make. */
export const newPassword = 'korte-zomer-regen-42';
// Plain members: an organisation admin must set up 2FA first.
export const karim = {
	email: 'karim.elamrani@abvv-fgtb.be',
	name: 'Karim El Amrani',
	organisation: 'ABVV-FGTB'
};
export const sophie = {
	email: 'sophie.dubois@solidaris.be',
	name: 'Sophie Dubois',
	organisation: 'Solidaris'
};
export const bolivia = { slug: 'bolivia', name: 'Bolivia' };

export const databaseUrl =
	process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54330/solidair';
export type E2eDb = ReturnType<typeof createDb>;
export const e2eDb = (max = 2): E2eDb => createDb(databaseUrl, { max });

// The e2e database outlives a run: everything a run makes carries its own mark.
export const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
let counter = 0;
export const freshEmail = (who: string) => `${who}.${run}.${++counter}@example.org`;

/** Fills in and sends the login form (where it leads is for the test to check). */
export async function logIn(page: Page, email: string, password = demoPassword) {
	await page.goto(`/${locale}/login`);
	await page.getByLabel(m.login_email({}, { locale })).fill(email);
	await page.getByLabel(m.login_password({}, { locale })).fill(password);
	await page.getByRole('button', { name: m.login_submit({}, { locale }) }).click();
}

/**
 * Forgets the failed logins of this machine's address. Every e2e test logs in from 127.0.0.1, so
 * a test that fails logins on purpose would otherwise slow down (throttle) the ones after it, in
 * both apps: they share the database.
 */
export async function forgetFailedLogins(db: E2eDb) {
	await db.deleteFrom('throttles').where('key', 'like', 'login:address:%').execute();
}

/** A demo member, logged in and in the members' area. */
export async function logInAsMember(page: Page, email: string) {
	await logIn(page, email);
	await expect(page).toHaveURL(`/${locale}/members`);
}

export async function signedOut(browser: Browser, baseURL: string | undefined) {
	const context = await browser.newContext({ baseURL });
	return { context, page: await context.newPage() };
}

/** A second browser, with a demo member logged in. */
export async function signedIn(browser: Browser, baseURL: string | undefined, email: string) {
	const visitor = await signedOut(browser, baseURL);
	await logInAsMember(visitor.page, email);
	return visitor;
}

/** Joins a group through the groups page, unless already a member, and opens the group. */
export async function joinGroup(page: Page, group = bolivia) {
	await page.goto(`/${locale}/groups`);
	const join = page.getByRole('button', { name: m.groups_join({ name: group.name }, { locale }) });
	if (await join.isVisible()) await join.click();
	await page.goto(`/${locale}/groups/${group.slug}`);
	await expect(page.getByRole('heading', { name: m.groups_threads({}, { locale }) })).toBeVisible();
}

/** The code an authenticator app shows now for the secret (base32, as the page shows it). */
export const totp = (secret: string) =>
	generateTOTP(decodeBase32IgnorePadding(secret.replace(/\s+/g, '')), 30, 6);

/**
 * The code the app shows in the next 30 seconds. A code passes once: the one that confirmed the
 * set-up is used up, so the first login after it takes the next (one step of clock drift is allowed).
 */
export const nextTotp = (secret: string) =>
	generateHOTP(
		decodeBase32IgnorePadding(secret.replace(/\s+/g, '')),
		BigInt(Math.floor(Date.now() / 30_000) + 1),
		6
	);

export async function organisationId(db: E2eDb, slug: string): Promise<string> {
	const row = await db
		.selectFrom('organisations')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function userId(db: E2eDb, email: string): Promise<string> {
	const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
	return row.id;
}

/** An invitation from the platform admin, as its mail would carry it: the token. */
export async function invitationToken(
	db: E2eDb,
	slug: string,
	email: string,
	role: 'member' | 'admin'
): Promise<string> {
	const invitation = await createInvitation(db, {
		organisationId: await organisationId(db, slug),
		email,
		role,
		invitedBy: await userId(db, 'admin@waardigwerk.be')
	});
	if (!invitation.ok) throw new Error(`invitation refused: ${invitation.reason}`);
	return invitation.token;
}

/** A member account made without the browser, for tests about something else; its e-mail. */
export async function memberAccount(db: E2eDb, slug: string, name: string): Promise<string> {
	const email = freshEmail(name.toLowerCase().replace(/\s+/g, '.'));
	const result = await acceptInvitation(db, await invitationToken(db, slug, email, 'member'), {
		displayName: name,
		password: newPassword
	});
	if (!result.ok) throw new Error(`acceptance refused: ${result.problem}`);
	return email;
}

/** Accepts an invitation in the browser: name and a new password. */
export async function acceptAsNewAccount(page: Page, link: string, name: string) {
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.invitation_title({}, { locale }));
	await expectAccessible(page);
	await page.getByLabel(m.invitation_name({}, { locale })).fill(name);
	await page.getByLabel(m.account_password_new({}, { locale })).fill(newPassword);
	await page.getByLabel(m.account_password_repeat({}, { locale })).fill(newPassword);
	await page.getByRole('button', { name: m.invitation_accept({}, { locale }) }).click();
}

/** On the set-up page: scans (reads) the secret, confirms with a code; returns secret and recovery codes. */
export async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
	await expect(page).toHaveURL(new RegExp(`/${locale}/account/two-factor`));
	await expect(page.getByRole('img', { name: m.enrol_qr_label({}, { locale }) })).toBeVisible();
	await expectAccessible(page);
	const secret = ((await page.locator('#totp-secret').textContent()) ?? '').replace(/\s+/g, '');
	expect(secret).toMatch(/^[A-Z2-7]{32}$/);
	await page.getByLabel(m.enrol_code({}, { locale })).fill(totp(secret));
	await page.getByRole('button', { name: m.enrol_submit({}, { locale }) }).click();
	const codes = page.getByTestId('recovery-codes').getByRole('listitem');
	await expect(codes).toHaveCount(10);
	await expectAccessible(page);
	return { secret, recoveryCodes: await codes.allTextContents() };
}

/** The link of the latest mail of a kind to an address, checked to be a token link to `path`; as a path. */
export async function outboxLink(db: E2eDb, to: string, kind: string, path: string): Promise<string> {
	const mail = await db
		.selectFrom('outbox')
		.select(['text_body', 'subject'])
		.where('to_address', '=', to)
		.where('kind', '=', kind)
		.orderBy('created_at', 'desc')
		.executeTakeFirstOrThrow();
	const link = [...mail.text_body.matchAll(/https?:\/\/\S+/g)].map((match) => new URL(match[0]))[0]!;
	expect(link.pathname).toBe(path);
	expect(link.searchParams.get('token')).toMatch(/^[a-z2-7]{32}$/);
	return `${link.pathname}${link.search}`;
}

/** A tiny but valid PDF whose text (and so bytes) is unique to this run: the seed's own maker. */
export const pdf = (text: string): Buffer => Buffer.from(minimalPdf(text, 'Solidair e2e'));
