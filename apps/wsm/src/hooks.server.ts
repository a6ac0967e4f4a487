import { localeHandle } from '@solidair/i18n/server';
import { handleError as logServerError, unavailableHandle } from '@solidair/server/errors';
import { cacheHandle, isLocaleFreePath } from '@solidair/site-kit/server';
import { healthHandle, inputHandle } from '@solidair/app-kit/server';
import { sequence, type HandleServerError } from '@sveltejs/kit/hooks';
import { site } from '#lib/site.ts';

export const handle = sequence(
	unavailableHandle,
	healthHandle,
	localeHandle({ ...site, localeFree: isLocaleFreePath }),
	// Input PostgreSQL cannot store: 404/400 in the visitor's language (the public sites audit no refusals).
	inputHandle(),
	cacheHandle(site)
);

// An unexpected error: one JSON log line with an id, which the error page shows the visitor.
export const handleError: HandleServerError = logServerError;
