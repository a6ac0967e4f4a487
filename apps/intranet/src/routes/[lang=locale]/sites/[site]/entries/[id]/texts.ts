// Texts the editor's parts all show the same way, in the editor's language `locale`.
import type { Locale, TranslationStatus } from '@solidair/db';
import { formatDateTime, languageName } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { statusLabel } from '#lib/entry-labels.ts';

/** A moment, as the editor reads it. */
export const when = (date: Date | string, locale: Locale) =>
	formatDateTime(date, locale, { style: 'medium' });

/** A language's name in the editor's language. */
export const language = (code: Locale, locale: Locale) => languageName(code, locale);

/** A language of the entry, marked when it is the one the others are translated from. */
export const heading = (code: Locale, sourceLocale: Locale, locale: Locale) =>
	code === sourceLocale
		? `${language(code, locale)} (${m.editing_source({}, { locale })})`
		: language(code, locale);

/** A status, with its time when scheduled. */
export const statusText = (status: TranslationStatus, publishedAt: Date | null, locale: Locale) =>
	status === 'scheduled' && publishedAt
		? m.editing_status_scheduled_at({ time: when(publishedAt, locale) }, { locale })
		: statusLabel(status, locale);
