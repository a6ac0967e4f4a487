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
	return { sites, settings: settingsSites(actor) };
};
