import { can, type SiteId } from '@solidair/auth';
import { openReviewCounts } from '@solidair/db/editing';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';
import { settingsSites } from '#lib/server/site-settings.ts';
import { sitesOf } from '#lib/server/sites.ts';

// The public sites whose content this staff member edits, and those whose settings they manage.
export const load = async (event) => {
	const { actor } = await requireStaff(event);
	const ids = sitesOf(actor);
	const sites =
		ids.length === 0
			? []
			: await database()
					.selectFrom('sites')
					.select(['id', 'name'])
					.where('id', 'in', ids)
					.orderBy('name')
					.execute();
	// Each site's queue, with how many texts wait in it, for those who may see it.
	const reviewed = ids.filter((siteId) => can(actor, 'view', { type: 'site-review', siteId }));
	const counts = await openReviewCounts(database(), reviewed);
	return {
		sites: sites.map((site) => ({
			...site,
			// Whoever edits the site's content composes its menus (`site-entry`, `update`).
			composesMenus: can(actor, 'update', { type: 'site-entry', siteId: site.id as SiteId }),
			openReviews: site.id in counts ? counts[site.id] : undefined
		})),
		settings: settingsSites(actor)
	};
};
