export { deleteSessionCookie, sessionCookieName, setSessionCookie } from './cookie.ts';
export { sessionHandle } from './handle.ts';
export {
	createSession,
	defaultSessionPolicy,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken,
	type Session,
	type SessionPolicy,
	type SessionUser
} from './session.ts';
export {
	actions,
	can,
	type Action,
	type Actor,
	type FileScope,
	type Resource,
	type SignedInActor,
	type SiteId
} from './permissions.ts';
// Passwords load a native module (argon2) that must not be bundled into every app: they live at
// `@solidair/auth/password`, and throttling beside them at `@solidair/auth/throttle`.
