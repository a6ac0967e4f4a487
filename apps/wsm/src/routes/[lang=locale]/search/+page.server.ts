import { loadSearch } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, url }) => loadSearch(site, locals.locale, url);
