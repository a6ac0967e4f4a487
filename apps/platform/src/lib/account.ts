// How the portal configures the sign-in and account pages it shares with the intranet.
import * as m from '@solidair/i18n/messages';
import type { AccountOptions } from '@solidair/account/server';
import { requireMember } from './guard.ts';

export const account: AccountOptions = {
	home: (locale) => `/${locale}/members`,
	guard: requireMember,
	resetMailText: (link, locale) => m.reset_mail_text({ link }, { locale })
};
