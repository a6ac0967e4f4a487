import { donateAction, loadDonate } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, url }) => loadDonate(site, locals.locale, url);

export const actions = {
	default: ({ locals, request, getClientAddress }) =>
		donateAction(site, locals.locale, request, getClientAddress())
};
