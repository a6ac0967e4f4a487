import { agendaCalendar } from '@solidair/site-kit/server';
import { site } from '#lib/site.ts';

export const GET = ({ locals, url }) => agendaCalendar(site, locals.locale, url);
