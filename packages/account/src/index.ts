// The shared sign-in and account pages (login, its code step, password reset, logout, the account
// and its two-step verification): each app's +page.svelte renders one with the app's name.
// Their loads and actions are at `@solidair/account/server`.
export { default as AccountPage, type AccountPageProps } from './AccountPage.svelte';
export { default as LoginCodePage, type LoginCodePageProps } from './LoginCodePage.svelte';
export { default as LoginPage, type LoginPageProps } from './LoginPage.svelte';
export { default as LogoutPage, type LogoutPageProps } from './LogoutPage.svelte';
export { default as NewPasswordFields, type NewPasswordFieldsProps } from './NewPasswordFields.svelte';
export { default as NewPasswordPage, type NewPasswordPageProps } from './NewPasswordPage.svelte';
export { default as ResetPage, type ResetPageProps } from './ResetPage.svelte';
export { default as TwoFactorPage, type TwoFactorPageProps } from './TwoFactorPage.svelte';
export { describeUserAgent, userAgentName, type UserAgentParts } from './user-agent.ts';
