import type { SiteId } from '@solidair/auth';
import { subscriptionStatuses, type SubscriberFilter } from '@solidair/db/inbox';
import { allLocales } from '@solidair/i18n';
import { choiceParam, textParam } from './access.ts';

/** The filters of the subscribers' list, and of its export, from the URL. */
export function subscriberFilter(url: URL, site: SiteId): SubscriberFilter & { search: string } {
	return {
		siteId: site,
		status: choiceParam(url, 'status', subscriptionStatuses),
		locale: choiceParam(url, 'locale', allLocales),
		search: textParam(url, 'q')
	};
}
