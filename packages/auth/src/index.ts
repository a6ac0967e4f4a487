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
export {
	authenticate,
	changePassword,
	createPasswordReset,
	hashPassword,
	maxPasswordLength,
	minPasswordLength,
	passwordProblem,
	passwordResetLifetimeMs,
	resetPassword,
	verifyPassword,
	type PasswordProblem
} from './password.ts';
export {
	checkThrottle,
	recordFailure,
	recordSuccess,
	throttleDelaySeconds,
	throttleKeys,
	type ThrottleKind
} from './throttle.ts';
