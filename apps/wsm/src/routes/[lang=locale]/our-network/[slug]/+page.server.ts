import { loadCountry } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals, params }) => loadCountry(site, locals.locale, params.slug);
