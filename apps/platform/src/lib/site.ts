import type { LocaleConfig } from '@solidair/i18n';

/** The portal of the Belgian decent-work coordination platform: public pages and a members' area. */
export const site: LocaleConfig = {
	locales: ['nl', 'fr', 'en'],
	defaultLocale: 'nl'
};
