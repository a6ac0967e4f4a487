// Changing or deleting an announcement: the flow (who may, the 404s, the version a save is based
// on, the delete confirmation) is `staffItemEditing`'s, shared with the agenda's edit page.
import { announcementForEditing, deleteAnnouncement, updateAnnouncement } from '@solidair/db/staff';
import { dateTimeLocalValue } from '@solidair/i18n';
import { announcementResource } from '#lib/server/staff.ts';
import { announcementFields, parseAnnouncement } from '#lib/server/staff-forms.ts';
import { staffItemEditing } from '#lib/server/staff-items.ts';

export const { load, actions } = staffItemEditing({
	list: 'announcements',
	resource: announcementResource,
	forEditing: announcementForEditing,
	update: updateAnnouncement,
	remove: deleteAnnouncement,
	fields: announcementFields,
	parse: parseAnnouncement,
	formValues: (announcement, audience) => ({
		title: announcement.title,
		body: announcement.body,
		audience,
		pinned: announcement.pinned ? 'on' : '',
		publishFrom: dateTimeLocalValue(announcement.publishFrom),
		expiresAt: announcement.expiresAt ? dateTimeLocalValue(announcement.expiresAt) : ''
	})
});
