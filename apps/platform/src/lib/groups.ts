// How the portal names working groups: in the page's language where a translation exists, else
// in the default language (marked with `lang`), and a country group by its country, via Intl.
import { regionName, type Locale } from '@solidair/i18n';
import type { GroupLanguage } from '@solidair/db/groups';
import { site } from './site.ts';

/** The language the queries name groups in, for a page in `locale`. */
export function groupLanguage(locale: string): GroupLanguage {
	return { locale: locale as Locale, fallback: site.defaultLocale };
}

/**
 * A group as a page shows it: `name` in the page's language where it can be, with `nameLang` (and
 * `descriptionLang`) set when the text is in another language, for `lang` on the element.
 */
export function named<
	T extends {
		name: string;
		nameLanguage?: string | null;
		descriptionLanguage?: string | null;
		countryCode?: string | null;
	}
>(group: T, locale: string): T & { nameLang?: string; descriptionLang?: string } {
	const other = (language: string | null | undefined) =>
		language && language !== locale ? language : undefined;
	const descriptionLang = other(group.descriptionLanguage);
	if (!other(group.nameLanguage)) return { ...group, descriptionLang };
	// No translation in this language: a country has a name in every language all the same.
	if (group.countryCode)
		return { ...group, name: regionName(group.countryCode, locale as Locale), descriptionLang };
	return { ...group, nameLang: other(group.nameLanguage), descriptionLang };
}
