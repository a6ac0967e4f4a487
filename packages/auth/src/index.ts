export { deleteSessionCookie, sessionCookieName, setSessionCookie } from './cookie.ts';
export { sessionHandle } from './handle.ts';
export {
	createSession,
	defaultSessionPolicy,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	revokeSession,
	userSessions,
	validateSessionToken,
	type Session,
	type SessionPolicy,
	type SessionUser,
	type UserSession
} from './session.ts';
export {
	actions,
	can,
	type Action,
	type Actor,
	type FileScope,
	type Resource,
	type SignedInActor,
	type SiteId,
	type StaffAudience,
	type StaffOrganisations
} from './permissions.ts';
export {
	audit,
	auditActions,
	auditEntries,
	auditLogPage,
	type AuditAction,
	type AuditDetails,
	type AuditEntry,
	type AuditEvent,
	type AuditFilter,
	type AuditLogEntry
} from './audit.ts';
export { authorize, maxAuditedTargetId, refuse, type RefusalEvent, type RefusalTarget } from './authorize.ts';
export { csrfHandle, sameOriginRequest } from './csrf.ts';
export {
	hasTotp,
	markSessionTwoFactorVerified,
	twoFactorPolicy,
	twoFactorRequired,
	type TwoFactorRole
} from './two-factor.ts';
// Passwords load a native module (argon2) that must not be bundled into every app: they live at
// `@solidair/auth/password`, throttling beside them at `@solidair/auth/throttle`, and invitations,
// which set passwords, at `@solidair/auth/invitations`. Enrolment and login with 2FA are at
// `@solidair/auth/two-factor` (no native module, but only account pages need them); audit and
// CSRF also have their own subpaths.
export { loadActor, loadActorAndTotp, type LoadedActor } from './actor.ts';
