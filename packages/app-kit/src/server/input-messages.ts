// The one table from the schemas' error codes (`@solidair/db/input`) to sentences in the reader's
// language, and the parse that uses it: a refused value becomes one message per field. Every app
// reads every code from here (the intranet's forms directly, the others through `parseForm`).
import { readCode, type InputErrorCode } from '@solidair/db/input';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import * as v from 'valibot';

const messages: Record<InputErrorCode, (locale: Locale, max: number) => string> = {
	required: (locale) => m.field_required({}, { locale }),
	too_long: (locale, max) => m.field_too_long({ max: String(max) }, { locale }),
	email: (locale) => m.field_email({}, { locale }),
	consent: (locale) => m.field_consent({}, { locale }),
	amount: (locale) => m.donate_amount_invalid({}, { locale }),
	choose: (locale) => m.editing_error_choose({}, { locale }),
	section: (locale) => m.editing_error_section({}, { locale }),
	slug: (locale) => m.editing_error_slug({}, { locale }),
	date: (locale) => m.editing_error_date({}, { locale }),
	day: (locale) => m.editing_error_day({}, { locale }),
	publish_at_required: (locale) => m.editing_error_publish_at_required({}, { locale }),
	not_in_future: (locale) => m.editing_error_not_in_future({}, { locale }),
	image: (locale) => m.editing_error_image({}, { locale }),
	video: (locale) => m.editing_error_video({}, { locale }),
	https: (locale) => m.editing_error_https({}, { locale }),
	ends_before_start: (locale) => m.editing_error_ends_before_start({}, { locale }),
	place_or_url: (locale) => m.editing_error_place_or_url({}, { locale }),
	past: (locale) => m.staff_error_past({}, { locale }),
	order: (locale) => m.staff_error_order({}, { locale }),
	url: (locale) => m.staff_error_url({}, { locale }),
	tag_label: (locale) => m.editing_error_tag_label({}, { locale }),
	tag_duplicate: (locale) => m.editing_error_tag_duplicate({}, { locale }),
	unknown_tag: (locale) => m.editing_error_unknown_tag({}, { locale }),
	outside_network: (locale) => m.editing_error_outside_network({}, { locale }),
	menu_target: (locale) => m.editing_error_menu_target({}, { locale }),
	menu_full: (locale, max) => m.editing_error_menu_full({ max: String(max) }, { locale })
};

/** The sentence of an error code (`too_long:300` with its limit) in `locale`. */
export function inputMessage(message: string, locale: Locale): string {
	const { code, max } = readCode(message);
	return (messages[code] ?? messages.required)(locale, max);
}

/** Field name → message in the reader's language. */
export type FieldErrors<Values> = Partial<Record<keyof Values & string, string>>;

export type Parsed<Values, Data> = { ok: true; data: Data } | { ok: false; errors: FieldErrors<Values> };

/**
 * `values` read with `schema`: its output, or the first problem of each field as a message in
 * `locale`, in the order of the fields of `values` (the order of the form, for the error summary).
 */
export function parseInput<Values extends Record<string, string>, Schema extends v.GenericSchema>(
	schema: Schema,
	values: Values,
	locale: Locale
): Parsed<Values, v.InferOutput<Schema>> {
	const result = v.safeParse(schema, values);
	if (result.success) return { ok: true, data: result.output };
	const found: Record<string, string> = {};
	for (const issue of result.issues) {
		const field = v.getDotPath(issue);
		if (field && !(field in found)) found[field] = inputMessage(issue.message, locale);
	}
	// The form's order first; a field the form did not send (none should) after it.
	const fields = [...Object.keys(values).filter((field) => field in found), ...Object.keys(found)];
	const errors: Record<string, string> = {};
	for (const field of fields) errors[field] ??= found[field] as string;
	return { ok: false, errors: errors as FieldErrors<Values> };
}
