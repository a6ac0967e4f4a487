import { sql, type Kysely } from 'kysely';
import type { Database, Locale } from '../schema.ts';

type Db = Kysely<Database>;

export interface ContactInput {
	siteId: string;
	name: string;
	email: string;
	subject: string;
	message: string;
	locale: Locale;
}

/** Stores a contact message for the intranet's inbox. Input is validated by the caller. */
export async function saveContactMessage(db: Db, input: ContactInput): Promise<string> {
	const { id } = await db
		.insertInto('contact_messages')
		.values({
			site_id: input.siteId,
			name: input.name,
			email: input.email,
			subject: input.subject,
			message: input.message,
			locale: input.locale
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return id;
}

export interface SubscriptionInput {
	siteId: string;
	email: string;
	locale: Locale;
	/** SHA-256 hashes of the e-mailed tokens; the tokens themselves are never stored. */
	confirmTokenHash: Uint8Array;
	unsubscribeTokenHash: Uint8Array;
	now?: Date;
}

/**
 * Records a newsletter sign-up awaiting confirmation (double opt-in). Subscribing again with an
 * address that is pending or confirmed changes nothing and reports `created: false`; an address
 * that unsubscribed starts over with new tokens and a new consent time.
 */
export async function subscribeNewsletter(db: Db, input: SubscriptionInput): Promise<{ created: boolean }> {
	const now = input.now ?? new Date();
	const fresh = {
		locale: input.locale,
		confirm_token_hash: input.confirmTokenHash,
		unsubscribe_token_hash: input.unsubscribeTokenHash,
		consent_at: now
	};
	const inserted = await db
		.insertInto('newsletter_subscriptions')
		.values({ site_id: input.siteId, email: input.email, ...fresh })
		.onConflict((oc) =>
			oc
				.expression(sql`site_id, lower(email)`)
				.doUpdateSet({ ...fresh, status: 'pending', confirmed_at: null, unsubscribed_at: null })
				.where('newsletter_subscriptions.status', '=', 'unsubscribed')
		)
		.returning('id')
		.executeTakeFirst();
	return { created: inserted !== undefined };
}

/** Confirms the subscription of a confirmation token; the token works once. */
export async function confirmSubscription(
	db: Db,
	tokenHash: Uint8Array,
	now: Date = new Date()
): Promise<boolean> {
	const result = await db
		.updateTable('newsletter_subscriptions')
		.set({ status: 'confirmed', confirmed_at: now, confirm_token_hash: null })
		.where('confirm_token_hash', '=', tokenHash)
		.where('status', '=', 'pending')
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/** Ends a subscription by its unsubscribe token; the token works once. */
export async function unsubscribeNewsletter(
	db: Db,
	tokenHash: Uint8Array,
	now: Date = new Date()
): Promise<boolean> {
	const result = await db
		.updateTable('newsletter_subscriptions')
		.set({ status: 'unsubscribed', unsubscribed_at: now, unsubscribe_token_hash: null })
		.where('unsubscribe_token_hash', '=', tokenHash)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export interface Mail {
	to: string;
	subject: string;
	text: string;
	html?: string;
	kind: string;
}

/** Queues an e-mail in the outbox, inside the caller's transaction; a sender delivers it. */
export async function enqueueMail(db: Db, mail: Mail): Promise<void> {
	await db
		.insertInto('outbox')
		.values({
			to_address: mail.to,
			subject: mail.subject,
			text_body: mail.text,
			html_body: mail.html ?? null,
			kind: mail.kind
		})
		.execute();
}
