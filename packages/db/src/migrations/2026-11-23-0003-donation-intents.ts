import { sql, type Kysely } from 'kysely';

// A donation intent: the amount a visitor chose on the donate page, and the number behind the
// Belgian structured communication of their transfer, so the bank statement can be matched to it.
// No card or bank data is stored: the visitor pays from their own banking app.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	create sequence donation_reference_seq minvalue 1 maxvalue 9999999999 start 1000000;
	create table donation_intents (
		id uuid primary key default gen_random_uuid(),
		site_id text not null references sites (id) on delete cascade,
		-- The 10-digit base of the structured communication (+++…+++); its check digits are computed.
		reference_base bigint not null unique default nextval('donation_reference_seq'),
		amount_cents integer not null check (amount_cents between 100 and 100000000),
		locale text not null check (locale in ('nl', 'fr', 'en', 'es')),
		created_at timestamptz not null default now()
	);
	`.execute(db);
}
