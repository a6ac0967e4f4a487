import * as m from '@solidair/i18n/messages';
import type { PublicSite } from '@solidair/site-kit';
// Not from the kit's index: the build's Node steps read this file, and the index is Svelte.
import { siteMenuDefaults } from '@solidair/site-kit/menu-defaults';

export const site: PublicSite = {
	id: 'wsm',
	name: 'WSM',
	theme: 'wsm',
	locales: ['nl', 'fr', 'en', 'es'],
	defaultLocale: 'nl',
	nav: [...siteMenuDefaults.wsm.header],
	utility: [...siteMenuDefaults.wsm.utility],
	pageSections: ['about', 'learn', 'join'],
	footer: [...siteMenuDefaults.wsm.footer],
	contactEmail: 'info@wsm.be',
	contact: {
		address: {
			nl: { street: 'Haachtsesteenweg 579', postalCode: '1030', locality: 'Schaarbeek (Brussel)' },
			fr: { street: 'Chaussée de Haecht 579', postalCode: '1030', locality: 'Schaerbeek (Bruxelles)' }
		},
		email: 'info@wsm.be',
		phone: '+32 2 246 38 81',
		location: { latitude: 50.8688, longitude: 4.3846 }
	},
	// A demonstration account (valid check digits, bank code 000): finance replaces it with the real one before launch.
	donation: { beneficiary: 'WSM vzw', iban: 'BE43 0000 0000 0101' },
	legal: 'WSM vzw · Haachtsesteenweg 579, 1030 Brussel',
	home: {
		tagline: m.wsm_tagline,
		intro: m.wsm_intro,
		actions: ['join', 'donate'],
		features: [
			{ title: m.theme_decent_work, text: m.theme_decent_work_text, section: 'learn' },
			{ title: m.theme_social_protection, text: m.theme_social_protection_text, section: 'learn' },
			{ title: m.theme_movements, text: m.theme_movements_text, section: 'network' }
		]
	}
};
