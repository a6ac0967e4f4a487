import { loadNewsletter, subscribeAction, tokenAction } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ url }) => loadNewsletter(site, url);

export const actions = {
	subscribe: ({ locals, request, url, getClientAddress }) =>
		subscribeAction(site, locals.locale, request, url, getClientAddress()),
	confirm: ({ locals, request }) => tokenAction('confirm', locals.locale, request),
	unsubscribe: ({ locals, request }) => tokenAction('unsubscribe', locals.locale, request)
};
