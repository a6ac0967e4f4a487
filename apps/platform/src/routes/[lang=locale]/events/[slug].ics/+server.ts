import { eventCalendar } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const GET = ({ locals, params, url }) => eventCalendar(site, locals.locale, params.slug, url);
