import { isSupported, type Locale, type LocaleConfig } from './locales.ts';

/** Headers longer than this are cut before parsing: a browser never sends more. */
const maxHeaderLength = 1024;
/** Language ranges considered, in header order, before the rest is ignored. */
const maxRanges = 32;

export interface LanguageRange {
	/** Lower-case primary language subtag, e.g. `fr` for `fr-BE`, or `*`. */
	language: string;
	q: number;
}

/**
 * Parses an `Accept-Language` header into language ranges sorted by preference (q-value, then
 * header order). Malformed parts are skipped, never thrown on.
 */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
	if (!header) return [];
	const ranges: Array<LanguageRange & { index: number }> = [];
	for (const part of header.slice(0, maxHeaderLength).split(',').slice(0, maxRanges)) {
		const [tag = '', ...params] = part.trim().split(';');
		const match = /^([a-z]{1,8})(?:-[a-z0-9]{1,8})*$|^\*$/i.exec(tag.trim());
		if (!match) continue;
		let q = 1;
		for (const param of params) {
			const [key, value] = param.split('=').map((s) => s.trim());
			if (key?.toLowerCase() === 'q') {
				// RFC 9110: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
				q = value && /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : -1;
			}
		}
		if (q <= 0) continue;
		ranges.push({ language: (match[1] ?? '*').toLowerCase(), q, index: ranges.length });
	}
	return ranges.sort((a, b) => b.q - a.q || a.index - b.index).map(({ language, q }) => ({ language, q }));
}

export interface NegotiationInput {
	/** The choice remembered from the language switcher (cookie value), if any. */
	remembered?: string | null;
	acceptLanguage?: string | null;
}

/**
 * The locale to serve a visitor who did not name one in the URL: a remembered choice first,
 * then `Accept-Language` (with region fallback, `fr-BE` → `fr`), then the app's default. The same
 * input always gives the same answer, so crawlers and caches see consistent redirects.
 */
export function negotiateLocale(input: NegotiationInput, config: LocaleConfig): Locale {
	if (isSupported(input.remembered, config)) return input.remembered;
	for (const range of parseAcceptLanguage(input.acceptLanguage)) {
		if (range.language === '*') return config.defaultLocale;
		if (isSupported(range.language, config)) return range.language;
	}
	return config.defaultLocale;
}
