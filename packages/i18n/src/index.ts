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
export {
	homePath,
	localizedPath,
	routePath,
	sectionOfRoute,
	sectionPath,
	samePageIn,
	sectionSegments,
	translatedReroute,
	type Section
} from './paths.ts';
export {
	dateTimeLocalValue,
	defaultTimeZone,
	formatDate,
	formatDateRange,
	formatDateTime,
	formatEuro,
	formatList,
	formatNumber,
	formatRelative,
	formatTime,
	isoWithOffset,
	languageName,
	parseDateTimeLocal,
	plural,
	regionName
} from './format.ts';
