import * as m from '@solidair/i18n/messages';
import type { PublicSite } from '@solidair/site-kit';
// Not from the kit's index: the build's Node steps read this file, and the index is Svelte.
import { siteMenuDefaults } from '@solidair/site-kit/menu-defaults';

export const site: PublicSite = {
	id: 'fos',
	name: 'FOS',
	theme: 'fos',
	locales: ['nl', 'fr', 'en'],
	defaultLocale: 'nl',
	nav: [...siteMenuDefaults.fos.header],
	utility: [...siteMenuDefaults.fos.utility],
	pageSections: ['whoWeAre', 'themes'],
	footer: [...siteMenuDefaults.fos.footer],
	contactEmail: 'info@fos.ngo',
	contact: {
		address: {
			nl: { street: 'Grasmarkt 105 bus 46', postalCode: '1000', locality: 'Brussel' },
			fr: { street: 'Rue du Marché aux Herbes 105 bte 46', postalCode: '1000', locality: 'Bruxelles' }
		},
		email: 'info@fos.ngo',
		phone: '+32 2 506 88 81',
		location: { latitude: 50.8472, longitude: 4.3537 }
	},
	// A demonstration account (valid check digits, bank code 000): finance replaces it with the real one before launch.
	donation: { beneficiary: 'FOS vzw', iban: 'BE32 0000 0000 0202' },
	legal: 'FOS vzw · Grasmarkt 105/46, 1000 Brussel',
	home: {
		tagline: m.fos_tagline,
		intro: m.fos_intro,
		actions: ['whoWeAre', 'donate'],
		features: [
			{ title: m.theme_decent_work, text: m.theme_decent_work_text, section: 'themes' },
			{ title: m.theme_social_protection, text: m.theme_social_protection_text, section: 'themes' },
			{ title: m.theme_movements, text: m.theme_movements_text, section: 'partners' }
		]
	}
};
