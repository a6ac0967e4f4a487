// Changing or deleting an agenda item: for those who may (intranet admins). Anyone else, and any
// id that names no item, gets a 404, before any input is read. A save is based on the version the
// form was loaded with: when another admin saved meanwhile, it is refused (409) with their version
// shown, rather than silently overwriting it.
import { can, type Action } from '@solidair/auth';
import {
	deleteStaffEvent,
	staffEventForEditing,
	updateStaffEvent,
	type StaffEventForEditing
} from '@solidair/db';
import { dateTimeLocalValue, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/site-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import type { StaffEvent } from '#lib/server/access.ts';
import { textValues, type FieldErrors } from '#lib/server/forms.ts';
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
	return {
		values,
		version: item.version,
		organisations: organisations.list.map(({ slug, name }) => ({ slug, name }))
	};
};

/** What a refused save sends back: the input kept, with the reasons. */
interface SaveFailure {
	values: StaffEventValues;
	errors: FieldErrors<StaffEventValues>;
	/** The version the form is based on from now on: after a conflict, the one that won. */
	expectedVersion: number;
	/** After a conflict: the version someone else saved, with its audience as the form names it. */
	conflict?: StaffEventForEditing & { audience: string };
}

function postedVersion(data: FormData): number {
	const text = data.get('expectedVersion');
	if (typeof text !== 'string' || !/^[1-9]\d{0,8}$/.test(text)) error(400, 'Bad Request');
	return Number(text);
}

export const actions = {
	save: async (event) => {
		const { actor, item, organisations } = await editable(event, 'update');
		const locale = event.params.lang as Locale;
		const { ids } = organisations;
		const data = await event.request.formData();
		const expectedVersion = postedVersion(data);
		const values = textValues(data, staffEventFields);
		const refuse = (status: number, failure: Partial<SaveFailure>) => {
			const body: SaveFailure = { values, errors: {}, expectedVersion, ...failure };
			return fail(status, body);
		};
		const parsed = parseStaffEvent(values, { locale, now: new Date(), organisations: ids });
		if (!parsed.ok) return refuse(400, { errors: parsed.errors });
		// The new audience too: moving it is changing it there.
		if (!can(actor, 'update', staffEventResource(parsed.data.organisationId, ids))) error(404, 'Not Found');
		const result = await updateStaffEvent(database(), item.id, { ...parsed.data, expectedVersion });
		switch (result.kind) {
			case 'saved':
				redirect(303, `/${locale}/agenda?done=saved`);
			// eslint-disable-next-line no-fallthrough -- redirect() throws
			case 'conflict': {
				const { stored } = result;
				// Their version is shown only to whoever may change it where it now is.
				if (!can(actor, 'update', staffEventResource(stored.organisationId, ids))) error(404, 'Not Found');
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
		const { item } = await editable(event, 'delete');
		const locale = event.params.lang as Locale;
		const { confirm } = textValues(await event.request.formData(), ['confirm']);
		if (confirm !== 'on') return fail(400, { deleteError: m.staff_delete_confirm_missing({}, { locale }) });
		if (!(await deleteStaffEvent(database(), item.id))) error(404, 'Not Found');
		redirect(303, `/${locale}/agenda?done=deleted`);
	}
};
