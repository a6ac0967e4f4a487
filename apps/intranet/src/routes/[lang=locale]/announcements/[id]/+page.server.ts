// Changing or deleting an announcement: for those who may (intranet admins). Anyone else, and
// any id that names no announcement, gets a 404, before any input is read. A save is based on the
// version the form was loaded with: when another admin saved meanwhile, it is refused (409) with
// their version shown, rather than silently overwriting it.
import { can, type Action } from '@solidair/auth';
import {
	announcementForEditing,
	deleteAnnouncement,
	updateAnnouncement,
	type AnnouncementForEditing
} from '@solidair/db';
import { dateTimeLocalValue, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/site-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import type { StaffEvent } from '#lib/server/access.ts';
import { textValues, type FieldErrors } from '#lib/server/forms.ts';
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
	return {
		values,
		version: announcement.version,
		organisations: organisations.list.map(({ slug, name }) => ({ slug, name }))
	};
};

/** What a refused save sends back: the input kept, with the reasons. */
interface SaveFailure {
	values: AnnouncementValues;
	errors: FieldErrors<AnnouncementValues>;
	/** The version the form is based on from now on: after a conflict, the one that won. */
	expectedVersion: number;
	/** After a conflict: the version someone else saved, with its audience as the form names it. */
	conflict?: AnnouncementForEditing & { audience: string };
}

function postedVersion(data: FormData): number {
	const text = data.get('expectedVersion');
	if (typeof text !== 'string' || !/^[1-9]\d{0,8}$/.test(text)) error(400, 'Bad Request');
	return Number(text);
}

export const actions = {
	save: async (event) => {
		const { actor, announcement, organisations } = await editable(event, 'update');
		const locale = event.params.lang as Locale;
		const { ids } = organisations;
		const data = await event.request.formData();
		const expectedVersion = postedVersion(data);
		const values = textValues(data, announcementFields);
		const refuse = (status: number, failure: Partial<SaveFailure>) => {
			const body: SaveFailure = { values, errors: {}, expectedVersion, ...failure };
			return fail(status, body);
		};
		const parsed = parseAnnouncement(values, { locale, now: new Date(), organisations: ids });
		if (!parsed.ok) return refuse(400, { errors: parsed.errors });
		// The new audience too: moving it is changing it there.
		if (!can(actor, 'update', announcementResource(parsed.data.organisationId, ids))) error(404, 'Not Found');
		const result = await updateAnnouncement(database(), announcement.id, { ...parsed.data, expectedVersion });
		switch (result.kind) {
			case 'saved':
				redirect(303, `/${locale}/announcements?done=saved`);
			// eslint-disable-next-line no-fallthrough -- redirect() throws
			case 'conflict': {
				const { stored } = result;
				// Their version is shown only to whoever may change it where it now is.
				if (!can(actor, 'update', announcementResource(stored.organisationId, ids))) error(404, 'Not Found');
				// Nothing was written: the form keeps what was typed and now counts on their version, so
				// saving again replaces it knowingly.
				return refuse(409, {
					conflict: { ...stored, audience: audienceValue(stored.organisationId, organisations.list) },
					expectedVersion: stored.version
				});
			}
			default:
				// Deleted by someone else meanwhile: it is not found any more.
				error(404, 'Not Found');
		}
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
