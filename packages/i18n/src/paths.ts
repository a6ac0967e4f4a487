import type { Locale } from './locales.ts';

/**
 * Translated first path segments of the public sites' sections, as on the real WSM site
 * (`/nl/nieuws`, `/fr/actualites`, `/en/news`, `/es/noticias`).
 */
export const sectionSegments = {
	about: { nl: 'over-ons', fr: 'nous-decouvrir', en: 'about-us', es: 'sobre-nosotros' },
	learn: { nl: 'meer-weten', fr: 'en-savoir-plus', en: 'learn-more', es: 'saber-mas' },
	join: { nl: 'doe-mee', fr: 'agir', en: 'get-involved', es: 'participa' },
	network: { nl: 'ons-netwerk', fr: 'notre-reseau', en: 'our-network', es: 'nuestra-red' },
	agenda: { nl: 'agenda', fr: 'agenda', en: 'events', es: 'agenda' },
	news: { nl: 'nieuws', fr: 'actualites', en: 'news', es: 'noticias' },
	vacancies: { nl: 'vacatures', fr: 'offres-emploi', en: 'vacancies', es: 'empleo' },
	publications: { nl: 'publicaties', fr: 'publications', en: 'publications', es: 'publicaciones' },
	newsletter: { nl: 'nieuwsbrief', fr: 'newsletter', en: 'newsletter', es: 'boletin' },
	contact: { nl: 'contact', fr: 'contact', en: 'contact', es: 'contacto' },
	donate: { nl: 'doe-een-gift', fr: 'faire-un-don', en: 'donate', es: 'donar' },
	search: { nl: 'zoeken', fr: 'recherche', en: 'search', es: 'buscar' },
	whoWeAre: { nl: 'wie-zijn-wij', fr: 'qui-sommes-nous', en: 'who-we-are', es: 'quienes-somos' },
	themes: { nl: 'themas', fr: 'themes', en: 'themes', es: 'temas' },
	partners: { nl: 'partners', fr: 'partenaires', en: 'partners', es: 'socios' }
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sectionSegments;

/** The URL of a section's landing page in a locale, e.g. `sectionPath('news', 'fr')` → `/fr/actualites`. */
export function sectionPath(section: Section, locale: Locale): string {
	return `/${locale}/${sectionSegments[section][locale]}`;
}

/** The home page of a locale. */
export function homePath(locale: Locale): string {
	return `/${locale}`;
}
