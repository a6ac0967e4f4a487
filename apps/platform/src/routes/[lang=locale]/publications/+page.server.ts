import { loadPublications } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const load = ({ locals }) => loadPublications(site, locals.locale);
