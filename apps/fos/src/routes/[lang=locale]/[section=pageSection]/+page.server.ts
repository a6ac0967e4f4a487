import { loadSectionLanding } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, params }) => loadSectionLanding(site, locals.locale, params);
