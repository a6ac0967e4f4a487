import {
	createSession,
	generateSessionToken,
	markSessionTwoFactorVerified,
	revokeSession,
	setSessionCookie,
	userSessions
} from '@solidair/auth';
import { changePassword } from '@solidair/auth/password';
import * as m from '@solidair/i18n/messages';
import { database, formValues } from '@solidair/site-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { dateTime } from '#lib/dates.ts';
import { requireMember } from '#lib/guard.ts';
import { passwordHint, passwordMessage } from '#lib/passwords.ts';

type PasswordErrors = Partial<Record<'current' | 'password' | 'repeat', string>>;

/** A failed password change: errors per field, never a password. */
const passwordFailure = (errors: PasswordErrors) => fail(400, { password: { errors } });

export const load = async (event) => {
	const { user, totp } = await requireMember(event);
	const locale = event.params.lang;
	const sessions = await userSessions(database(), user.id);
	return {
		name: user.displayName,
		email: user.email,
		totp,
		hint: passwordHint(locale),
		notice: event.url.searchParams.get('done'),
		sessions: sessions.map((session) => ({
			id: session.id,
			created: dateTime(session.createdAt, locale),
			lastUsed: dateTime(session.lastUsedAt, locale),
			ip: session.ip,
			userAgent: session.userAgent,
			current: session.id === event.locals.session?.id
		}))
	};
};

export const actions = {
	revoke: async (event) => {
		const { user } = await requireMember(event);
		const { session = '' } = formValues(await event.request.formData(), ['session']);
		// Only the user's own sessions: another's id is "not found", as an unknown one is.
		const revoked = await revokeSession(database(), user.id, session, { ip: event.getClientAddress() });
		if (!revoked) error(404, 'Not found');
		// Ending this very session is logging out.
		if (session === event.locals.session?.id) redirect(303, `/${event.params.lang}/login`);
		redirect(303, `/${event.params.lang}/account?done=revoked`);
	},

	password: async (event) => {
		const { user } = await requireMember(event);
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
	}
};
