import {
	digestFrequencies,
	digestFrequencyOf,
	setDigestFrequency,
	type DigestFrequency
} from '@solidair/db/activity';
import * as m from '@solidair/i18n/messages';
import { accountPage } from '@solidair/account/server';
import { database, formValues } from '@solidair/app-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { account } from '#lib/account.ts';
import { requireMember } from '#lib/guard.ts';

// The shared account page, with the portal's own e-mail digest preference.
const page = accountPage(account, async (_event, { user }) => ({
	digest: await digestFrequencyOf(database(), user.id)
}));

export const load = page.load;

export const actions = {
	...page.actions,

	digest: async (event) => {
		const { user } = await requireMember(event);
		const { digest = '' } = formValues(await event.request.formData(), ['digest']);
		if (!digestFrequencies.includes(digest as DigestFrequency)) {
			return fail(400, {
				digest: { value: digest, error: m.account_digest_invalid({}, { locale: event.params.lang }) }
			});
		}
		await setDigestFrequency(database(), user.id, digest as DigestFrequency);
		redirect(303, `/${event.params.lang}/account?done=digest`);
	}
};
