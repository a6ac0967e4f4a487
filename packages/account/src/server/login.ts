// Logging in: e-mail and password (throttled, one answer for every failure), then the code of
// the second factor when the user has one.
import {
	createSession,
	generateSessionToken,
	hasTotp,
	markSessionTwoFactorVerified,
	setSessionCookie
} from '@solidair/auth';
import { authenticate } from '@solidair/auth/password';
import { checkThrottle, recordFailure, recordSuccess, throttleKeys } from '@solidair/auth/throttle';
import { verifyTwoFactor } from '@solidair/auth/two-factor';
import * as m from '@solidair/i18n/messages';
import { fail, redirect } from '@sveltejs/kit';
import { database } from '@solidair/app-kit/server';
import { formValues, parseForm } from '@solidair/app-kit/server';
import { loginSchema } from '@solidair/db/input';
import { homeAfterLogin, type AccountEvent, type AccountOptions } from './options.ts';
import { nextPath, nextQuery } from './paths.ts';

export interface LoginData {
	/** After a password reset the page says so (the reset page redirects here). */
	passwordReset: boolean;
}

/** A code that did not pass: the field's error, or a message about the whole form (throttled). */
export interface CodeFailure {
	errors: Partial<Record<'code', string>>;
	formError?: string;
}
export const codeFailure = (status: number, data: CodeFailure) => fail(status, data);

export function loginPage(options: AccountOptions) {
	return {
		load: ({ locals, params, url }: AccountEvent): LoginData => {
			if (locals.user) redirect(303, nextPath(url, homeAfterLogin(options, params.lang, locals.user.locale)));
			return { passwordReset: url.searchParams.get('reset') === '1' };
		},

		actions: {
			default: async ({ request, cookies, url, params, getClientAddress }: AccountEvent) => {
				const locale = params.lang;
				const values = formValues(await request.formData(), ['email', 'password']);
				// The password is never sent back to the page.
				const keep = { email: values.email ?? '', password: '' };
				const noFieldErrors: Partial<Record<'email' | 'password', string>> = {};
				const parsed = parseForm(loginSchema, values, locale);
				if (!parsed.ok) return fail(400, { ...parsed.failure.data, values: keep });

				const db = database();
				const address = getClientAddress();
				const keys = throttleKeys('login', { account: parsed.data.email, address });
				const throttle = await checkThrottle(db, keys);
				if (!throttle.allowed) {
					return fail(429, {
						values: keep,
						errors: noFieldErrors,
						formError: m.login_throttled({ seconds: String(throttle.retryAfterSeconds) }, { locale })
					});
				}
				const result = await authenticate(db, parsed.data.email, parsed.data.password, { ip: address });
				if (!result.ok) {
					await recordFailure(db, keys);
					// One answer for an unknown e-mail, a wrong password and a disabled account: no enumeration.
					return fail(400, {
						values: keep,
						errors: noFieldErrors,
						formError: m.login_failed({}, { locale })
					});
				}
				await recordSuccess(db, keys);
				// Always a new session: a token planted before login (session fixation) is never promoted.
				const token = generateSessionToken();
				const session = await createSession(db, token, result.user.id, undefined, undefined, {
					ip: address,
					userAgent: request.headers.get('user-agent')
				});
				setSessionCookie(cookies, url, token, session.expiresAt);
				// With 2FA on, the session is not yet good for anything: the code page comes first.
				if (await hasTotp(db, result.user.id)) redirect(303, `/${locale}/login/two-factor${nextQuery(url)}`);
				redirect(303, nextPath(url, homeAfterLogin(options, locale, result.user.locale)));
			}
		}
	};
}

/** The second step of logging in: the session exists but is good for nothing until a code passes. */
export function loginCodePage(options: AccountOptions) {
	return {
		load: async ({ locals, params, url }: AccountEvent) => {
			if (!locals.user || !locals.session) redirect(303, `/${params.lang}/login${nextQuery(url)}`);
			if (locals.session.twoFactorVerified || !(await hasTotp(database(), locals.user.id))) {
				redirect(303, nextPath(url, homeAfterLogin(options, params.lang, locals.user.locale)));
			}
		},

		actions: {
			default: async ({ request, locals, params, url, getClientAddress }: AccountEvent) => {
				const locale = params.lang;
				if (!locals.user || !locals.session) redirect(303, `/${locale}/login${nextQuery(url)}`);
				// The code is never sent back to the page.
				const { code = '' } = formValues(await request.formData(), ['code']);
				if (code.trim() === '') {
					return codeFailure(400, { errors: { code: m.field_required({}, { locale }) } });
				}
				const db = database();
				// Throttled per user and address and audited by verifyTwoFactor itself.
				const result = await verifyTwoFactor(db, locals.user.id, code, { ip: getClientAddress() });
				if (!result.ok) {
					if (result.reason === 'throttled') {
						return codeFailure(429, {
							errors: {},
							formError: m.two_factor_throttled({ seconds: String(result.retryAfterSeconds) }, { locale })
						});
					}
					return codeFailure(400, { errors: { code: m.two_factor_invalid({}, { locale }) } });
				}
				await markSessionTwoFactorVerified(db, locals.session.id);
				redirect(303, nextPath(url, homeAfterLogin(options, locale, locals.user.locale)));
			}
		}
	};
}
