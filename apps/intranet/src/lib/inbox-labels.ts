// The statuses of contact messages and subscriptions in the reader's language, and as the options
// of a filter (in the order of their life).
import type { SelectOption } from '@solidair/ui';
import type { ContactStatus, SubscriptionStatus } from '@solidair/db/inbox';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

type Labels<T extends string> = Record<T, (locale: Locale) => string>;

const contactLabels: Labels<ContactStatus> = {
	new: (locale) => m.inbox_status_new({}, { locale }),
	assigned: (locale) => m.inbox_status_assigned({}, { locale }),
	handled: (locale) => m.inbox_status_handled({}, { locale })
};

const subscriptionLabels: Labels<SubscriptionStatus> = {
	pending: (locale) => m.subscribers_status_pending({}, { locale }),
	confirmed: (locale) => m.subscribers_status_confirmed({}, { locale }),
	unsubscribed: (locale) => m.subscribers_status_unsubscribed({}, { locale })
};

const options = <T extends string>(labels: Labels<T>, locale: Locale): SelectOption[] =>
	Object.entries<(locale: Locale) => string>(labels).map(([value, label]) => ({
		value,
		label: label(locale)
	}));

export const contactStatusLabel = (status: ContactStatus, locale: Locale) => contactLabels[status](locale);
export const contactStatusOptions = (locale: Locale) => options(contactLabels, locale);
export const subscriptionStatusLabel = (status: SubscriptionStatus, locale: Locale) =>
	subscriptionLabels[status](locale);
export const subscriptionStatusOptions = (locale: Locale) => options(subscriptionLabels, locale);
