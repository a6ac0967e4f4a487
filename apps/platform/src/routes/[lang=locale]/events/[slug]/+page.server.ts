import { loadEvent } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, params }) => loadEvent(site, locals.locale, params.slug);
