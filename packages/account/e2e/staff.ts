// What the intranet's end-to-end tests share: the demo staff, and signing them in without the
// login page (which has its own tests): a session made in the e2e database, its cookie in the
// browser. For an account whose roles require 2FA (intranet admins), the session is one that has
// passed the code page, as the guard asks of it.
import type { Browser, BrowserContext } from '@playwright/test';
import {
	createSession,
	generateSessionToken,
	loadActor,
	markSessionTwoFactorVerified,
	sessionCookieName,
	twoFactorRequired
} from '@solidair/auth';
import type { E2eDb } from './members.ts';

export { e2eDb, run, type E2eDb } from './members.ts';

/** Demo staff (the seed's). */
export const staff = {
	/** Site editor of WSM. */
	an: 'an.janssens@wsm.be',
	/** Site editor and reviewer of WSM; writes and reads in French. */
	claire: 'claire.dupont@wsm.be',
	/** Site editor of FOS. */
	tom: 'tom.vermeulen@fos.ngo',
	/** Intranet admin: 2FA required. */
	marie: 'marie.lambert@wsm.be'
};

export async function userId(db: E2eDb, email: string): Promise<string> {
	const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
	return row.id;
}

// The TOTP credentials `signIn` made, so that `forgetTwoFactor` leaves the accounts as it found them.
const credentialsMade = new Set<string>();

/**
 * Signs `email` in on the context: a session in the database, its cookie in the browser. When the
 * account's roles require 2FA, it gets a TOTP credential (unless it has one) and the session counts
 * as verified. Returns the session's token.
 */
export async function signIn(
	db: E2eDb,
	context: BrowserContext,
	baseURL: string | undefined,
	email: string
): Promise<string> {
	const id = await userId(db, email);
	const token = generateSessionToken();
	const session = await createSession(db, token, id);
	const actor = await loadActor(db, id);
	const roles = actor?.memberships.map((membership) => membership.role) ?? [];
	if (
		actor &&
		twoFactorRequired({ isPlatformAdmin: actor.platformAdmin, isIntranetAdmin: actor.intranetAdmin }, roles)
	) {
		const secret = crypto.getRandomValues(new Uint8Array(20));
		const made = await db
			.insertInto('totp_credentials')
			.values({ user_id: id, secret, enabled_at: new Date() })
			.onConflict((oc) => oc.column('user_id').doNothing())
			.returning('user_id')
			.executeTakeFirst();
		if (made) credentialsMade.add(id);
		await markSessionTwoFactorVerified(db, session.id);
	}
	await context.addCookies([
		{ name: sessionCookieName, value: token, url: baseURL!, httpOnly: true, sameSite: 'Lax' }
	]);
	return token;
}

/** A new browser context with `email` signed in, and a page in it. */
export async function signedInPage(db: E2eDb, browser: Browser, baseURL: string | undefined, email: string) {
	const context = await browser.newContext({ baseURL });
	await signIn(db, context, baseURL, email);
	return { context, page: await context.newPage() };
}

/** Removes the TOTP credentials `signIn` made (in an `afterAll`). */
export async function forgetTwoFactor(db: E2eDb): Promise<void> {
	for (const id of credentialsMade)
		await db.deleteFrom('totp_credentials').where('user_id', '=', id).execute();
	credentialsMade.clear();
}
