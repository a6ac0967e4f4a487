import { membersDashboard } from '@solidair/db/activity';
import { memo } from '@solidair/db/memo';
import { database } from '@solidair/app-kit/server';
import { describeActivity } from '#lib/activity.ts';
import { formatDateTime } from '@solidair/i18n';
import { requireMember } from '#lib/guard.ts';
import { groupLanguage } from '#lib/groups.ts';

/** Before a member's first visit, the dashboard shows this much of the past. */
const firstVisitWindow = 14 * 24 * 60 * 60 * 1000;
const minute = 60 * 1000;

export const load = async (event) => {
	const { user, previousVisit } = await requireMember(event);
	const locale = event.params.lang;
	// Before a first visit, the window starts on a whole minute, so the memo can answer it.
	const since = previousVisit ?? new Date(Math.floor(Date.now() / minute) * minute - firstVisitWindow);
	// Remembered, as worded for the page, where the app listens for changes: `portal` names any
	// change the dashboard shows of others (posts, files, meetings, groups), the member's own tag
	// their roles and groups.
	const { organisations, groups, activity } = await memo.get(
		`dashboard:${user.id}:${locale}:${since.getTime()}`,
		async () => {
			const dashboard = await membersDashboard(database(), user.id, since, {
				language: groupLanguage(locale)
			});
			return { ...dashboard, activity: dashboard.activity.map((item) => describeActivity(item, locale)) };
		},
		() => [`user:${user.id}`, 'portal']
	);
	return {
		name: user.displayName,
		organisations,
		groups,
		since: previousVisit ? formatDateTime(previousVisit, locale) : null,
		activity
	};
};
