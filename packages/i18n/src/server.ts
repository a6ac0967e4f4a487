import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { isSupported, type Locale, type LocaleConfig } from './locales.ts';
import { checkMessages, type Catalogue } from './message-check.ts';
import { negotiateLocale } from './negotiate.ts';

/**
 * In development, names every message missing in one of the app's locales. At run time a missing
 * message falls back to the default locale (Paraglide compiles it so); `npm test` fails on it.
 */
async function reportMissingMessages(config: LocaleConfig): Promise<void> {
	const { readFile } = await import('node:fs/promises');
	const catalogues = Object.fromEntries(
		await Promise.all(
			config.locales.map(async (locale) => {
				const file = new URL(`../messages/${locale}.json`, import.meta.url);
				return [locale, JSON.parse(await readFile(file, 'utf8')) as Catalogue] as const;
			})
		)
	);
	const everyKey = Object.values(catalogues).flatMap((catalogue) => Object.keys(catalogue));
	const used = everyKey.filter((key) => key !== '$schema');
	for (const problem of checkMessages(catalogues, [{ app: 'this app', locales: config.locales, used }])) {
		console.warn(`[i18n] ${problem}; the default locale's text is shown instead`);
	}
}

/** The cookie the language switcher sets to remember a visitor's choice. */
export const localeCookie = 'locale';

/** A first path segment that looks like a language tag (`de`, `pt-BR`), supported or not. */
const localeLike = /^[a-z]{2}(-[a-z]{2})?$/i;

export interface LocaleHandleOptions extends LocaleConfig {
	/** Paths served without a locale prefix, e.g. `/healthz`, feeds or `robots.txt`. */
	localeFree?: (pathname: string) => boolean;
}

declare global {
	// eslint-disable-next-line @typescript-eslint/no-namespace
	namespace App {
		interface Locals {
			/** The page's language, from its URL (or the app's default on locale-free paths). */
			locale: Locale;
		}
	}
}

/** The redirect of a locale-less URL; it depends on the visitor's headers, so caches must vary. */
function localeRedirect(event: RequestEvent, config: LocaleConfig, rest: string): Response {
	const locale = negotiateLocale(
		{
			remembered: event.cookies.get(localeCookie),
			acceptLanguage: event.request.headers.get('accept-language')
		},
		config
	);
	return new Response(null, {
		status: 302,
		headers: {
			location: `/${locale}${rest}${event.url.search}`,
			vary: 'Accept-Language, Cookie',
			'cache-control': 'private, no-cache'
		}
	});
}

/**
 * A visitor who follows a link on the site into another language (the language switcher, in
 * practice) has chosen it: remember that for their next locale-less visit. Arriving from outside
 * (a search engine, a typed URL) is not a choice, and crawlers never get a cookie.
 */
function rememberChoice(event: RequestEvent, locale: Locale): boolean {
	const headers = event.request.headers;
	return (
		event.request.method === 'GET' &&
		headers.get('sec-fetch-site') === 'same-origin' &&
		headers.get('sec-fetch-mode') === 'navigate' &&
		event.cookies.get(localeCookie) !== locale
	);
}

/**
 * Resolves the page's locale from the first path segment and writes it into `<html lang>`
 * (app.html carries `lang="%lang%"`). Paths without a locale are redirected to the best
 * supported one; a locale segment in the wrong case is corrected; an unsupported one is left to
 * the router, which answers 404 in the default language.
 */
export function localeHandle(options: LocaleHandleOptions): Handle {
	if (import.meta.env?.DEV) void reportMissingMessages(options);
	return async ({ event, resolve }) => {
		const path = event.url.pathname;
		const [, first = '', ...restSegments] = path.split('/');
		const rest = restSegments.length > 0 ? `/${restSegments.join('/')}` : '';

		let locale: Locale = options.defaultLocale;
		if (isSupported(first, options)) {
			locale = first;
		} else if (isSupported(first.toLowerCase(), options)) {
			redirect(308, `/${first.toLowerCase()}${rest}${event.url.search}`);
		} else if (options.localeFree?.(path)) {
			// keep the default locale
		} else if (first === '') {
			return localeRedirect(event, options, '');
		} else if (!localeLike.test(first)) {
			return localeRedirect(event, options, path);
		}

		event.locals.locale = locale;
		if (locale === first && rememberChoice(event, locale)) {
			event.cookies.set(localeCookie, locale, {
				path: '/',
				maxAge: 365 * 24 * 3600,
				sameSite: 'lax',
				httpOnly: true
			});
		}
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	};
}
