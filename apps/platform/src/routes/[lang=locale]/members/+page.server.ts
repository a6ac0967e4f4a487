import { membersDashboard } from '@solidair/db/activity';
import { database } from '@solidair/app-kit/server';
import { describeActivity } from '#lib/activity.ts';
import { formatDateTime } from '@solidair/i18n';
import { requireMember } from '#lib/guard.ts';
import { groupLanguage } from '#lib/groups.ts';

/** Before a member's first visit, the dashboard shows this much of the past. */
const firstVisitWindow = 14 * 24 * 60 * 60 * 1000;

export const load = async (event) => {
	const { user, previousVisit } = await requireMember(event);
	const locale = event.params.lang;
	const since = previousVisit ?? new Date(Date.now() - firstVisitWindow);
	const { organisations, groups, activity } = await membersDashboard(database(), user.id, since, {
		language: groupLanguage(event.params.lang)
	});
	return {
		name: user.displayName,
		organisations,
		groups,
		since: previousVisit ? formatDateTime(previousVisit, locale) : null,
		activity: activity.map((item) => describeActivity(item, locale))
	};
};
