/** Every language the estate speaks. Each app supports a subset (see `LocaleConfig`). */
export const allLocales = ['nl', 'fr', 'en', 'es'] as const;
export type Locale = (typeof allLocales)[number];

/** An app's languages: which it offers and which it falls back to. */
export interface LocaleConfig {
	locales: readonly Locale[];
	defaultLocale: Locale;
}

/** Each language's name in that language, for language switchers. */
export const localeNames: Record<Locale, string> = {
	nl: 'Nederlands',
	fr: 'Français',
	en: 'English',
	es: 'Español'
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

export function isSupported(value: unknown, config: LocaleConfig): value is Locale {
	return typeof value === 'string' && (config.locales as readonly string[]).includes(value);
}

/** A page in one of an app's languages, as a language switcher lists it. */
export interface LanguageLink {
	code: Locale;
	name: string;
	/** Absent when the page does not exist in that language. */
	href?: string;
}

/**
 * The language switcher's entries for a page: its URL in each of the app's languages, from
 * `alternates` when given (a language left out there is unavailable), else each home page.
 */
export function languageLinks(
	config: LocaleConfig,
	alternates?: Partial<Record<Locale, string>>
): LanguageLink[] {
	return config.locales.map((code) => ({
		code,
		name: localeNames[code],
		href: alternates ? alternates[code] : `/${code}`
	}));
}
