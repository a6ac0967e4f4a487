import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Counts one attempt for `key` (e.g. `contact:203.0.113.7`) in a fixed window and says whether
 * it is within `limit`. The count lives in PostgreSQL, so several app instances share it; one
 * statement does the read and the write, so concurrent requests cannot both slip through.
 */
export async function withinRateLimit(
	db: Kysely<Database>,
	key: string,
	{ limit, windowSeconds, now = new Date() }: { limit: number; windowSeconds: number; now?: Date }
): Promise<boolean> {
	const windowStart = new Date(now.getTime() - windowSeconds * 1000);
	const { failures } = await db
		.insertInto('throttles')
		.values({ key, failures: 1, updated_at: now })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				failures: sql`case when throttles.updated_at < ${windowStart} then 1 else throttles.failures + 1 end`,
				updated_at: sql`case when throttles.updated_at < ${windowStart} then ${now}::timestamptz else throttles.updated_at end`
			})
		)
		.returning('failures')
		.executeTakeFirstOrThrow();
	return failures <= limit;
}
