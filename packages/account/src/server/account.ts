// The user's own account: sessions (list, end one), password, where 2FA stands and, where the app
// offers it, their language.
import {
	createSession,
	generateSessionToken,
	markSessionTwoFactorVerified,
	revokeSession,
	setSessionCookie,
	userSessions
} from '@solidair/auth';
import { changePassword } from '@solidair/auth/password';
import { formatDateTime, isSupported, localeNames, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { error, fail, redirect } from '@sveltejs/kit';
import { database } from '@solidair/app-kit/server';
import { formValues } from '@solidair/app-kit/server';
import type { SignedIn } from './guard.ts';
import type { AccountEvent, AccountOptions } from './options.ts';
import { passwordHint, passwordMessage } from './passwords.ts';

type PasswordErrors = Partial<Record<'current' | 'password' | 'repeat', string>>;

/** A failed password change: errors per field, never a password. */
const passwordFailure = (errors: PasswordErrors) => fail(400, { password: { errors } });

export interface AccountSession {
	id: string;
	created: string;
	lastUsed: string;
	ip: string | null;
	userAgent: string | null;
	/** The session of this very browser. */
	current: boolean;
}

export interface AccountData {
	name: string;
	email: string;
	totp: boolean;
	/** The password rules, in the user's language. */
	hint: string;
	/** What was just done (`?done=`), for the page to confirm it. */
	notice: string | null;
	sessions: AccountSession[];
	/** The languages to choose from and the chosen one; null when the app offers no choice. */
	language: { options: { value: Locale; label: string }[]; value: string } | null;
}

const when = (date: Date, locale: Locale) => formatDateTime(date, locale, { style: 'medium' });

/**
 * The account page's load and actions. `extra` adds an app's own data (the portal: its e-mail
 * digest), read once the guard has let the user in; the app adds its own actions beside these.
 */
export function accountPage<Extra extends object = Record<never, never>>(
	options: AccountOptions,
	extra?: (event: AccountEvent, signedIn: SignedIn) => Promise<Extra>
) {
	return {
		load: async (event: AccountEvent): Promise<AccountData & Extra> => {
			const signedIn = await options.guard(event);
			const { user, totp } = signedIn;
			const locale = event.params.lang;
			const [sessions, more] = await Promise.all([
				userSessions(database(), user.id),
				extra ? extra(event, signedIn) : ({} as Extra)
			]);
			const languages = options.languages;
			return {
				...more,
				name: user.displayName,
				email: user.email,
				totp,
				hint: passwordHint(locale),
				notice: event.url.searchParams.get('done'),
				sessions: sessions.map((session) => ({
					id: session.id,
					created: when(session.createdAt, locale),
					lastUsed: when(session.lastUsedAt, locale),
					ip: session.ip,
					userAgent: session.userAgent,
					current: session.id === event.locals.session?.id
				})),
				language: languages
					? {
							options: languages.locales.map((code) => ({ value: code, label: localeNames[code] })),
							value: user.locale
						}
					: null
			};
		},

		actions: {
			revoke: async (event: AccountEvent) => {
				const { user } = await options.guard(event);
				const { session = '' } = formValues(await event.request.formData(), ['session']);
				// Only the user's own sessions: another's id is "not found", as an unknown one is.
				const revoked = await revokeSession(database(), user.id, session, { ip: event.getClientAddress() });
				if (!revoked) error(404, 'Not found');
				// Ending this very session is logging out.
				if (session === event.locals.session?.id) redirect(303, `/${event.params.lang}/login`);
				redirect(303, `/${event.params.lang}/account?done=revoked`);
			},

			password: async (event: AccountEvent) => {
				const { user } = await options.guard(event);
				const locale = event.params.lang;
				const values = formValues(await event.request.formData(), ['current', 'password', 'repeat']);
				const errors: PasswordErrors = {};
				if (!values.current) errors.current = m.field_required({}, { locale });
				if (!values.password) errors.password = m.field_required({}, { locale });
				else if (values.password !== values.repeat) errors.repeat = m.password_mismatch({}, { locale });
				// No password is ever sent back to the page.
				if (Object.keys(errors).length > 0) return passwordFailure(errors);
				const db = database();
				const ip = event.getClientAddress();
				const result = await changePassword(db, user.id, values.current ?? '', values.password ?? '', { ip });
				if (typeof result === 'object') {
					// Too many wrong current passwords (throttled and audited by changePassword).
					return fail(429, {
						password: {
							errors: {
								current: m.login_throttled({ seconds: String(result.retryAfterSeconds) }, { locale })
							} satisfies PasswordErrors
						}
					});
				}
				if (result === 'wrong_password') {
					return passwordFailure({ current: m.account_password_wrong({}, { locale }) });
				}
				if (result !== 'ok') {
					return passwordFailure({ password: passwordMessage(result, locale) });
				}
				// changePassword ended every session, this one too: this browser gets a new one, as verified
				// as the one it had (the person just proved the password; the second factor was proved before).
				const token = generateSessionToken();
				const session = await createSession(db, token, user.id, undefined, undefined, {
					ip,
					userAgent: event.request.headers.get('user-agent')
				});
				if (event.locals.session?.twoFactorVerified) await markSessionTwoFactorVerified(db, session.id);
				setSessionCookie(event.cookies, event.url, token, session.expiresAt);
				redirect(303, `/${locale}/account?done=password`);
			},

			language: async (event: AccountEvent) => {
				const { user } = await options.guard(event);
				const languages = options.languages;
				if (!languages) error(404, 'Not found');
				const { language = '' } = formValues(await event.request.formData(), ['language']);
				if (!isSupported(language, languages)) {
					return fail(400, {
						language: {
							value: language,
							error: m.account_language_invalid({}, { locale: event.params.lang })
						}
					});
				}
				await database().updateTable('users').set({ locale: language }).where('id', '=', user.id).execute();
				// The account page again, in the language just chosen (the locale handle remembers it for
				// visits without a language in the address).
				redirect(303, `/${language}/account?done=language`);
			}
		}
	};
}
