import { createHash } from 'node:crypto';
import { audit, authorize } from '@solidair/auth';
import { isUuid } from '@solidair/db';
import { eraseNewsletterSubscriber, newsletterSubscriber } from '@solidair/db/inbox';
import * as m from '@solidair/i18n/messages';
import { database, formValues, type FormFailure } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { siteName, siteParam, type StaffEvent } from '#lib/server/access.ts';

// Erasure on request (GDPR): the subscription is deleted, not marked, once its address is typed
// again. The audit log proves it happened without keeping the address: only its SHA-256 (of the
// address in lower case), which matches the address should the person ask, and reveals nothing else.

/** The subscription of the URL, for a staff member who may erase on its site; otherwise a 404. */
async function subscription(event: StaffEvent<{ site: string; id: string }>) {
	const { user, actor } = await requireStaff(event);
	const site = siteParam(event.params.site);
	await authorize(event, actor, 'manage', { type: 'subscribers', siteId: site });
	const subscriber = isUuid(event.params.id)
		? await newsletterSubscriber(database(), site, event.params.id)
		: undefined;
	if (!subscriber) error(404, 'Not found');
	return { user, site, subscriber };
}

export const load = async (event) => {
	const { site, subscriber } = await subscription(event);
	return { site: { id: site, name: siteName(site) }, subscriber };
};

export const actions = {
	erase: async (event) => {
		const { user, site, subscriber } = await subscription(event);
		const locale = event.locals.locale;
		const values = formValues(await event.request.formData(), ['email']) as { email: string };
		const typed = values.email.trim().toLowerCase();
		if (typed !== subscriber.email.toLowerCase()) {
			const text =
				typed === '' ? m.field_required({}, { locale }) : m.subscribers_erase_mismatch({}, { locale });
			return fail(400, { values, errors: { email: text } } satisfies FormFailure<typeof values>);
		}
		const erased = await database()
			.transaction()
			.execute(async (tx) => {
				const deleted = await eraseNewsletterSubscriber(tx, {
					siteId: site,
					subscriptionId: subscriber.id,
					email: typed
				});
				if (!deleted) return false;
				await audit(tx, {
					actorId: user.id,
					action: 'subscriber.erased',
					targetType: 'newsletter_subscription',
					targetId: subscriber.id,
					ip: event.getClientAddress(),
					details: { site, emailSha256: createHash('sha256').update(typed).digest('hex') }
				});
				return true;
			});
		// Erased by someone else a moment ago (and logged then): it is not found any more.
		if (!erased) error(404, 'Not found');
		redirect(303, `/${event.params.lang}/subscribers/${site}?erased=1`);
	}
};
