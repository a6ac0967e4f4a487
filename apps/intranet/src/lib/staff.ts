// The staff home's words that pages share, on the server and in the browser alike.
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import type { SelectOption } from '@solidair/ui';

/** Who an item is for: all staff (no organisation) or one organisation's. */
export const audienceLabel = (organisationName: string | null, locale: Locale): string =>
	organisationName === null
		? m.staff_for_all({}, { locale })
		: m.staff_for_organisation({ name: organisationName }, { locale });

/** The "for whom?" options: all staff, then each organisation (by slug: `wsm`, `fos`). */
export const audienceOptions = (
	organisations: ReadonlyArray<{ slug: string; name: string }>,
	locale: Locale
): SelectOption[] => [
	{ value: 'all', label: audienceLabel(null, locale) },
	...organisations.map((o) => ({ value: o.slug, label: audienceLabel(o.name, locale) }))
];

/** A country's name in a locale: `countryName('BE', 'fr')` → `Belgique`. */
export function countryName(code: string, locale: Locale): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** The directory's search fields, as its GET form names them. */
export const directoryFields = ['q', 'team', 'language', 'country'] as const;
export type DirectoryValues = Record<(typeof directoryFields)[number], string>;

/** The search's values as the URL has them (cut short: they are shown again in the form). */
export function directoryValues(params: Pick<URLSearchParams, 'get'>): DirectoryValues {
	return Object.fromEntries(
		directoryFields.map((name) => [name, (params.get(name) ?? '').slice(0, 200)])
	) as DirectoryValues;
}
