// What every form shares: parsing with a schema of `@solidair/db/input` and messages in the
// visitor's language (input-messages.ts). Forms post without JavaScript and answer with
// post/redirect/get; a failed post gets a 400 with the input kept and the errors per field. (The public forms' honeypot and rate limit: site-kit.)
import type { Locale } from '@solidair/i18n';
import { fail, type ActionFailure } from '@sveltejs/kit';
import type * as v from 'valibot';
import { parseInput } from './input-messages.ts';

export interface FormFailure<Values> {
	values: Values;
	/** Field name → message in the visitor's language. */
	errors: Partial<Record<keyof Values & string, string>>;
	/** A message about the whole form (e.g. rate limited). */
	formError?: string;
}

/**
 * The submitted text fields, as strings (files and repeated names are not used by these forms),
 * whole: a value longer than its field allows is refused by the schema with the limit, never cut
 * short and stored (the edge, `inputHandle`, has already refused absurd lengths).
 */
export function formValues(data: FormData, names: readonly string[]): Record<string, string> {
	return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? '')]));
}

/**
 * Parses the form with `schema`. On failure: a 400 with the visitor's input (without the
 * honeypot) and one message per field in their language.
 */
export function parseForm<S extends v.GenericSchema<Record<string, unknown>, Record<string, unknown>>>(
	schema: S,
	values: Record<string, string>,
	locale: Locale
):
	| { ok: true; data: v.InferOutput<S> }
	| { ok: false; failure: ActionFailure<FormFailure<Record<string, string>>> } {
	const parsed = parseInput(schema, values, locale);
	if (parsed.ok) return parsed;
	return { ok: false, failure: fail(400, { values, errors: parsed.errors }) };
}
