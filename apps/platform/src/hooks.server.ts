import { csrfHandle, sessionHandle } from '@solidair/auth';
import { localeHandle } from '@solidair/i18n/server';
import { handleError as logServerError, unavailableHandle } from '@solidair/server/errors';
import { isLocaleFreePath } from '@solidair/site-kit/server';
import { database, healthHandle, inputHandle, onShutdown } from '@solidair/app-kit/server';
import { memo } from '@solidair/db/memo';
import { startInvalidationListener } from '@solidair/server/invalidation';
import { sequence, type HandleServerError, type ServerInit } from '@sveltejs/kit/hooks';
import { building } from '$app/env';
import { startDigests } from '#lib/digest.ts';
import { site } from '#lib/site.ts';

// Health first (no locale, no session), then cross-site requests refused (before any session is
// read), then the page's language (publications' files under /media/ have none), then who is
// signed in, then input PostgreSQL cannot store refused.
export const handle = sequence(
	unavailableHandle,
	healthHandle,
	csrfHandle,
	localeHandle({ ...site, localeFree: isLocaleFreePath }),
	sessionHandle(database),
	// Input PostgreSQL cannot store: 404/400 in the visitor's language, audited.
	inputHandle({ audit: true })
);

// An unexpected error: one JSON log line with an id, which the error page shows the visitor.
export const handleError: HandleServerError = logServerError;

export const init: ServerInit = () => {
	if (building) return;
	// The activity digests go out from every running instance (DIGESTS=off for one that should
	// not); each is claimed in the database, so none is sent twice.
	if (process.env.DIGESTS !== 'off') startDigests(database);
	// The signed-in pages' hottest reads (session, roles, dashboard) are remembered while this
	// instance hears the database announce their changes (@solidair/db/memo).
	onShutdown(startInvalidationListener({ cache: memo, name: 'memo', channel: 'solidair_memo' }));
};
