// The check `npm test` runs over the UI messages: every message an app uses exists in each of
// that app's locales, and every message takes the same parameters in every locale.
import type { Locale } from './locales.ts';

/**
 * A message with variants, as the inlang message format stores it: `[{ declarations, selectors,
 * match: { "countPlural=one": "…", "countPlural=other": "…" } }]`.
 */
export interface VariantMessage {
	declarations: string[];
	selectors: string[];
	match: Record<string, string>;
}

/** One locale's messages as in `messages/<locale>.json`: key → pattern with `{parameters}`, or variants. */
export type Catalogue = Record<string, string | VariantMessage[]>;

/** Every pattern of a message: itself, or each of its variants'. */
function patterns(message: string | VariantMessage[]): string[] {
	return typeof message === 'string' ? [message] : message.flatMap((part) => Object.values(part.match));
}

/** The `{name}` parameters of a message (every variant's), sorted. */
export function messageParameters(message: string | VariantMessage[]): string[] {
	const text = patterns(message).join('\n');
	return [...new Set([...text.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map((match) => match[1]!))].sort();
}

/**
 * Whether a message counts something in words ("{count} leden"): such a message needs plural
 * forms, or it reads "1 leden". A bare number ("Gevonden: {count}") needs none.
 */
export function countsInWords(message: string | VariantMessage[]): boolean {
	return patterns(message).some((pattern) => /\{\s*count\s*\}\s*\p{L}/u.test(pattern));
}

/** Whether a message picks its words by the plural rule of `count`, with at least the `other` form. */
export function hasPluralForms(message: string | VariantMessage[]): boolean {
	if (typeof message === 'string') return false;
	return message.some((part) => {
		const selector = part.declarations
			.map((declaration) => /^local (\w+) = count: plural\b/.exec(declaration)?.[1])
			.find((name) => name !== undefined);
		return (
			selector !== undefined &&
			part.selectors.includes(selector) &&
			Object.keys(part.match).some((key) => key === `${selector}=other`)
		);
	});
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
		for (const [locale, catalogue] of Object.entries(catalogues)) {
			const message = catalogue?.[key];
			if (message !== undefined && countsInWords(message) && !hasPluralForms(message))
				problems.push(`message "${key}" counts in words without plural forms in ${locale}`);
		}
	}
	return problems;
}
