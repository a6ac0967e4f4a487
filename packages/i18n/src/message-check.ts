// The check `npm test` runs over the UI messages: every message an app uses exists in each of
// that app's locales, and every message takes the same parameters in every locale.
import type { Locale } from './locales.ts';

/** One locale's messages as in `messages/<locale>.json`: key → pattern with `{parameters}`. */
export type Catalogue = Record<string, string>;

/** The `{name}` parameters of a message pattern, sorted. */
export function messageParameters(pattern: string): string[] {
	return [...new Set([...pattern.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map((match) => match[1]!))].sort();
}

/** Keys of messages used in a source file that imports the compiled messages as `m`. */
export function usedMessageKeys(source: string): string[] {
	if (!/from\s+['"]@solidair\/i18n\/messages['"]/.test(source)) return [];
	return [...new Set([...source.matchAll(/\bm\.([A-Za-z_]\w*)\b/g)].map((match) => match[1]!))];
}

export interface AppMessages {
	app: string;
	locales: readonly Locale[];
	/** Message keys used by the app's code and the shared packages it renders. */
	used: Iterable<string>;
}

export function checkMessages(catalogues: Partial<Record<Locale, Catalogue>>, apps: AppMessages[]): string[] {
	const problems: string[] = [];
	for (const { app, locales, used } of apps) {
		for (const key of [...new Set(used)].sort()) {
			for (const locale of locales) {
				if (catalogues[locale]?.[key] === undefined)
					problems.push(`${app}: message "${key}" is missing in ${locale}`);
			}
		}
	}
	const keys = new Set(Object.values(catalogues).flatMap((catalogue) => Object.keys(catalogue ?? {})));
	keys.delete('$schema');
	for (const key of [...keys].sort()) {
		const byLocale = Object.entries(catalogues)
			.filter(([, catalogue]) => catalogue?.[key] !== undefined)
			.map(([locale, catalogue]) => [locale, messageParameters(catalogue![key]!).join(', ')] as const);
		const variants = new Set(byLocale.map(([, parameters]) => parameters));
		if (variants.size > 1) {
			const detail = byLocale.map(([locale, parameters]) => `${locale}: {${parameters}}`).join('; ');
			problems.push(`message "${key}" has different parameters per locale (${detail})`);
		}
	}
	return problems;
}
