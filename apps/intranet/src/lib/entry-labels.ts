// What the editors' pages and their server code both name: entry types and statuses, in the
// editor's language. No server import here: the pages use it in the browser too.
import type { EntryType, TranslationStatus } from '@solidair/db';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

export const entryTypes: readonly EntryType[] = [
	'page',
	'news',
	'event',
	'vacancy',
	'publication',
	'campaign'
];
export const statuses: readonly TranslationStatus[] = [
	'draft',
	'in_review',
	'scheduled',
	'published',
	'archived'
];

export const isEntryType = (value: string): value is EntryType => (entryTypes as string[]).includes(value);
export const isStatus = (value: string): value is TranslationStatus => (statuses as string[]).includes(value);

/** An entry type in the editor's language: `Nieuws`, `Actualité`… */
export function typeLabel(type: EntryType, locale: Locale): string {
	const labels: Record<EntryType, () => string> = {
		page: () => m.type_page({}, { locale }),
		news: () => m.type_news({}, { locale }),
		event: () => m.type_event({}, { locale }),
		vacancy: () => m.type_vacancy({}, { locale }),
		publication: () => m.type_publication({}, { locale }),
		campaign: () => m.type_campaign({}, { locale })
	};
	return labels[type]();
}

/** A translation's status in the editor's language. */
export function statusLabel(status: TranslationStatus, locale: Locale): string {
	const labels: Record<TranslationStatus, () => string> = {
		draft: () => m.editing_status_draft({}, { locale }),
		in_review: () => m.editing_status_in_review({}, { locale }),
		scheduled: () => m.editing_status_scheduled({}, { locale }),
		published: () => m.editing_status_published({}, { locale }),
		archived: () => m.editing_status_archived({}, { locale })
	};
	return labels[status]();
}
