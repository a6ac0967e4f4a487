// Growing delays after failed logins, password resets, 2FA codes and password changes, per account and per client
// address. The state lives in PostgreSQL (`throttles`), so every app instance sees the same locks.
import type { Database } from '@solidair/db';
import { sql, type Kysely, type RawBuilder } from 'kysely';

type Db = Kysely<Database>;

export type ThrottleKind = 'login' | 'reset' | '2fa' | 'password';

/** Failures that cost nothing: typos happen. */
export const freeFailures = 4;
/** The longest lock, whatever the number of failures. */
export const maxDelaySeconds = 15 * 60;
/** A key without a failure for this long starts again from zero. */
export const forgetAfterMs = 24 * 60 * 60 * 1000;

/**
 * Seconds locked after the nth failure in a row: none for the first 4, then 2, 4, 8, … seconds
 * (2^(n-4)), reaching the cap of 15 minutes at the 14th failure.
 */
export function throttleDelaySeconds(failures: number): number {
	if (failures <= freeFailures) return 0;
	return Math.min(2 ** (failures - freeFailures), maxDelaySeconds);
}

/** The throttle keys of an attempt: its account (when known) and its client address. */
export function throttleKeys(
	kind: ThrottleKind,
	{ account, address }: { account?: string; address: string }
): string[] {
	const keys: string[] = [];
	// E-mails differ only in case for the same account (users_email_key is on lower(email)).
	if (account) keys.push(`${kind}:account:${account.trim().toLowerCase()}`);
	keys.push(`${kind}:address:${address.trim().toLowerCase()}`);
	return keys;
}

/** Whether an attempt may go ahead, and otherwise how long to wait. */
export async function checkThrottle(
	db: Db,
	keys: string[],
	now: Date = new Date()
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
	if (keys.length === 0) return { allowed: true };
	const { until } = await db
		.selectFrom('throttles')
		.select((eb) => eb.fn.max('locked_until').as('until'))
		.where('key', 'in', keys)
		.where('locked_until', '>', now)
		.executeTakeFirstOrThrow();
	if (!until) return { allowed: true };
	return { allowed: false, retryAfterSeconds: Math.ceil((new Date(until).getTime() - now.getTime()) / 1000) };
}

/** Counts a failure against every key and locks each for the delay its count has reached. */
export async function recordFailure(db: Db, keys: string[], now: Date = new Date()): Promise<void> {
	// Sorted and unique: one row is never updated twice by the statement, and concurrent
	// statements lock rows in the same order, so they cannot deadlock.
	const unique = [...new Set(keys)].sort();
	if (unique.length === 0) return;
	const forgetBefore = new Date(now.getTime() - forgetAfterMs);
	// One statement reads and writes each count (failures + 1 under the row lock): concurrent
	// failures from several instances are all counted.
	const failures = sql<number>`case when throttles.updated_at < ${forgetBefore} then 1 else throttles.failures + 1 end`;
	// throttleDelaySeconds in SQL; the exponent stops at 10 (2^10 s is past the cap already), so a
	// huge count cannot overflow power().
	const lockedUntil = (count: RawBuilder<number>) =>
		sql<Date | null>`case when ${count} <= ${freeFailures} then null
			else ${now}::timestamptz + least(power(2, least(${count} - ${freeFailures}, 10)), ${maxDelaySeconds}) * interval '1 second' end`;
	await db
		.insertInto('throttles')
		.values(
			unique.map((key) => ({
				key,
				failures: 1,
				// A first failure is always free.
				locked_until: null,
				updated_at: now
			}))
		)
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({ failures, locked_until: lockedUntil(failures), updated_at: now })
		)
		.execute();
}

/** Clears the account keys after a success; address keys stay, so cycling accounts stays slow. */
export async function recordSuccess(db: Db, keys: string[]): Promise<void> {
	const accountKeys = keys.filter((key) => /^[^:]+:account:/.test(key));
	if (accountKeys.length === 0) return;
	await db.deleteFrom('throttles').where('key', 'in', accountKeys).execute();
}
