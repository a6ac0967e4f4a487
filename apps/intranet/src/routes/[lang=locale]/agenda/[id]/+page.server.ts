// Changing or deleting an agenda item: the flow (who may, the 404s, the version a save is based
// on, the delete confirmation) is `staffItemEditing`'s, shared with the announcements' edit page.
import { deleteStaffEvent, staffEventForEditing, updateStaffEvent } from '@solidair/db/staff';
import { dateTimeLocalValue } from '@solidair/i18n';
import { staffEventResource } from '#lib/server/staff.ts';
import { parseStaffEvent, staffEventFields } from '#lib/server/staff-forms.ts';
import { staffItemEditing } from '#lib/server/staff-items.ts';

export const { load, actions } = staffItemEditing({
	list: 'agenda',
	resource: staffEventResource,
	forEditing: staffEventForEditing,
	update: updateStaffEvent,
	remove: deleteStaffEvent,
	fields: staffEventFields,
	parse: parseStaffEvent,
	formValues: (item, audience) => ({
		title: item.title,
		description: item.description,
		audience,
		startsAt: dateTimeLocalValue(item.startsAt),
		endsAt: dateTimeLocalValue(item.endsAt),
		place: item.place ?? '',
		onlineUrl: item.onlineUrl ?? ''
	})
});
