import { createSession, generateSessionToken, hasTotp, setSessionCookie } from '@solidair/auth';
import { authenticate } from '@solidair/auth/password';
import { checkThrottle, recordFailure, recordSuccess, throttleKeys } from '@solidair/auth/throttle';
import * as m from '@solidair/i18n/messages';
import { database, email, formValues, parseForm } from '@solidair/site-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { nextPath, nextQuery } from '#lib/paths.ts';

const loginSchema = v.object({
	email: email(),
	password: v.pipe(v.string('required'), v.nonEmpty('required'), v.maxLength(1000, 'too_long:1000'))
});

export const load = ({ locals, params, url }) => {
	if (locals.user) redirect(303, nextPath(url, params.lang));
	// After a password reset the page says so (the reset page redirects here).
	return { passwordReset: url.searchParams.get('reset') === '1' };
};

export const actions = {
	default: async ({ request, cookies, url, params, getClientAddress }) => {
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
			return fail(400, { values: keep, errors: noFieldErrors, formError: m.login_failed({}, { locale }) });
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
		if (await hasTotp(db, result.user.id))
			redirect(303, `/${locale}/login/two-factor${nextQuery(url, locale)}`);
		redirect(303, nextPath(url, locale));
	}
};
