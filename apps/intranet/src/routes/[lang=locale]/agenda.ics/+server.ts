// The staff member's agenda as an iCalendar file, to import into a calendar app. A download, not
// a feed: it needs the session, which calendar apps do not have.
import { upcomingStaffEvents } from '@solidair/db/staff';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { calendar, database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';

export const GET = async (event) => {
	const { user } = await requireStaff(event);
	const locale = event.params.lang as Locale;
	const events = await upcomingStaffEvents(database(), user.id);
	const body = calendar({
		name: `${m.intranet_agenda({}, { locale })} · ${m.intranet_name({}, { locale })}`,
		productId: '-//Solidair//Intranet//EN',
		events: events.map((e) => ({
			uid: `${e.id}@intranet.solidair`,
			title: e.title,
			description: e.description || undefined,
			startsAt: e.startsAt,
			endsAt: e.endsAt,
			timeZone: 'Europe/Brussels',
			place: e.place ?? undefined,
			onlineUrl: e.onlineUrl ?? undefined,
			updatedAt: e.updatedAt
		}))
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="agenda.ics"',
			'cache-control': 'private, no-store'
		}
	});
};
