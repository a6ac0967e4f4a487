// One wording of the members' area activity, for the dashboard and for the e-mail digest alike.
import type { Activity } from '@solidair/db/activity';
import { formatDateTime, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

export interface ActivityLine {
	title: string;
	/** A path on the portal, in the reader's language. */
	href: string;
	/** What happened, and by whom. */
	detail: string;
	at: string;
}

export function describeActivity(item: Activity, locale: Locale): ActivityLine {
	const actor = item.actor ?? m.activity_someone({}, { locale });
	const group = item.groupName ?? '';
	const at = item.at.toISOString();
	switch (item.kind) {
		case 'thread':
		case 'replies':
			return {
				title: item.title,
				href: `/${locale}/groups/${item.groupSlug}/threads/${item.id}`,
				detail:
					item.kind === 'thread'
						? m.activity_thread({ group, actor }, { locale })
						: m.activity_replies({ group, actor, count: String(item.count) }, { locale }),
				at
			};
		case 'file':
		case 'version':
			return {
				title: item.title,
				href: `/${locale}/files/${item.id}`,
				detail:
					item.kind === 'file'
						? m.activity_file({ actor }, { locale })
						: m.activity_version({ actor, version: String(item.version) }, { locale }),
				at
			};
		case 'meeting':
			return {
				title: item.title,
				href: `/${locale}/meetings/${item.id}`,
				detail: m.activity_meeting({ date: formatDateTime(item.startsAt ?? item.at, locale) }, { locale }),
				at
			};
	}
}
