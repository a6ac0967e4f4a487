import { isLocale, type Locale } from './locales.ts';

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

/**
 * Routes are named after the English segments (`src/routes/[lang=locale]/news`); visitors see
 * their own language's. These two functions translate between the two, for `reroute` and for
 * the language switcher.
 */
const routeSegments = new Set<string>(Object.values(sectionSegments).map((segments) => segments.en));

/** Where SvelteKit should route a public path; `undefined` when the path is not the locale's own. */
export function routePath(pathname: string): string | undefined {
	const [, locale = '', segment, ...rest] = pathname.split('/');
	if (!isLocale(locale) || segment === undefined) return pathname;
	for (const segments of Object.values(sectionSegments)) {
		if (segments[locale] === segment) return ['', locale, segments.en, ...rest].join('/');
	}
	// `/fr/news` is not a French URL: without this, each section would answer under two names.
	if (routeSegments.has(segment)) return undefined;
	return pathname;
}

/** The public path of a route path in a locale: `/nl/news/x` → `/fr/actualites/x`. */
export function localizedPath(routePathname: string, locale: Locale): string {
	const [, , segment, ...rest] = routePathname.split('/');
	if (segment === undefined || segment === '') return homePath(locale);
	const section = Object.values(sectionSegments).find((segments) => segments.en === segment);
	return ['', locale, section ? section[locale] : segment, ...rest].join('/');
}

/** A path no route matches, so SvelteKit answers its ordinary 404. */
export const unroutablePath = '/__not-found';

/** SvelteKit's `reroute` hook for translated URLs: `export const reroute = translatedReroute;` in `src/hooks.ts`. */
export function translatedReroute({ url }: { url: URL }): string {
	return routePath(url.pathname) ?? unroutablePath;
}

/** The section a route segment names (`about-us` → `about`), if any. */
export function sectionOfRoute(segment: string): Section | undefined {
	return (Object.keys(sectionSegments) as Section[]).find(
		(section) => sectionSegments[section].en === segment
	);
}

/**
 * The page at `url` in another locale, for a language switcher on pages that have no per-language
 * slugs of their own: the same path with the locale (and a translated section segment) swapped,
 * `/nl/publicaties?page=2` → `/fr/publications?page=2`. Query parameters named in `omit` (one-time
 * notices such as `?done=saved`) are left out: the notice was about what just happened here.
 */
export function samePageIn(
	url: { pathname: string; searchParams: Iterable<[string, string]> },
	locale: Locale,
	omit: readonly string[] = []
): string {
	const path = localizedPath(routePath(url.pathname) ?? url.pathname, locale);
	const query = new URLSearchParams([...url.searchParams].filter(([name]) => !omit.includes(name)));
	const search = query.toString();
	return search ? `${path}?${search}` : path;
}
