import type { Section } from '@solidair/i18n';

/**
 * Each public site's sections and its menus' defaults, written once here rather than in the apps,
 * because two apps read them: the site itself (its `PublicSite` config takes them) and the
 * intranet, where staff compose the menus starting from these defaults and may add only these
 * sections. WSM's top bar is the real site's: Vacatures, Nieuws, Newsletter, Contact.
 */
export const siteMenuDefaults = {
	wsm: {
		header: ['about', 'learn', 'join', 'network', 'agenda', 'donate'],
		utility: ['vacancies', 'news', 'newsletter', 'contact'],
		footer: ['vacancies', 'news', 'publications', 'newsletter', 'contact', 'search']
	},
	fos: {
		header: ['whoWeAre', 'themes', 'partners', 'news', 'agenda', 'donate'],
		utility: ['vacancies', 'publications', 'newsletter', 'contact'],
		footer: ['vacancies', 'publications', 'newsletter', 'contact', 'search']
	}
} as const satisfies Record<'wsm' | 'fos', Record<'header' | 'utility' | 'footer', readonly Section[]>>;

/** The sections of a public site: every one its menus' defaults name, and its search. */
export function sectionsOfSite(siteId: keyof typeof siteMenuDefaults): Section[] {
	const { header, utility, footer } = siteMenuDefaults[siteId];
	return [...new Set<Section>([...header, ...utility, ...footer, 'search'])];
}
