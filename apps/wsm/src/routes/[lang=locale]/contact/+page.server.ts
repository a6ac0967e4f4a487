import { contactAction, loadContact } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, url }) => loadContact(site, locals.locale, url);

export const actions = {
	default: ({ locals, request, getClientAddress }) =>
		contactAction(site, locals.locale, request, getClientAddress())
};
