// Changing or deleting an announcement: for those who may (intranet admins). Anyone else, and
// any id that names no announcement, gets a 404, before any input is read.
import { can, type Action } from '@solidair/auth';
import { announcementForEditing, deleteAnnouncement, updateAnnouncement } from '@solidair/db';
import { dateTimeLocalValue, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/site-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import type { StaffEvent } from '#lib/server/access.ts';
import { textValues } from '#lib/server/forms.ts';
import { announcementResource, audienceValue, loadStaffOrganisations } from '#lib/server/staff.ts';
import { announcementFields, parseAnnouncement, type AnnouncementValues } from '#lib/server/staff-forms.ts';

/** The announcement of the URL, if the staff member may `action` it; a 404 otherwise. */
async function editable(event: StaffEvent<{ id: string }>, action: Action) {
	const { actor } = await requireStaff(event);
	const organisations = await loadStaffOrganisations();
	// Asked first, for any audience: someone who may not learns nothing, not even whether the id exists.
	if (!can(actor, action, announcementResource(null, organisations.ids))) error(404, 'Not Found');
	const announcement = await announcementForEditing(database(), event.params.id);
	if (
		!announcement ||
		!can(actor, action, announcementResource(announcement.organisationId, organisations.ids))
	)
		error(404, 'Not Found');
	return { actor, announcement, organisations };
}

export const load = async (event) => {
	const { announcement, organisations } = await editable(event, 'update');
	const values: AnnouncementValues = {
		title: announcement.title,
		body: announcement.body,
		audience: audienceValue(announcement.organisationId, organisations.list),
		pinned: announcement.pinned ? 'on' : '',
		publishFrom: dateTimeLocalValue(announcement.publishFrom),
		expiresAt: announcement.expiresAt ? dateTimeLocalValue(announcement.expiresAt) : ''
	};
	return { values, organisations: organisations.list.map(({ slug, name }) => ({ slug, name })) };
};

export const actions = {
	save: async (event) => {
		const { actor, announcement, organisations } = await editable(event, 'update');
		const locale = event.params.lang as Locale;
		const { ids } = organisations;
		const values = textValues(await event.request.formData(), announcementFields);
		const parsed = parseAnnouncement(values, { locale, now: new Date(), organisations: ids });
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		// The new audience too: moving it is changing it there.
		if (!can(actor, 'update', announcementResource(parsed.data.organisationId, ids))) error(404, 'Not Found');
		// Deleted by someone else meanwhile: it is not found any more.
		if (!(await updateAnnouncement(database(), announcement.id, parsed.data))) error(404, 'Not Found');
		redirect(303, `/${locale}/announcements?done=saved`);
	},

	delete: async (event) => {
		const { announcement } = await editable(event, 'delete');
		const locale = event.params.lang as Locale;
		const { confirm } = textValues(await event.request.formData(), ['confirm']);
		if (confirm !== 'on') return fail(400, { deleteError: m.staff_delete_confirm_missing({}, { locale }) });
		if (!(await deleteAnnouncement(database(), announcement.id))) error(404, 'Not Found');
		redirect(303, `/${locale}/announcements?done=deleted`);
	}
};
