// How the intranet configures the sign-in and account pages it shares with the portal.
import * as m from '@solidair/i18n/messages';
import type { AccountOptions } from '@solidair/account/server';
import { requireStaff } from './guard.ts';
import { site } from './site.ts';

export const account: AccountOptions = {
	home: (locale) => `/${locale}`,
	guard: requireStaff,
	resetMailText: (link, locale) => m.intranet_reset_mail_text({ link }, { locale }),
	// Staff work in Dutch, French or English: each chooses, and the intranet opens in it.
	languages: site
};
