import { localeHandle } from '@solidair/i18n/server';
import { cacheHandle, healthHandle, isLocaleFreePath } from '@solidair/site-kit/server';
import { sequence } from '@sveltejs/kit/hooks';
import { site } from '#lib/site.ts';

export const handle = sequence(
	healthHandle,
	localeHandle({ ...site, localeFree: isLocaleFreePath }),
	cacheHandle
);
