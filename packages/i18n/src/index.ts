export {
	allLocales,
	isLocale,
	isSupported,
	languageLinks,
	localeNames,
	type LanguageLink,
	type Locale,
	type LocaleConfig
} from './locales.ts';
export {
	negotiateLocale,
	parseAcceptLanguage,
	type LanguageRange,
	type NegotiationInput
} from './negotiate.ts';
export { homePath, sectionPath, sectionSegments, type Section } from './paths.ts';
