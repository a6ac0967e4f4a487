import { hasTotp, markSessionTwoFactorVerified } from '@solidair/auth';
import { verifyTwoFactor } from '@solidair/auth/two-factor';
import * as m from '@solidair/i18n/messages';
import { database, formValues } from '@solidair/site-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { nextPath, nextQuery } from '#lib/paths.ts';

type CodeFailure = { errors: Partial<Record<'code', string>>; formError?: string };
const codeFailure = (status: number, data: CodeFailure) => fail(status, data);

// The second step of logging in: the session exists but is good for nothing until a code passes.
export const load = async ({ locals, params, url }) => {
	if (!locals.user || !locals.session) redirect(303, `/${params.lang}/login${nextQuery(url, params.lang)}`);
	if (locals.session.twoFactorVerified || !(await hasTotp(database(), locals.user.id))) {
		redirect(303, nextPath(url, params.lang));
	}
};

export const actions = {
	default: async ({ request, locals, params, url, getClientAddress }) => {
		const locale = params.lang;
		if (!locals.user || !locals.session) redirect(303, `/${locale}/login${nextQuery(url, locale)}`);
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
		redirect(303, nextPath(url, locale));
	}
};
