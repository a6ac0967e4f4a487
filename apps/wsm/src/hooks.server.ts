import { localeHandle } from '@solidair/i18n/server';
import { site } from '#lib/site.ts';

export const handle = localeHandle(site);
