import { authorize, can } from '@solidair/auth';
import { announcementsFor, announcementsPage, createAnnouncement } from '@solidair/db/staff';
import type { Locale } from '@solidair/i18n';
import { database, renderBody } from '@solidair/app-kit/server';
import { fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { offsetOf, pageCountOf, pageParam, pageSize } from '#lib/server/access.ts';
import { textValues } from '#lib/server/forms.ts';
import { announcementResource, loadStaffOrganisations } from '#lib/server/staff.ts';
import { announcementFields, parseAnnouncement } from '#lib/server/staff-forms.ts';

/**
 * The announcements for the staff member: current ones a page at a time (`?page=2`), and (for
 * those who post) those to come.
 */
export const load = async (event) => {
	const { user, actor } = await requireStaff(event);
	const page = pageParam(event.url);
	const organisations = await loadStaffOrganisations();
	// Only intranet admins post, for all staff or one organisation: any audience tells.
	const canPost = can(actor, 'create', announcementResource(null, organisations.ids));
	const db = database();
	const [{ total, announcements: current }, scheduled] = await Promise.all([
		announcementsPage(db, user.id, { limit: pageSize, offset: offsetOf(page) }),
		canPost ? announcementsFor(db, user.id, { when: 'scheduled' }) : []
	]);
	const withBody = (rows: typeof scheduled) =>
		rows.map(({ body, ...announcement }) => ({
			...announcement,
			parts: renderBody(body),
			canEdit: can(actor, 'update', announcementResource(announcement.organisationId, organisations.ids))
		}));
	return {
		current: withBody(current),
		total,
		page,
		pageCount: pageCountOf(total),
		scheduled: withBody(scheduled),
		canPost,
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
		// Asked before the input is judged: someone who may not post learns nothing from the form.
		await authorize(event, actor, 'create', announcementResource(null, ids));
		const values = textValues(await event.request.formData(), announcementFields);
		const parsed = parseAnnouncement(values, { locale, now: new Date(), organisations: ids });
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		await authorize(event, actor, 'create', announcementResource(parsed.data.organisationId, ids));
		await createAnnouncement(database(), { ...parsed.data, createdBy: user.id });
		redirect(303, `/${locale}/announcements`);
	}
};
