// The shared sign-in and account pages, server side: each app's route files configure these with
// its own `AccountOptions` (`@solidair/account` has the components that render them).
export { accountPage, type AccountData, type AccountSession } from './account.ts';
export {
	actorOf,
	requireSignedIn,
	type Guard,
	type GuardEvent,
	type GuardOptions,
	type SignedIn
} from './guard.ts';
export { loginCodePage, loginPage, type CodeFailure, type LoginData } from './login.ts';
export { logoutPage } from './logout.ts';
export type { AccountEvent, AccountOptions } from './options.ts';
export { passwordHint, passwordMessage } from './passwords.ts';
export { mailLink, nextPath, nextQuery } from './paths.ts';
export { newPasswordPage, resetPage, type NewPasswordData, type ResetData } from './reset.ts';
export { twoFactorPage, type TwoFactorData } from './two-factor.ts';
