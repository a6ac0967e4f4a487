import { newsFeed } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const GET = ({ locals, url }) => newsFeed(site, locals.locale, url);
