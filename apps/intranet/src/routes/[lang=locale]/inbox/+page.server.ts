import { can } from '@solidair/auth';
import { inboxMessages } from '@solidair/db/inbox';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';
import { publicSites, siteName } from '#lib/server/access.ts';

// The way into the inbox and people pages: each site whose inbox or subscribers the staff member
// handles (with its count of new messages), and the admin pages for those who may use them.
export const load = async (event) => {
	const { actor } = await requireStaff(event);
	const db = database();
	const sites = await Promise.all(
		publicSites.map(async (site) => {
			const inbox = can(actor, 'view', { type: 'inbox', siteId: site });
			const subscribers = can(actor, 'view', { type: 'subscribers', siteId: site });
			const newMessages = inbox
				? (await inboxMessages(db, { siteId: site, status: 'new' }, { limit: 0 })).total
				: 0;
			return { id: site, name: siteName(site), inbox, subscribers, newMessages };
		})
	);
	return {
		sites: sites.filter((site) => site.inbox || site.subscribers),
		users: can(actor, 'view', { type: 'staff' }) || can(actor, 'view', { type: 'platform-user' }),
		audit: can(actor, 'view', { type: 'audit-log' })
	};
};
