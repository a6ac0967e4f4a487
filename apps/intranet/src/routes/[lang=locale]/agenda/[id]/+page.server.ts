// Changing or deleting an agenda item: for those who may (intranet admins). Anyone else, and any
// id that names no item, gets a 404, before any input is read.
import { can, type Action } from '@solidair/auth';
import { deleteStaffEvent, staffEventForEditing, updateStaffEvent } from '@solidair/db';
import { dateTimeLocalValue, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/site-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import type { StaffEvent } from '#lib/server/access.ts';
import { textValues } from '#lib/server/forms.ts';
import { audienceValue, loadStaffOrganisations, staffEventResource } from '#lib/server/staff.ts';
import { parseStaffEvent, staffEventFields, type StaffEventValues } from '#lib/server/staff-forms.ts';

/** The agenda item of the URL, if the staff member may `action` it; a 404 otherwise. */
async function editable(event: StaffEvent<{ id: string }>, action: Action) {
	const { actor } = await requireStaff(event);
	const organisations = await loadStaffOrganisations();
	// Asked first, for any audience: someone who may not learns nothing, not even whether the id exists.
	if (!can(actor, action, staffEventResource(null, organisations.ids))) error(404, 'Not Found');
	const item = await staffEventForEditing(database(), event.params.id);
	if (!item || !can(actor, action, staffEventResource(item.organisationId, organisations.ids)))
		error(404, 'Not Found');
	return { actor, item, organisations };
}

export const load = async (event) => {
	const { item, organisations } = await editable(event, 'update');
	const values: StaffEventValues = {
		title: item.title,
		description: item.description,
		audience: audienceValue(item.organisationId, organisations.list),
		startsAt: dateTimeLocalValue(item.startsAt),
		endsAt: dateTimeLocalValue(item.endsAt),
		place: item.place ?? '',
		onlineUrl: item.onlineUrl ?? ''
	};
	return { values, organisations: organisations.list.map(({ slug, name }) => ({ slug, name })) };
};

export const actions = {
	save: async (event) => {
		const { actor, item, organisations } = await editable(event, 'update');
		const locale = event.params.lang as Locale;
		const { ids } = organisations;
		const values = textValues(await event.request.formData(), staffEventFields);
		const parsed = parseStaffEvent(values, { locale, now: new Date(), organisations: ids });
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		// The new audience too: moving it is changing it there.
		if (!can(actor, 'update', staffEventResource(parsed.data.organisationId, ids))) error(404, 'Not Found');
		// Deleted by someone else meanwhile: it is not found any more.
		if (!(await updateStaffEvent(database(), item.id, parsed.data))) error(404, 'Not Found');
		redirect(303, `/${locale}/agenda?done=saved`);
	},

	delete: async (event) => {
		const { item } = await editable(event, 'delete');
		const locale = event.params.lang as Locale;
		const { confirm } = textValues(await event.request.formData(), ['confirm']);
		if (confirm !== 'on') return fail(400, { deleteError: m.staff_delete_confirm_missing({}, { locale }) });
		if (!(await deleteStaffEvent(database(), item.id))) error(404, 'Not Found');
		redirect(303, `/${locale}/agenda?done=deleted`);
	}
};
