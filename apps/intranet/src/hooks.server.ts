import { sessionHandle } from '@solidair/auth';
import { localeHandle } from '@solidair/i18n/server';
import { database, healthHandle } from '@solidair/site-kit/server';
import { sequence } from '@sveltejs/kit/hooks';
import { site } from '#lib/site.ts';

// Health first (no locale, no session), then the page's language, then who is signed in.
export const handle = sequence(healthHandle, localeHandle(site), sessionHandle(database));
