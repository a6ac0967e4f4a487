import { deleteSessionCookie } from '@solidair/auth';
import { passwordResetValid, resetPassword } from '@solidair/auth/password';
import * as m from '@solidair/i18n/messages';
import { database, formValues } from '@solidair/site-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { passwordHint, passwordMessage } from '#lib/passwords.ts';

type Errors = Partial<Record<'password' | 'repeat', string>>;
/** A failed post: errors per field (never a password back), or a spent link. */
const failure = (errors: Errors, invalid = false) => fail(400, { errors, invalid });

// The token stays in the query string (the form posts to this same address): never in a path.
const tokenOf = (url: URL) => url.searchParams.get('token') ?? '';

export const load = async ({ url, params }) => ({
	valid: await passwordResetValid(database(), tokenOf(url)),
	hint: passwordHint(params.lang)
});

export const actions = {
	default: async ({ request, url, params, cookies, getClientAddress }) => {
		const locale = params.lang;
		const values = formValues(await request.formData(), ['password', 'repeat']);
		const errors: Errors = {};
		if (!values.password) errors.password = m.field_required({}, { locale });
		else if (values.password !== values.repeat) errors.repeat = m.password_mismatch({}, { locale });
		// Passwords are never sent back to the page.
		if (errors.password || errors.repeat) return failure(errors);
		const result = await resetPassword(database(), tokenOf(url), values.password ?? '', {
			ip: getClientAddress()
		});
		if (result === 'invalid') return failure(errors, true);
		if (result !== 'ok') return failure({ password: passwordMessage(result, locale) });
		// Every session of the account has ended, this browser's too: log in anew.
		deleteSessionCookie(cookies, url);
		redirect(303, `/${locale}/login?reset=1`);
	}
};
