import { createHash, randomBytes } from 'node:crypto';
import {
	confirmSubscription,
	enqueueMail,
	subscribeNewsletter,
	unsubscribeNewsletter
} from '@solidair/db/forms';
import { sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { redirect } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database, formValues, parseForm, publicOrigin } from '@solidair/app-kit/server';
import { subscribeSchema } from '@solidair/db/input';
import { allowedToPost, isRobot, tooMany } from './public-forms.ts';
import { sectionAlternates, type Alternates } from './entries.ts';
import { tagPage } from './page-tags.ts';

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** A single-use token for an e-mailed link: 256 random bits; only its SHA-256 is stored. */
function newToken(): { token: string; hash: Uint8Array } {
	const token = randomBytes(32).toString('base64url');
	return { token, hash: tokenHash(token) };
}

function tokenHash(token: string): Uint8Array {
	return new Uint8Array(createHash('sha256').update(token).digest());
}

export interface NewsletterData {
	/** What the page shows: the form, a confirmation or unsubscribe button for a link's token, or an outcome. */
	state: 'form' | 'check-mail' | 'confirm' | 'unsubscribe' | 'confirmed' | 'unsubscribed' | 'invalid';
	token?: string;
	alternates: Alternates;
}

/**
 * The newsletter page. E-mailed links lead here with `?confirm=` or `?unsubscribe=`; they show a
 * button rather than act at once, because mail scanners open links and would use the token up.
 */
export function loadNewsletter(site: PublicSite, url: URL): NewsletterData {
	const alternates = sectionAlternates(site, 'newsletter');
	const params = url.searchParams;
	for (const state of ['confirm', 'unsubscribe'] as const) {
		const token = params.get(state);
		if (token !== null)
			return tokenPattern.test(token) ? { state, token, alternates } : { state: 'invalid', alternates };
	}
	// The form and its outcomes are the same for all; a page with a token is one subscriber's.
	tagPage();
	const done = params.get('done');
	if (done === 'check-mail' || done === 'confirmed' || done === 'unsubscribed' || done === 'invalid')
		return { state: done, alternates };
	return { state: 'form', alternates };
}

export async function subscribeAction(
	site: PublicSite,
	locale: Locale,
	request: Request,
	url: URL,
	clientAddress: string
) {
	const data = await request.formData();
	const values = formValues(data, ['email', 'consent']);
	const page = sectionPath('newsletter', locale);
	// The same answer whether the address is new, already subscribed or a robot's: nothing to learn from it.
	const done = `${page}?done=check-mail`;
	if (isRobot(data)) redirect(303, done);
	if (!(await allowedToPost(site, 'newsletter', clientAddress))) return tooMany(values, locale);
	const parsed = parseForm(subscribeSchema, values, locale);
	if (!parsed.ok) return parsed.failure;
	const confirm = newToken();
	const unsubscribe = newToken();
	await database()
		.transaction()
		.execute(async (tx) => {
			const { created } = await subscribeNewsletter(tx, {
				siteId: site.id,
				email: parsed.data.email,
				locale,
				confirmTokenHash: confirm.hash,
				unsubscribeTokenHash: unsubscribe.hash
			});
			if (!created) return;
			const link = (name: string, token: string) =>
				new URL(`${page}?${name}=${token}`, publicOrigin(url)).href;
			await enqueueMail(tx, {
				kind: 'newsletter-confirm',
				to: parsed.data.email,
				subject: m.newsletter_mail_subject({ site: site.name }, { locale }),
				text: m.newsletter_mail_body(
					{
						site: site.name,
						confirm: link('confirm', confirm.token),
						unsubscribe: link('unsubscribe', unsubscribe.token)
					},
					{ locale }
				)
			});
		});
	redirect(303, done);
}

/** Confirms or ends a subscription with the token of an e-mailed link; a token works once. */
export async function tokenAction(kind: 'confirm' | 'unsubscribe', locale: Locale, request: Request) {
	const token = String((await request.formData()).get('token') ?? '');
	const page = sectionPath('newsletter', locale);
	if (!tokenPattern.test(token)) redirect(303, `${page}?done=invalid`);
	const db = database();
	const ok =
		kind === 'confirm'
			? await confirmSubscription(db, tokenHash(token))
			: await unsubscribeNewsletter(db, tokenHash(token));
	redirect(303, `${page}?done=${ok ? (kind === 'confirm' ? 'confirmed' : 'unsubscribed') : 'invalid'}`);
}
