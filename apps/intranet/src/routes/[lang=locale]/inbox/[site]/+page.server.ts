import { authorize, can } from '@solidair/auth';
import { contactStatuses, inboxMessages } from '@solidair/db/inbox';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';
import {
	choiceParam,
	offsetOf,
	pageCountOf,
	pageParam,
	pageSize,
	siteName,
	siteParam
} from '#lib/server/access.ts';

// A site's contact messages, newest first: by status, or only those assigned to me.
export const load = async (event) => {
	const { actor } = await requireStaff(event);
	const site = siteParam(event.params.site);
	await authorize(event, actor, 'view', { type: 'inbox', siteId: site });
	const status = choiceParam(event.url, 'status', contactStatuses);
	const mine = choiceParam(event.url, 'mine', ['1']) === '1';
	const page = pageParam(event.url);
	const { total, messages } = await inboxMessages(
		database(),
		{ siteId: site, status, assignedTo: mine ? actor.id : undefined },
		{ limit: pageSize, offset: offsetOf(page) }
	);
	return {
		site: { id: site, name: siteName(site) },
		filter: { status: status ?? '', mine },
		messages,
		total,
		page,
		pageCount: pageCountOf(total),
		subscribers: can(actor, 'view', { type: 'subscribers', siteId: site })
	};
};
