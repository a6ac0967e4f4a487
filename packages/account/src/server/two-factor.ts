// Setting up 2FA (reachable even when the user's roles require it and it is not there yet) and
// switching it off again.
import { markSessionTwoFactorVerified, twoFactorRequired } from '@solidair/auth';
import {
	beginTotpEnrolment,
	confirmTotpEnrolment,
	disableTotp,
	pendingTotpEnrolment,
	verifyTwoFactor
} from '@solidair/auth/two-factor';
import * as m from '@solidair/i18n/messages';
import { error, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { database } from '@solidair/app-kit/server';
import { formValues } from '@solidair/app-kit/server';
import { codeFailure } from './login.ts';
import type { AccountEvent, AccountOptions } from './options.ts';
import { nextPath } from './paths.ts';

export interface TwoFactorData {
	totp: boolean;
	/** The user's roles require 2FA. */
	required: boolean;
	/** Where to continue once it is set up. */
	next: string;
	/** `&next=…` for the confirming post, or nothing when that is the home page anyway. */
	nextParam: string;
	/** While setting up: the secret, in groups of four, and its QR code as an SVG drawn here. */
	secret: string | null;
	qr: string | null;
}

export function twoFactorPage(options: AccountOptions) {
	return {
		load: async (event: AccountEvent): Promise<TwoFactorData> => {
			const { user, actor, totp } = await options.guard(event, { enrolling: true });
			const required = twoFactorRequired(
				{ isPlatformAdmin: actor.platformAdmin, isIntranetAdmin: actor.intranetAdmin },
				actor.memberships.map((membership) => membership.role)
			);
			const home = options.home(event.params.lang);
			const next = nextPath(event.url, home);
			const nextParam = next === home ? '' : `&next=${encodeURIComponent(next)}`;
			if (totp) return { totp, required, next, nextParam, secret: null, qr: null };
			const db = database();
			// The setup already begun, if any: a mistyped code does not replace the secret just scanned.
			const enrolment = (await pendingTotpEnrolment(db, user.id)) ?? (await beginTotpEnrolment(db, user.id));
			if (!enrolment) error(404, 'Not found');
			// An SVG drawn on the server: no script, and the secret never reaches a third party.
			const qr = await QRCode.toString(enrolment.keyUri, { type: 'svg', margin: 2, width: 220 });
			const secret = enrolment.secret.replace(/(.{4})(?=.)/g, '$1 ');
			return { totp, required, next, nextParam, secret, qr };
		},

		actions: {
			confirm: async (event: AccountEvent) => {
				const { user } = await options.guard(event, { enrolling: true });
				const locale = event.params.lang;
				const { code = '' } = formValues(await event.request.formData(), ['code']);
				if (code.trim() === '')
					return codeFailure(400, { errors: { code: m.field_required({}, { locale }) } });
				const db = database();
				const result = await confirmTotpEnrolment(db, user.id, code, { ip: event.getClientAddress() });
				if (!result.ok) return codeFailure(400, { errors: { code: m.enrol_invalid({}, { locale }) } });
				// The person has just shown they hold the second factor: this session has passed it.
				if (event.locals.session) {
					await markSessionTwoFactorVerified(db, event.locals.session.id);
					// This answer's load reads the session from locals: it must see the change too.
					event.locals.session.twoFactorVerified = true;
				}
				// Shown once, in this answer only; the database keeps their hashes.
				return { recoveryCodes: result.recoveryCodes };
			},

			disable: async (event: AccountEvent) => {
				const { user } = await options.guard(event, { enrolling: true });
				const locale = event.params.lang;
				const { code = '' } = formValues(await event.request.formData(), ['code']);
				if (code.trim() === '')
					return codeFailure(400, { errors: { code: m.field_required({}, { locale }) } });
				const db = database();
				const ip = event.getClientAddress();
				// A current code (or a recovery code), throttled and audited: a borrowed session alone cannot.
				const result = await verifyTwoFactor(db, user.id, code, { ip });
				if (!result.ok) {
					if (result.reason === 'throttled') {
						return codeFailure(429, {
							errors: {},
							formError: m.two_factor_throttled({ seconds: String(result.retryAfterSeconds) }, { locale })
						});
					}
					return codeFailure(400, { errors: { code: m.two_factor_invalid({}, { locale }) } });
				}
				await disableTotp(db, user.id, { ip });
				redirect(303, `/${locale}/account`);
			}
		}
	};
}
