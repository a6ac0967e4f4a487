// What every public form shares: parsing with a schema, messages in the visitor's language,
// a honeypot and a rate limit per client address. Forms post without JavaScript and answer
// with post/redirect/get; a failed post gets a 400 with the input kept and the errors per field.
import { withinRateLimit } from '@solidair/db/throttle';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { fail, type ActionFailure } from '@sveltejs/kit';
import * as v from 'valibot';
import { honeypotField } from '../forms.ts';
import { database } from './database.ts';

/** Error codes a schema may use as its messages; each has a sentence in every locale. */
export type FieldErrorCode = 'required' | 'email' | 'too_long' | 'consent' | 'amount';

const sentences: Record<FieldErrorCode, (locale: Locale, max: number) => string> = {
	required: (locale) => m.field_required({}, { locale }),
	email: (locale) => m.field_email({}, { locale }),
	too_long: (locale, max) => m.field_too_long({ max: String(max) }, { locale }),
	consent: (locale) => m.field_consent({}, { locale }),
	amount: (locale) => m.donate_amount_invalid({}, { locale })
};

/** A required text field: trimmed, not empty, at most `max` characters. */
export const text = (max: number) =>
	v.pipe(v.string('required'), v.trim(), v.nonEmpty('required'), v.maxLength(max, `too_long:${max}`));

/** A required e-mail address (what browsers accept as type=email, at most 254 characters). */
export const email = () =>
	v.pipe(
		v.string('required'),
		v.trim(),
		v.nonEmpty('required'),
		v.maxLength(254, 'too_long:254'),
		v.email('email')
	);

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
	const result = v.safeParse(schema, values);
	if (result.success) return { ok: true, data: result.output };
	const errors: Record<string, string> = {};
	for (const issue of result.issues) {
		const field = v.getDotPath(issue);
		if (!field || errors[field]) continue;
		const [code = 'required', max = '0'] = issue.message.split(':');
		errors[field] = (sentences[code as FieldErrorCode] ?? sentences.required)(locale, Number(max));
	}
	return { ok: false, failure: fail(400, { values, errors }) };
}

/** True when the honeypot was filled in: the post is answered as a success and dropped. */
export function isRobot(data: FormData): boolean {
	return String(data.get(honeypotField) ?? '') !== '';
}

/**
 * Counts a post of `form` from the client address; false when it has posted too often. The
 * address comes from the socket (adapter-node), or a header only when a trusted proxy is configured.
 */
export async function allowedToPost(
	site: { id: string },
	form: string,
	clientAddress: string,
	limit = 10,
	windowSeconds = 600
): Promise<boolean> {
	return withinRateLimit(database(), `${site.id}:${form}:${clientAddress}`, { limit, windowSeconds });
}

/** The 429 answer of a rate-limited form, input kept. */
export function tooMany(values: Record<string, string>, locale: Locale) {
	return fail(429, { values, errors: {}, formError: m.form_too_many({}, { locale }) });
}
