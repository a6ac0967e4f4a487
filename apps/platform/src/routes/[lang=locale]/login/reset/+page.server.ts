import { createPasswordReset } from '@solidair/auth/password';
import { enqueueMail, withinRateLimit } from '@solidair/db';
import * as m from '@solidair/i18n/messages';
import { database, email, formValues, parseForm } from '@solidair/site-kit/server';
import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { mailLink } from '#lib/paths.ts';

const resetSchema = v.object({ email: email() });

export const load = ({ url }) => ({ sent: url.searchParams.get('sent') === '1' });

export const actions = {
	default: async ({ request, params, url, getClientAddress }) => {
		const locale = params.lang;
		const values = formValues(await request.formData(), ['email']);
		const parsed = parseForm(resetSchema, values, locale);
		if (!parsed.ok) return parsed.failure;
		const db = database();
		const address = getClientAddress();
		const sent = `/${locale}/login/reset?sent=1`;
		// One answer whatever happens (an account or not, too many requests or not): no enumeration.
		// The limits keep anyone from flooding an inbox or the outbox.
		const allowed =
			(await withinRateLimit(db, `platform:reset:address:${address}`, { limit: 20, windowSeconds: 3600 })) &&
			(await withinRateLimit(db, `platform:reset:account:${parsed.data.email.toLowerCase()}`, {
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
				text: m.reset_mail_text({ link }, { locale })
			});
		});
		redirect(303, sent);
	}
};
