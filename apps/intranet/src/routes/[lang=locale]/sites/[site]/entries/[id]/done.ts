// What the message at the top of the editor says after a save, in words, and which page it links
// to: the live page once published, the signed preview before. No server import: the page reads it.
import type { Locale, TranslationStatus } from '@solidair/db';
import type { EditorIntent } from '@solidair/db/input';
import * as m from '@solidair/i18n/messages';

/** What was done, as the address says it after post/redirect/get (`?published=nl`). */
export const doneKinds = [
	'published',
	'scheduled',
	'draft',
	'unpublished',
	'saved',
	'restored',
	'discarded',
	'created',
	'details',
	'file',
	// Review (the actions of review.server.ts): a language submitted, or its review withdrawn.
	'submitted',
	'withdrawn'
] as const;
export type DoneKind = (typeof doneKinds)[number];

/** The kind of a translation save: it follows the status the save gave. */
export function doneKind(intent: EditorIntent, status: TranslationStatus): DoneKind {
	if (status === 'published' || status === 'scheduled') return status;
	if (status === 'draft') return intent === 'unpublish' ? 'unpublished' : 'draft';
	return 'saved';
}

export interface DoneLinks {
	/** The live page on the site, once published. */
	live?: string;
	/** The signed preview, for any stored text. */
	preview?: string;
}

/**
 * The message for `kind` in the editor's language `locale` (`language` is the text's language,
 * named in it; `time` a scheduled text's moment; `site` the site's name, whose reviewers were
 * told), and the link it offers, if any.
 */
export function doneMessage(
	kind: DoneKind,
	{
		language,
		time,
		site = '',
		links,
		locale
	}: { language: string; time?: string; site?: string; links: DoneLinks; locale: Locale }
): { text: string; link?: { href: string; label: string } } {
	const preview =
		links.preview === undefined
			? undefined
			: { href: links.preview, label: m.editing_view_preview({}, { locale }) };
	switch (kind) {
		case 'published':
			return {
				text: m.editing_done_published({ language }, { locale }),
				link: links.live ? { href: links.live, label: m.editing_view_live({}, { locale }) } : preview
			};
		case 'scheduled':
			return { text: m.editing_done_scheduled({ language, time: time ?? '' }, { locale }), link: preview };
		case 'draft':
			return { text: m.editing_done_draft({ language }, { locale }), link: preview };
		case 'unpublished':
			return { text: m.editing_done_unpublished({ language }, { locale }) };
		case 'saved':
			return { text: m.editing_saved({ language }, { locale }) };
		case 'restored':
			return { text: m.editing_restored({ language }, { locale }) };
		case 'discarded':
			return { text: m.editing_autosave_discarded({ language }, { locale }) };
		case 'created':
			return { text: m.editing_created({}, { locale }) };
		case 'details':
			return { text: m.editing_details_saved({}, { locale }) };
		case 'file':
			return { text: m.editing_file_saved({ language }, { locale }) };
		case 'submitted':
			return { text: m.editing_done_submitted({ language, site }, { locale }), link: preview };
		case 'withdrawn':
			return { text: m.editing_done_withdrawn({ language }, { locale }) };
	}
}
