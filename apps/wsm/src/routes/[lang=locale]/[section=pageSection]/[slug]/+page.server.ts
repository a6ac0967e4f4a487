import { loadSectionPage } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, params }) => loadSectionPage(site, locals.locale, params);
