import { sectionPath, type Locale, type Section } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

/** The visible name of each section, from the shared messages. */
const sectionLabels: Record<Section, (locale: Locale) => string> = {
	about: (locale) => m.nav_about({}, { locale }),
	learn: (locale) => m.nav_learn({}, { locale }),
	join: (locale) => m.nav_join({}, { locale }),
	network: (locale) => m.nav_network({}, { locale }),
	agenda: (locale) => m.nav_agenda({}, { locale }),
	news: (locale) => m.nav_news({}, { locale }),
	vacancies: (locale) => m.nav_vacancies({}, { locale }),
	publications: (locale) => m.nav_publications({}, { locale }),
	newsletter: (locale) => m.nav_newsletter({}, { locale }),
	contact: (locale) => m.nav_contact({}, { locale }),
	donate: (locale) => m.nav_donate({}, { locale }),
	search: (locale) => m.nav_search({}, { locale }),
	whoWeAre: (locale) => m.nav_who_we_are({}, { locale }),
	themes: (locale) => m.nav_themes({}, { locale }),
	partners: (locale) => m.nav_partners({}, { locale })
};

/** The visible name of a section in a locale. */
export function sectionLabel(section: Section, locale: Locale): string {
	return sectionLabels[section](locale);
}

export interface SectionLink {
	href: string;
	label: string;
	current: boolean;
}

/** Links to sections in a locale, marking the one that contains `pathname`. */
export function sectionLinks(sections: readonly Section[], locale: Locale, pathname: string): SectionLink[] {
	return sections.map((section) => {
		const href = sectionPath(section, locale);
		return {
			href,
			label: sectionLabel(section, locale),
			current: pathname === href || pathname.startsWith(`${href}/`)
		};
	});
}

/** The breadcrumb trail of an item in a section: home › section › the item. */
export function detailCrumbs(
	section: Section,
	locale: Locale,
	here: { href: string; label: string }
): Array<{ href: string; label: string }> {
	return [
		{ href: `/${locale}`, label: m.home({}, { locale }) },
		{ href: sectionPath(section, locale), label: sectionLabel(section, locale) },
		here
	];
}
