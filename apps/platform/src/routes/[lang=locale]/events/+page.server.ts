import { loadAgenda } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, url }) => loadAgenda(site, locals.locale, url);
