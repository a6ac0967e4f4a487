import { loadVacancies } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals }) => loadVacancies(site, locals.locale);
