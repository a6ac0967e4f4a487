import type { Kysely } from 'kysely';
import type { Database, Locale } from '../schema.ts';

export interface DonationIntent {
	id: string;
	site_id: string;
	/** The 10-digit base of the structured communication, as text (a bigint). */
	reference_base: string;
	amount_cents: number;
	locale: Locale;
	created_at: Date;
}

/** Records the amount a visitor chose; the returned reference base is unique. */
export async function createDonationIntent(
	db: Kysely<Database>,
	input: { siteId: string; amountCents: number; locale: Locale }
): Promise<DonationIntent> {
	return db
		.insertInto('donation_intents')
		.values({ site_id: input.siteId, amount_cents: input.amountCents, locale: input.locale })
		.returningAll()
		.executeTakeFirstOrThrow();
}

export async function donationIntent(
	db: Kysely<Database>,
	siteId: string,
	id: string
): Promise<DonationIntent | undefined> {
	return db
		.selectFrom('donation_intents')
		.selectAll()
		.where('site_id', '=', siteId)
		.where('id', '=', id)
		.executeTakeFirst();
}
