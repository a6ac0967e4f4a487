// Which public sites' settings a staff member may change: the intranet admins', editors or not.
import { can, type SignedInActor } from '@solidair/auth';
import { publicSites, siteName } from '../public-sites.ts';

/** The sites whose settings page the actor may use, with their names, for the sites overview. */
export function settingsSites(actor: SignedInActor): Array<{ id: string; name: string }> {
	return publicSites
		.filter((siteId) => can(actor, 'manage', { type: 'site-settings', siteId }))
		.map((id) => ({ id, name: siteName(id) }));
}
