/**
 * The wiring every form control shares: ids for its hint and error message, the control's
 * `aria-describedby` (only the ids of messages that are shown) and whether it is invalid.
 */
export interface FieldWiring {
	/** Id of the hint, when there is one. */
	hintId: string | undefined;
	/** Id of the error message, when there is one. */
	errorId: string | undefined;
	/** Value for `aria-describedby`: hint id then error id, or `undefined` when neither is shown. */
	describedBy: string | undefined;
	/** True when there is an error: the control then gets `aria-invalid="true"`. */
	invalid: boolean;
}

export function fieldWiring(id: string, messages: { hint?: string; error?: string }): FieldWiring {
	const hintId = messages.hint ? `${id}-hint` : undefined;
	const errorId = messages.error ? `${id}-error` : undefined;
	const ids = [hintId, errorId].filter(Boolean).join(' ');
	return { hintId, errorId, describedBy: ids || undefined, invalid: Boolean(messages.error) };
}

/** The props every form control takes for its label and messages; their texts come from the app. */
export interface FieldTextProps {
	/** Visible label of the control (the legend, for a group). */
	label: string;
	/**
	 * Id of the control (for a group: of its first input), target of the error summary's links.
	 * @default a generated id
	 */
	id?: string;
	/** Help shown under the label and read as part of the control's description. */
	hint?: string;
	/** Error message; when set, the control is marked invalid and describes itself with it. */
	error?: string;
	/**
	 * Visually hidden text read before the error message, e.g. `Fout:`, so the error is not told
	 * by colour alone.
	 * @default ''
	 */
	errorPrefix?: string;
	/**
	 * Whether an answer is required: sets the native `required` attribute.
	 * @default false
	 */
	required?: boolean;
	/** Visible marker after the label of a required control, e.g. `(verplicht)`. */
	requiredText?: string;
}
