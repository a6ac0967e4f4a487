import { can } from '@solidair/auth';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';
import { publicSites, siteName } from '#lib/public-sites.ts';
import { sitesOf } from '#lib/server/sites.ts';

// The public sites whose content this staff member edits, and those whose settings they manage
// (the intranet admins, editors or not).
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
	const settings = publicSites
		.filter((siteId) => can(actor, 'manage', { type: 'site-settings', siteId }))
		.map((id) => ({ id, name: siteName(id) }));
	return { sites, settings };
};
