import { authorize, can } from '@solidair/auth';
import { newsletterSubscribers } from '@solidair/db/inbox';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';
import { offsetOf, pageCountOf, pageParam, pageSize, siteName, siteParam } from '#lib/server/access.ts';
import { subscriberFilter } from '#lib/server/subscribers.ts';

// A site's newsletter subscribers: filtered, exported as CSV, erased on request.
export const load = async (event) => {
	const { actor } = await requireStaff(event);
	const site = siteParam(event.params.site);
	await authorize(event, actor, 'view', { type: 'subscribers', siteId: site });
	const filter = subscriberFilter(event.url, site);
	const page = pageParam(event.url);
	const { total, subscribers } = await newsletterSubscribers(database(), filter, {
		limit: pageSize,
		offset: offsetOf(page)
	});
	return {
		site: { id: site, name: siteName(site) },
		filter: { status: filter.status ?? '', locale: filter.locale ?? '', q: filter.search },
		subscribers,
		total,
		page,
		pageCount: pageCountOf(total),
		manage: can(actor, 'manage', { type: 'subscribers', siteId: site }),
		notice:
			event.url.searchParams.get('erased') === '1'
				? m.subscribers_erased({}, { locale: event.locals.locale })
				: null
	};
};
