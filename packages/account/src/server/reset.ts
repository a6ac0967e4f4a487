// A forgotten password: a link by mail (one answer whether the account exists or not), then a
// new password on the page the link opens.
import { deleteSessionCookie } from '@solidair/auth';
import { createPasswordReset, passwordResetValid, resetPassword } from '@solidair/auth/password';
import { enqueueMail } from '@solidair/db/forms';
import { withinRateLimit } from '@solidair/db/throttle';
import * as m from '@solidair/i18n/messages';
import { fail, redirect } from '@sveltejs/kit';
import { database } from '@solidair/app-kit/server';
import { formValues, parseForm } from '@solidair/app-kit/server';
import { resetSchema } from '@solidair/db/input';
import type { AccountEvent, AccountOptions } from './options.ts';
import { passwordHint, passwordMessage } from './passwords.ts';
import { mailLink } from './paths.ts';

export interface ResetData {
	/** The link has been asked for: the page says so, whatever the address. */
	sent: boolean;
}

export function resetPage(options: AccountOptions) {
	return {
		load: ({ url }: AccountEvent): ResetData => ({ sent: url.searchParams.get('sent') === '1' }),

		actions: {
			default: async ({ request, params, url, getClientAddress }: AccountEvent) => {
				const locale = params.lang;
				const values = formValues(await request.formData(), ['email']);
				const parsed = parseForm(resetSchema, values, locale);
				if (!parsed.ok) return parsed.failure;
				const db = database();
				const address = getClientAddress();
				const sent = `/${locale}/login/reset?sent=1`;
				// One answer whatever happens (an account or not, too many requests or not): no enumeration.
				// The limits keep anyone from flooding an inbox or the outbox; an account's limit holds
				// across the apps, as its inbox is the same.
				const allowed =
					(await withinRateLimit(db, `reset:address:${address}`, { limit: 20, windowSeconds: 3600 })) &&
					(await withinRateLimit(db, `reset:account:${parsed.data.email.toLowerCase()}`, {
						limit: 5,
						windowSeconds: 3600
					}));
				if (!allowed) redirect(303, sent);
				await db.transaction().execute(async (tx) => {
					const reset = await createPasswordReset(tx, parsed.data.email, { ip: address });
					if (!reset) return;
					// The token in the query string, never the path: request logs leave query strings out.
					const link = mailLink(url, `/${locale}/login/reset/new?token=${reset.token}`);
					await enqueueMail(tx, {
						kind: 'password-reset',
						to: parsed.data.email,
						subject: m.reset_mail_subject({}, { locale }),
						text: options.resetMailText(link, locale)
					});
				});
				redirect(303, sent);
			}
		}
	};
}

type NewPasswordErrors = Partial<Record<'password' | 'repeat', string>>;

export interface NewPasswordData {
	/** The link still works. */
	valid: boolean;
	/** The password rules, in the user's language. */
	hint: string;
}

/** A failed post: errors per field (never a password back), or a spent link. */
const newPasswordFailure = (errors: NewPasswordErrors, invalid = false) => fail(400, { errors, invalid });

// The token stays in the query string (the form posts to this same address): never in a path.
const tokenOf = (url: URL) => url.searchParams.get('token') ?? '';

export function newPasswordPage() {
	return {
		load: async ({ url, params }: AccountEvent): Promise<NewPasswordData> => ({
			valid: await passwordResetValid(database(), tokenOf(url)),
			hint: passwordHint(params.lang)
		}),

		actions: {
			default: async ({ request, url, params, cookies, getClientAddress }: AccountEvent) => {
				const locale = params.lang;
				const values = formValues(await request.formData(), ['password', 'repeat']);
				const errors: NewPasswordErrors = {};
				if (!values.password) errors.password = m.field_required({}, { locale });
				else if (values.password !== values.repeat) errors.repeat = m.password_mismatch({}, { locale });
				// Passwords are never sent back to the page.
				if (errors.password || errors.repeat) return newPasswordFailure(errors);
				const result = await resetPassword(database(), tokenOf(url), values.password ?? '', {
					ip: getClientAddress()
				});
				if (result === 'invalid') return newPasswordFailure(errors, true);
				if (result !== 'ok') return newPasswordFailure({ password: passwordMessage(result, locale) });
				// Every session of the account has ended, this browser's too: log in anew.
				deleteSessionCookie(cookies, url);
				redirect(303, `/${locale}/login?reset=1`);
			}
		}
	};
}
