import { audit, authorize, refuse } from '@solidair/auth';
import { siteReviewers } from '@solidair/db/editing';
import { siteSettingsSchema } from '@solidair/db/input';
import { setSiteRequiresReview, siteSettings } from '@solidair/db/site-settings';
import { database, formValues, parseInput } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { isPublicSite } from '#lib/public-sites.ts';
import type { StaffEvent } from '#lib/server/access.ts';

// A public site's settings, the intranet admins' (`site-settings`): whether its texts need a
// reviewer's approval before they go online, and who its reviewers are (granted on the user pages).

/** The site of the URL, when the staff member may `action` its settings; otherwise a 404, audited. */
async function settingsSite(event: StaffEvent<{ site: string }>, action: 'view' | 'manage') {
	const { user, actor } = await requireStaff(event);
	const siteId = event.params.site;
	if (!isPublicSite(siteId)) return refuse(event, actor, action, { type: 'site-settings', id: siteId });
	await authorize(event, actor, action, { type: 'site-settings', siteId });
	const site = await siteSettings(database(), siteId);
	if (!site) error(404, 'Not found');
	return { user, site: { ...site, id: siteId } };
}

export const load = async (event) => {
	const { site } = await settingsSite(event, 'view');
	const reviewers = await siteReviewers(database(), site.id);
	return {
		site,
		reviewers: reviewers.map(({ id, name, email }) => ({ id, name, email })),
		saved: event.url.searchParams.get('done') === 'saved'
	};
};

export const actions = {
	default: async (event) => {
		const { user, site } = await settingsSite(event, 'manage');
		const values = formValues(await event.request.formData(), ['requireReview']);
		const parsed = parseInput(siteSettingsSchema, values, event.locals.locale);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const { requireReview } = parsed.data;
		await database()
			.transaction()
			.execute(async (tx) => {
				// Saving what already was so changes nothing, and is no event for the log.
				if (!(await setSiteRequiresReview(tx, site.id, requireReview))) return;
				await audit(tx, {
					action: 'site.settings_changed',
					actorId: user.id,
					targetType: 'site',
					targetId: site.id,
					ip: event.getClientAddress(),
					details: { site: site.id, setting: 'require_review', value: requireReview }
				});
			});
		redirect(303, `/${event.params.lang}/sites/${site.id}/settings?done=saved`);
	}
};
