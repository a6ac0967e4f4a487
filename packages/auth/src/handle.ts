import type { Database } from '@solidair/db';
import { memo } from '@solidair/db/memo';
import type { Handle } from '@sveltejs/kit/hooks';
import type { Kysely } from 'kysely';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from './cookie.ts';
import {
	defaultSessionPolicy,
	validateSessionToken,
	type Session,
	type SessionPolicy,
	type SessionUser
} from './session.ts';

declare global {
	// eslint-disable-next-line @typescript-eslint/no-namespace
	namespace App {
		interface Locals {
			/** The signed-in user, or null. */
			user: SessionUser | null;
			session: Session | null;
			/** The app's database handle, which `authorize` and `refuse` write refusals to. */
			db: Kysely<Database>;
		}
	}
}

/**
 * Reads the session cookie on every request and puts the user (or null) in `locals`, with the
 * database handle the refusals of the request are logged to (authorize.ts).
 */
export function sessionHandle(
	db: () => Kysely<Database>,
	policy: SessionPolicy = defaultSessionPolicy
): Handle {
	return async ({ event, resolve }) => {
		event.locals.db = db();
		event.locals.user = null;
		event.locals.session = null;
		const token = event.cookies.get(sessionCookieName);
		// A page read may use what the memo remembers; a write is checked against the database.
		const reading = event.request.method === 'GET' || event.request.method === 'HEAD';
		if (token) {
			const result = await validateSessionToken(event.locals.db, token, policy, new Date(), {
				remembered: reading
			});
			if (result) {
				event.locals.user = result.user;
				event.locals.session = result.session;
				// Keep the cookie's lifetime in step with the session's sliding expiry.
				setSessionCookie(event.cookies, event.url, token, result.session.expiresAt);
			} else {
				deleteSessionCookie(event.cookies, event.url);
			}
		}
		if (reading || !event.locals.user) return resolve(event);
		// A write may have changed what the memo keeps of its user (roles, 2FA, this session): the
		// page it leads to reads afresh here, without waiting for the database's notification.
		const userId = event.locals.user.id;
		try {
			return await resolve(event);
		} finally {
			memo.invalidate([`user:${userId}`]);
		}
	};
}
