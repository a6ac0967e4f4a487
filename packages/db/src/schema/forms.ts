// What the public forms leave: donation intents, newsletter subscriptions, contact messages,
// and the outbox of mail to send.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DefaultedTimestamp, Locale, Timestamp } from './columns.ts';

export interface DonationIntentsTable {
	id: Generated<string>;
	site_id: string;
	reference_base: ColumnType<string, never, never>;
	amount_cents: number;
	locale: Locale;
	created_at: CreatedAt;
}

export interface NewsletterSubscriptionsTable {
	id: Generated<string>;
	site_id: string;
	email: string;
	locale: Locale;
	status: Generated<'pending' | 'confirmed' | 'unsubscribed'>;
	confirm_token_hash: Uint8Array | null;
	unsubscribe_token_hash: Uint8Array | null;
	consent_at: Timestamp;
	confirmed_at: Timestamp | null;
	unsubscribed_at: Timestamp | null;
	created_at: CreatedAt;
}

export interface ContactMessagesTable {
	id: Generated<string>;
	site_id: string;
	name: string;
	email: string;
	subject: Generated<string>;
	message: string;
	locale: Locale;
	status: Generated<'new' | 'assigned' | 'handled'>;
	assigned_to: string | null;
	handled_at: Timestamp | null;
	created_at: CreatedAt;
}

export interface OutboxTable {
	id: Generated<string>;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string | null;
	kind: string;
	created_at: CreatedAt;
	send_after: DefaultedTimestamp;
	sent_at: Timestamp | null;
	attempts: Generated<number>;
	last_error: string | null;
}
