import { audit, authorize, can } from '@solidair/auth';
import { isUuid } from '@solidair/db';
import {
	assignableStaff,
	assignContactMessage,
	inboxMessage,
	markContactMessageHandled
} from '@solidair/db/inbox';
import * as m from '@solidair/i18n/messages';
import { database, formValues, type FormFailure } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { siteName, siteParam, type StaffEvent } from '#lib/server/access.ts';

type AssignFailure = FormFailure<{ assignee: string }>;

/** The message of the URL, on a site whose inbox the staff member may `action`; otherwise a 404. */
async function opened(event: StaffEvent<{ site: string; id: string }>, action: 'view' | 'manage') {
	const { user, actor } = await requireStaff(event);
	const site = siteParam(event.params.site);
	await authorize(event, actor, action, { type: 'inbox', siteId: site });
	const message = isUuid(event.params.id) ? await inboxMessage(database(), site, event.params.id) : undefined;
	if (!message) error(404, 'Not found');
	return { user, actor, site, message };
}

export const load = async (event) => {
	const { actor, site, message } = await opened(event, 'view');
	const manage = can(actor, 'manage', { type: 'inbox', siteId: site });
	const done = event.url.searchParams.get('done');
	return {
		site: { id: site, name: siteName(site) },
		message,
		// Only who may assign sees whom to.
		staff: manage && message.status !== 'handled' ? await assignableStaff(database(), site) : [],
		manage,
		notice:
			done === 'assigned'
				? m.inbox_assigned_notice(
						{ name: message.assignee?.displayName ?? '' },
						{ locale: event.locals.locale }
					)
				: done === 'handled'
					? m.inbox_handled_notice({}, { locale: event.locals.locale })
					: null
	};
};

export const actions = {
	assign: async (event) => {
		const { user, site, message } = await opened(event, 'manage');
		const locale = event.locals.locale;
		const values = formValues(await event.request.formData(), ['assignee']) as { assignee: string };
		const refused = (text: string, field = true) =>
			fail(400, {
				values,
				errors: field ? { assignee: text } : {},
				formError: field ? undefined : text
			} satisfies AssignFailure);
		if (!isUuid(values.assignee)) return refused(m.inbox_assignee_invalid({}, { locale }));
		const outcome = await database()
			.transaction()
			.execute(async (tx) => {
				const result = await assignContactMessage(tx, {
					siteId: site,
					messageId: message.id,
					userId: values.assignee
				});
				if (result === 'assigned') {
					await audit(tx, {
						actorId: user.id,
						action: 'contact.assigned',
						targetType: 'contact_message',
						targetId: message.id,
						ip: event.getClientAddress(),
						details: { site, assignee: values.assignee }
					});
				}
				return result;
			});
		if (outcome === 'unknown_message') error(404, 'Not found');
		if (outcome === 'not_staff') return refused(m.inbox_assignee_invalid({}, { locale }));
		if (outcome === 'handled') return refused(m.inbox_already_handled({}, { locale }), false);
		redirect(303, `${event.url.pathname}?done=assigned`);
	},

	handled: async (event) => {
		const { user, site, message } = await opened(event, 'manage');
		await database()
			.transaction()
			.execute(async (tx) => {
				// Already handled (by someone else, a moment ago): nothing to do, nothing to log.
				if (!(await markContactMessageHandled(tx, { siteId: site, messageId: message.id }))) return;
				await audit(tx, {
					actorId: user.id,
					action: 'contact.handled',
					targetType: 'contact_message',
					targetId: message.id,
					ip: event.getClientAddress(),
					details: { site }
				});
			});
		redirect(303, `${event.url.pathname}?done=handled`);
	}
};
