import { sql, type Kysely } from 'kysely';

// A TOTP code stays valid for its ~90 seconds of drift window; remembering the last accepted
// time step per user lets a login refuse the same code (or an older one) a second time
// (RFC 6238 §5.2). Null until the first login with a code.
//
// A revoked invitation is kept (for the members page and the audit trail) rather than deleted,
// and an organisation has at most one pending invitation per address: an older duplicate, if
// any, is revoked before the index is built.
export async function up(db: Kysely<unknown>): Promise<void> {
	await sql`
	alter table totp_credentials add column last_used_step bigint;

	alter table invitations add column revoked_at timestamptz;
	update invitations set revoked_at = now()
	where accepted_at is null
		and id not in (
			select distinct on (organisation_id, lower(email)) id
			from invitations
			where accepted_at is null
			order by organisation_id, lower(email), created_at desc, id
		);
	create unique index invitations_pending_email_idx on invitations (organisation_id, lower(email))
		where accepted_at is null and revoked_at is null;
	`.execute(db);
}
