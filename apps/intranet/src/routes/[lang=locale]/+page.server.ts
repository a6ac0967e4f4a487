import { announcementsFor, upcomingStaffEvents } from '@solidair/db/staff';
import { database, renderBody } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';

// The intranet is for staff only, from its home page on. It shows what is current for the staff
// member: the announcements for them (pinned first; expired and future ones not) and the next
// items of their agenda.
export const load = async (event) => {
	const { user } = await requireStaff(event);
	const db = database();
	const [announcements, events] = await Promise.all([
		announcementsFor(db, user.id, { limit: 5 }),
		upcomingStaffEvents(db, user.id, { limit: 3 })
	]);
	return {
		name: user.displayName,
		announcements: announcements.map(({ body, ...announcement }) => ({
			...announcement,
			parts: renderBody(body)
		})),
		events
	};
};
