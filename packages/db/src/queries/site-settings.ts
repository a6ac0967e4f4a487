// A public site's settings, as the intranet's admins change them: for now whether the site requires
// review before publishing. (Who reviews: `siteReviewers` of ./editing; granting the role:
// `setSiteReviewer` of ./staff-admin.)
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

export interface SiteSettings {
	id: string;
	name: string;
	/** Its editors submit texts for review; only its reviewers publish them. */
	requireReview: boolean;
}

/** The site's settings; undefined for a site that does not exist. */
export async function siteSettings(db: Db, siteId: string): Promise<SiteSettings | undefined> {
	return db
		.selectFrom('sites')
		.select(['id', 'name', 'require_review as requireReview'])
		.where('id', '=', siteId)
		.executeTakeFirst();
}

/**
 * Makes the site require review before publishing, or no longer; false when nothing changed (it
 * already was so, or no such site). Texts already live or scheduled stay as they are.
 */
export async function setSiteRequiresReview(db: Db, siteId: string, value: boolean): Promise<boolean> {
	const result = await db
		.updateTable('sites')
		.set({ require_review: value })
		.where('id', '=', siteId)
		.where('require_review', '=', !value)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
