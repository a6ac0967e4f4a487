// Which site a staff member edits: every editing route asks here first, after the intranet's door.
import { authorize, can, refuse, type SignedInActor, type SiteId } from '@solidair/auth';
import type { Locale } from '@solidair/db';
import { database } from '@solidair/app-kit/server';
import { error } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { isPublicSite, publicSites } from '../public-sites.ts';

export interface EditedSite {
	id: SiteId;
	name: string;
	/** The site's languages, its default first. */
	locales: Locale[];
	defaultLocale: Locale;
}

/** The sites whose entries the actor may see and edit. */
export function sitesOf(actor: SignedInActor): SiteId[] {
	return publicSites.filter((siteId) => can(actor, 'view', { type: 'site-entry', siteId }));
}

/**
 * The staff member and the site in the URL, if they may `action` its entries. Another site's
 * editors, and a site that does not exist, get the same 404: nobody learns what they cannot edit.
 */
export async function editableSite(
	event: Parameters<typeof requireStaff>[0] & { params: { site: string } },
	action: 'view' | 'create' | 'update'
) {
	const { user, actor } = await requireStaff(event);
	const siteId = event.params.site;
	if (!isPublicSite(siteId)) return refuse(event, actor, action, { type: 'site-entry', id: siteId });
	await authorize(event, actor, action, { type: 'site-entry', siteId });
	return { user, actor, site: await siteOf(siteId) };
}

/**
 * The staff member and the site in the URL, if they may `action` its reviews: `view` the queue
 * (its editors and reviewers, so a reviewer who edits nothing gets in too), `update` take a
 * reviewer's step. Anyone else, and a site that does not exist, get the same 404.
 */
export async function reviewSite(
	event: Parameters<typeof requireStaff>[0] & { params: { site: string } },
	action: 'view' | 'update'
) {
	const { user, actor } = await requireStaff(event);
	const siteId = event.params.site;
	if (!isPublicSite(siteId)) return refuse(event, actor, action, { type: 'site-review', id: siteId });
	await authorize(event, actor, action, { type: 'site-review', siteId });
	return { user, actor, site: await siteOf(siteId) };
}

async function siteOf(siteId: SiteId): Promise<EditedSite> {
	const row = await database()
		.selectFrom('sites')
		.select(['name', 'locales', 'default_locale'])
		.where('id', '=', siteId)
		.executeTakeFirst();
	if (!row) error(404, 'Not found');
	return { id: siteId, name: row.name, locales: row.locales, defaultLocale: row.default_locale };
}
