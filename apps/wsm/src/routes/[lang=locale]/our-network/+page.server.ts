import { loadNetwork } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals }) => loadNetwork(site, locals.locale);
