import { loadVacancy } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, params }) => loadVacancy(site, locals.locale, params.slug);
