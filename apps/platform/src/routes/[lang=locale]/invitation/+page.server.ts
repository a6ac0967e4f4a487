import {
	createSession,
	generateSessionToken,
	invalidateSession,
	setSessionCookie,
	twoFactorRequired
} from '@solidair/auth';
import { acceptInvitation, invitationByToken } from '@solidair/auth/invitations';
import * as m from '@solidair/i18n/messages';
import { passwordHint, passwordMessage } from '@solidair/account/server';
import { database, formValues } from '@solidair/app-kit/server';
import { fail, redirect } from '@sveltejs/kit';

type Errors = Partial<Record<'name' | 'password' | 'repeat', string>>;

interface Failure {
	/** The link no longer works. */
	invalid: boolean;
	/** The name typed, for another try; passwords are never sent back. */
	values: { name: string };
	errors: Errors;
	formError?: string;
}
const failure = (data: Failure) => fail(400, data);

// The token stays in the query string (the form posts to this same address): never in a path.
const tokenOf = (url: URL) => url.searchParams.get('token') ?? '';

export const load = async ({ url, params }) => {
	const invitation = await invitationByToken(database(), tokenOf(url));
	return {
		hint: passwordHint(params.lang),
		invitation: invitation
			? {
					organisation: invitation.organisationName,
					email: invitation.email,
					role: invitation.role,
					existingAccount: invitation.existingAccount
				}
			: null
	};
};

export const actions = {
	default: async ({ request, url, params, cookies, locals, getClientAddress }) => {
		const locale = params.lang;
		const db = database();
		const token = tokenOf(url);
		const invitation = await invitationByToken(db, token);
		if (!invitation) return failure({ invalid: true, values: { name: '' }, errors: {} });
		const values = formValues(await request.formData(), ['name', 'password', 'repeat']);
		// The name is kept for another try; passwords never are.
		const keep = { name: values.name ?? '' };
		const errors: Errors = {};
		if (!invitation.existingAccount) {
			if (!values.name?.trim()) errors.name = m.field_required({}, { locale });
			if (!values.password) errors.password = m.field_required({}, { locale });
			else if (values.password !== values.repeat) errors.repeat = m.password_mismatch({}, { locale });
			if (Object.keys(errors).length > 0) return failure({ invalid: false, values: keep, errors });
		}
		const ip = getClientAddress();
		const result = await acceptInvitation(db, token, {
			displayName: values.name,
			password: values.password,
			ip
		});
		if (!result.ok) {
			switch (result.problem) {
				case 'invalid':
					return failure({ invalid: true, values: keep, errors });
				case 'account_disabled':
					return failure({
						invalid: false,
						values: keep,
						errors,
						formError: m.invitation_disabled({}, { locale })
					});
				case 'invalid_name':
					return failure({
						invalid: false,
						values: keep,
						errors: { name: m.field_too_long({ max: '120' }, { locale }) }
					});
				default:
					return failure({
						invalid: false,
						values: keep,
						errors: { password: passwordMessage(result.problem, locale) }
					});
			}
		}
		const home = twoFactorRequired({ isPlatformAdmin: false, isIntranetAdmin: false }, [invitation.role])
			? `/${locale}/account/two-factor`
			: `/${locale}/members`;
		if (!result.newAccount) {
			// An existing account proves who it is with its own password (and 2FA), not with the link.
			if (locals.user?.id === result.userId) redirect(303, `/${locale}/members`);
			redirect(303, `/${locale}/login?next=${encodeURIComponent(`/${locale}/members`)}`);
		}
		// A new account: the person has just set its password. Whoever was signed in here before is not.
		if (locals.session) await invalidateSession(db, locals.session.id);
		const sessionToken = generateSessionToken();
		const session = await createSession(db, sessionToken, result.userId, undefined, undefined, {
			ip,
			userAgent: request.headers.get('user-agent')
		});
		setSessionCookie(cookies, url, sessionToken, session.expiresAt);
		redirect(303, home);
	}
};
