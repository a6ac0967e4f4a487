import type { LocaleConfig } from '@solidair/i18n';

/** Staff's internal home; staff of WSM and FOS work in Dutch, French or English. */
export const site: LocaleConfig = {
	locales: ['nl', 'fr', 'en'],
	defaultLocale: 'nl'
};
