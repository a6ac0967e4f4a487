import { loadNewsList } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, url }) => loadNewsList(site, locals.locale, url);
