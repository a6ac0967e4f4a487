import { csrfHandle, sessionHandle } from '@solidair/auth';
import { localeHandle } from '@solidair/i18n/server';
import { handleError as logServerError, unavailableHandle } from '@solidair/server/errors';
import { database, healthHandle, inputHandle } from '@solidair/app-kit/server';
import { sequence, type HandleServerError } from '@sveltejs/kit/hooks';
import { site } from '#lib/site.ts';

// Health first (no locale, no session), then cross-site requests refused (before any session is
// read), then the page's language, then who is signed in, then input
// PostgreSQL cannot store refused.
export const handle = sequence(
	unavailableHandle,
	healthHandle,
	csrfHandle,
	localeHandle(site),
	sessionHandle(database),
	// Input PostgreSQL cannot store: 404/400 in the visitor's language, audited.
	inputHandle({ audit: true })
);

// An unexpected error: one JSON log line with an id, which the error page shows the visitor.
export const handleError: HandleServerError = logServerError;
