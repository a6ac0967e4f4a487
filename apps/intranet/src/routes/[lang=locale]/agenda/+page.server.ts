import { authorize, can } from '@solidair/auth';
import { createStaffEvent, upcomingStaffEvents } from '@solidair/db/staff';
import type { Locale } from '@solidair/i18n';
import { database } from '@solidair/app-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { textValues } from '#lib/server/forms.ts';
import { loadStaffOrganisations, staffEventResource } from '#lib/server/staff.ts';
import { parseStaffEvent, staffEventFields } from '#lib/server/staff-forms.ts';

/** What is coming up for the staff member; the form for those who plan (intranet admins). */
export const load = async (event) => {
	const { user, actor } = await requireStaff(event);
	const organisations = await loadStaffOrganisations();
	const events = await upcomingStaffEvents(database(), user.id);
	return {
		events: events.map((item) => ({
			...item,
			canEdit: can(actor, 'update', staffEventResource(item.organisationId, organisations.ids))
		})),
		canPlan: can(actor, 'create', staffEventResource(null, organisations.ids)),
		organisations: organisations.list.map(({ slug, name }) => ({ slug, name })),
		// After an edit page's save or delete.
		notice: event.url.searchParams.get('done')
	};
};

export const actions = {
	create: async (event) => {
		const { user, actor } = await requireStaff(event);
		const locale = event.params.lang as Locale;
		const { ids } = await loadStaffOrganisations();
		await authorize(event, actor, 'create', staffEventResource(null, ids));
		const values = textValues(await event.request.formData(), staffEventFields);
		const parsed = parseStaffEvent(values, { locale, now: new Date(), organisations: ids });
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		await authorize(event, actor, 'create', staffEventResource(parsed.data.organisationId, ids));
		await createStaffEvent(database(), { ...parsed.data, createdBy: user.id });
		redirect(303, `/${locale}/agenda`);
	}
};
