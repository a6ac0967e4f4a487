import { localeHandle } from '@solidair/i18n/server';
import { handleError as logServerError, unavailableHandle } from '@solidair/server/errors';
import { cacheHandle, healthHandle, isLocaleFreePath } from '@solidair/site-kit/server';
import { sequence, type HandleServerError } from '@sveltejs/kit/hooks';
import { site } from '#lib/site.ts';

export const handle = sequence(
	unavailableHandle,
	healthHandle,
	localeHandle({ ...site, localeFree: isLocaleFreePath }),
	cacheHandle
);

// An unexpected error: one JSON log line with an id, which the error page shows the visitor.
export const handleError: HandleServerError = logServerError;
