import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResult } from 'kysely/migration';
import * as schema from './migrations/2026-11-23-0001-schema.ts';
import * as pageSections from './migrations/2026-11-23-0002-page-sections.ts';
import * as donationIntents from './migrations/2026-11-23-0003-donation-intents.ts';
import * as partnersPerSite from './migrations/2026-11-23-0004-partners-per-site.ts';
import * as imageVariants from './migrations/2026-11-23-0005-image-variants.ts';
import * as campaignSections from './migrations/2026-11-23-0006-campaign-sections.ts';
import * as totpReplayInvitationRevocation from './migrations/2026-11-23-0007-totp-replay-invitation-revocation.ts';
import * as platformSite from './migrations/2026-11-23-0008-platform-site.ts';
import * as visitsAndDigests from './migrations/2026-11-23-0009-visits-and-digests.ts';
import * as editing from './migrations/2026-11-23-0010-editing.ts';
import * as staffHome from './migrations/2026-11-23-0011-staff-home.ts';
import * as fileDedupPerLibrary from './migrations/2026-11-24-0012-file-dedup-per-library.ts';
import * as staffEventUpdates from './migrations/2026-11-24-0013-staff-event-updates.ts';
import * as activityIndexes from './migrations/2026-11-24-0014-activity-indexes.ts';
import * as mediaPerSite from './migrations/2026-11-24-0015-media-per-site.ts';
import * as staffItemVersions from './migrations/2026-11-24-0016-staff-item-versions.ts';
import * as entryVideo from './migrations/2026-12-06-0017-entry-video.ts';
import * as closedGroups from './migrations/2026-12-06-0018-closed-groups.ts';
import * as entryAutosaves from './migrations/2026-12-07-0019-entry-autosaves.ts';
import * as entryTaxonomy from './migrations/2026-12-07-0020-entry-taxonomy.ts';
import * as review from './migrations/2026-12-07-0021-review.ts';
import * as siteMenus from './migrations/2026-12-07-0022-site-menus.ts';
import * as homeBlocks from './migrations/2026-12-07-0023-home-blocks.ts';
import * as mediaCredits from './migrations/2026-12-07-0024-media-credits.ts';
import * as groupTranslations from './migrations/2026-12-07-0025-group-translations.ts';
import * as cacheInvalidation from './migrations/2026-12-07-0026-cache-invalidation.ts';
import * as memoInvalidation from './migrations/2026-12-07-0027-memo-invalidation.ts';

// Listed here rather than read from the folder, so bundled apps and the CLI see the same list.
// Forward only, one file each, named by date; never edit one that has landed.
const migrations: Record<string, Migration> = {
	'2026-11-23-0001-schema': schema,
	'2026-11-23-0002-page-sections': pageSections,
	'2026-11-23-0003-donation-intents': donationIntents,
	'2026-11-23-0004-partners-per-site': partnersPerSite,
	'2026-11-23-0005-image-variants': imageVariants,
	'2026-11-23-0006-campaign-sections': campaignSections,
	'2026-11-23-0007-totp-replay-invitation-revocation': totpReplayInvitationRevocation,
	'2026-11-23-0008-platform-site': platformSite,
	'2026-11-23-0009-visits-and-digests': visitsAndDigests,
	'2026-11-23-0010-editing': editing,
	'2026-11-23-0011-staff-home': staffHome,
	'2026-11-24-0012-file-dedup-per-library': fileDedupPerLibrary,
	'2026-11-24-0013-staff-event-updates': staffEventUpdates,
	'2026-11-24-0014-activity-indexes': activityIndexes,
	'2026-11-24-0015-media-per-site': mediaPerSite,
	'2026-11-24-0016-staff-item-versions': staffItemVersions,
	'2026-12-06-0017-entry-video': entryVideo,
	'2026-12-06-0018-closed-groups': closedGroups,
	'2026-12-07-0019-entry-autosaves': entryAutosaves,
	'2026-12-07-0020-entry-taxonomy': entryTaxonomy,
	'2026-12-07-0021-review': review,
	'2026-12-07-0022-site-menus': siteMenus,
	'2026-12-07-0023-home-blocks': homeBlocks,
	'2026-12-07-0024-media-credits': mediaCredits,
	'2026-12-07-0025-group-translations': groupTranslations,
	'2026-12-07-0026-cache-invalidation': cacheInvalidation,
	'2026-12-07-0027-memo-invalidation': memoInvalidation
};

export class MigrationError extends Error {
	override name = 'MigrationError';
}

/** Brings the schema to the latest migration; each migration runs in its own transaction. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<MigrationResult[]> {
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error) {
		const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new MigrationError(
			`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
			{
				cause: error
			}
		);
	}
	return results;
}
