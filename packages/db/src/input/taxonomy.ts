// The taxonomy the entry editor's details form sets: themes and dossiers (checked tag ids), the
// countries of the site's network (checked codes), the author, the day the site shows, and a new
// tag created and attached in the same post (its label per language). Limits are named here, for
// the form and the query that stores the same values.
import * as v from 'valibot';
import type { Locale } from '../schema.ts';
import { slugify } from '../slugify.ts';
import { isUuid } from '../uuid.ts';
import { choice, isDay, optionalText, textOrEmpty } from './fields.ts';

/** The longest tag label the database takes (`tag_translations` check constraint). */
export const tagLabelMaxLength = 100;
/** An entry's author as the site shows it ("Ana Peeters, Brussels"). */
export const authorNameMaxLength = 200;
/** More than any story needs, and bounded so a forged post cannot ask for thousands of rows. */
export const maxTagsPerEntry = 40;
export const maxCountriesPerEntry = 60;

export const tagKinds = ['tag', 'dossier'] as const;
export type TagKind = (typeof tagKinds)[number];

/** A tag to create: its kind and its label per language (at least one). */
export interface NewTagInput {
	kind: TagKind;
	labels: Partial<Record<Locale, string>>;
}

/** The name of the new tag's label field in `locale`, as the form posts it. */
export const newTagField = (locale: Locale) => `newTag-${locale}` as const;

/** A new tag's label: trimmed, at most its limit, and something a slug can be made of. */
const tagLabel = () =>
	v.pipe(
		textOrEmpty(tagLabelMaxLength),
		v.check((label) => label === '' || slugify(label, '') !== '', 'tag_label')
	);

/**
 * The taxonomy of an entry of a site in `locales`, edited in `locale`. A new tag is created when
 * any of its labels is filled in; then the label in `locale` is required (or, when the editor's
 * language is not one of the site's, in the site's first language).
 */
export function entryTaxonomySchema({ locales, locale }: { locales: readonly Locale[]; locale: Locale }) {
	const required = locales.includes(locale) ? locale : locales[0]!;
	const labels = Object.fromEntries(locales.map((l) => [newTagField(l), tagLabel()])) as Record<
		`newTag-${Locale}`,
		ReturnType<typeof tagLabel>
	>;
	return v.pipe(
		v.object({
			tags: v.pipe(
				v.array(
					v.pipe(
						v.string(),
						v.check((id) => isUuid(id), 'choose')
					),
					'choose'
				),
				v.maxLength(maxTagsPerEntry, 'choose')
			),
			countries: v.pipe(
				v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'choose')), 'choose'),
				v.maxLength(maxCountriesPerEntry, 'choose')
			),
			author: optionalText(authorNameMaxLength),
			displayDate: v.pipe(
				v.string(),
				v.trim(),
				v.check((day) => day === '' || isDay(day), 'day'),
				v.transform((day) => day || null)
			),
			newTagKind: choice(tagKinds),
			...labels
		}),
		v.forward(
			v.check((input) => {
				const given = locales.some((l) => (input[newTagField(l)] ?? '') !== '');
				return !given || (input[newTagField(required)] ?? '') !== '';
			}, 'required'),
			[newTagField(required)]
		),
		v.transform((input) => {
			const tagLabels: Partial<Record<Locale, string>> = {};
			for (const l of locales) {
				const label = input[newTagField(l)];
				if (label) tagLabels[l] = label;
			}
			return {
				tagIds: [...new Set(input.tags)],
				countryCodes: [...new Set(input.countries)],
				authorName: input.author,
				displayDate: input.displayDate,
				newTag:
					Object.keys(tagLabels).length > 0
						? ({ kind: input.newTagKind, labels: tagLabels } satisfies NewTagInput)
						: undefined
			};
		})
	);
}
