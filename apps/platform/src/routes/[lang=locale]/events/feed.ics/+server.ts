import * as m from '@solidair/i18n/messages';
import { agendaCalendar } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

// The calendar is named after the platform, whose name differs per language.
export const GET = ({ locals, url }) =>
	agendaCalendar({ ...site, name: m.platform_name({}, { locale: locals.locale }) }, locals.locale, url);
