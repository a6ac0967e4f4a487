// The error codes a schema gives as its messages. A form's parser maps each to a sentence in the
// reader's language (one table per app layer); `too_long` carries its limit: `too_long:300`.

/** Every code a schema of ours may give. */
export type InputErrorCode =
	| 'required'
	| 'too_long'
	| 'email'
	| 'consent'
	| 'amount'
	| 'choose'
	| 'section'
	| 'slug'
	| 'date'
	| 'day'
	| 'publish_at_required'
	| 'not_in_future'
	| 'image'
	| 'video'
	| 'https'
	| 'ends_before_start'
	| 'place_or_url'
	| 'past'
	| 'order'
	| 'url'
	| 'tag_label'
	| 'tag_duplicate'
	| 'unknown_tag'
	| 'outside_network'
	| 'menu_target'
	| 'menu_full';

/** The message of a field longer than `max` characters. */
export const tooLong = (max: number) => `too_long:${max}` as const;

/** An issue's message read back: its code and, for `too_long`, the limit. */
export function readCode(message: string): { code: InputErrorCode; max: number } {
	const [code = 'required', max = '0'] = message.split(':');
	return { code: code as InputErrorCode, max: Number(max) };
}
