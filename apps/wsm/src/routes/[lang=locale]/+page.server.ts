import { loadHome } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals }) => loadHome(site, locals.locale);
