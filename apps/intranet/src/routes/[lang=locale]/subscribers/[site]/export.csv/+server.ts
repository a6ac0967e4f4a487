import { audit, authorize } from '@solidair/auth';
import { allNewsletterSubscribers } from '@solidair/db/inbox';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';
import { csvDocument } from '#lib/csv.ts';
import { siteParam } from '#lib/server/access.ts';
import { subscriberFilter } from '#lib/server/subscribers.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

// The subscribers that match the list's filters, as a CSV file to download. Column names stay in
// English whatever the reader's language: mailing tools map them once.
export const GET = async (event) => {
	const { user, actor } = await requireStaff(event);
	const site = siteParam(event.params.site);
	await authorize(event, actor, 'manage', { type: 'subscribers', siteId: site });
	const filter = subscriberFilter(event.url, site);
	const subscribers = await allNewsletterSubscribers(database(), filter);
	// Personal data leaving the database: who took it, and how much.
	await audit(database(), {
		actorId: user.id,
		action: 'subscribers.exported',
		targetType: 'site',
		targetId: site,
		ip: event.getClientAddress(),
		details: {
			count: subscribers.length,
			status: filter.status ?? null,
			locale: filter.locale ?? null,
			searched: filter.search !== ''
		}
	});
	const csv = csvDocument(
		['email', 'status', 'locale', 'consent_at', 'confirmed_at', 'unsubscribed_at'],
		subscribers.map((s) => [
			s.email,
			s.status,
			s.locale,
			iso(s.consentAt),
			iso(s.confirmedAt),
			iso(s.unsubscribedAt)
		])
	);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="subscribers-${site}-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
