import { publicLayoutData } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

// Runs for every page and for error pages, so both know the visitor's language.
export const load = (event) => publicLayoutData(site, event);
