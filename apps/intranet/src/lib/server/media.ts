// The media library's forms: an image's alt texts (one per language of the site), whether it is
// decorative, and its focal point, read and checked the same way on upload and on edit.
import { type Locale } from '@solidair/db';
import { imageDetailsProblems, maxAltLength, maxCreditLength, type ImageDetails } from '@solidair/db/media';
import { languageName } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

/** What the form sends back to itself on a refusal: everything typed, as typed. */
export interface ImageDetailsValues {
	alt: Partial<Record<Locale, string>>;
	decorative: boolean;
	/** Percent from the left and the top, as typed. */
	focalX: string;
	focalY: string;
	/** Who made it, as typed; absent when the form has no credit field (it is then kept). */
	credit?: string;
}

export type ImageDetailsErrors = Partial<Record<string, string>>;

const percent = (value: string): number | null => {
	if (value.trim() === '') return null;
	return /^\d{1,3}(\.\d+)?$/.test(value.trim()) ? Number(value) / 100 : Number.NaN;
};

/** Reads the details from a form; `errors` by field id (`alt-nl`, `focalX`) in the editor's language. */
export function readImageDetails(
	data: FormData,
	siteLocales: readonly Locale[],
	locale: Locale
): { values: ImageDetailsValues; details: ImageDetails; errors: ImageDetailsErrors } {
	const text = (name: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : '';
	};
	const values: ImageDetailsValues = {
		alt: Object.fromEntries(siteLocales.map((code) => [code, text(`alt-${code}`)])),
		decorative: data.get('decorative') === 'on',
		focalX: text('focalX'),
		focalY: text('focalY'),
		...(data.has('credit') ? { credit: text('credit') } : {})
	};
	const [x, y] = [percent(values.focalX), percent(values.focalY)];
	// Both or neither: one coordinate alone is not a point.
	const focal = x === null && y === null ? null : { x: x ?? Number.NaN, y: y ?? Number.NaN };
	const details: ImageDetails = {
		alt: values.alt,
		decorative: values.decorative,
		focal,
		...(values.credit === undefined ? {} : { credit: values.credit })
	};
	const errors: ImageDetailsErrors = {};
	for (const problem of imageDetailsProblems(details, siteLocales)) {
		if (problem.field === 'alt') {
			const language = languageName(problem.locale, locale);
			errors[`alt-${problem.locale}`] =
				problem.reason === 'required'
					? m.media_error_alt_required({ language }, { locale })
					: m.media_error_alt_too_long({ language, max: String(maxAltLength) }, { locale });
		} else if (problem.field === 'credit') {
			errors.credit = m.media_error_credit_too_long({ max: String(maxCreditLength) }, { locale });
		} else {
			errors.focalX = m.media_error_focal({}, { locale });
		}
	}
	return { values, details, errors };
}
