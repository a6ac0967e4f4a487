// What the content checks read and what they find. Pure data: no database, no Svelte, so the
// same checks run in the editor's load, at publishing and in unit tests.
import type { Locale } from '@solidair/i18n';

export const checkNames = [
	'image-description',
	'heading-level',
	'link-text-empty',
	'link-text-vague',
	'link-target',
	'summary',
	'title-length'
] as const;
export type CheckName = (typeof checkNames)[number];

/** Errors block publishing (unless overridden with a reason); warnings do not. */
export type Severity = 'error' | 'warning';

/** The part of the text a finding is in. */
export type CheckedField = 'title' | 'summary' | 'body' | 'image';

export interface Finding {
	check: CheckName;
	severity: Severity;
	field: CheckedField;
	/** Where it is: the heading's text, the link's text or address, the image's address, or the title. */
	where: string;
	/** The body's line (from 1), for findings in the body. */
	line?: number;
}

export interface CheckInput {
	/** The language of the text. */
	locale: Locale;
	title: string;
	summary: string;
	/** Markdown, as the site renders it. */
	body: string;
	/** The entry's main picture and its description in the text's language; none without a picture. */
	leadImage?: { description: string | null; name?: string } | null;
	/** Whether a path of the site (`/nl/nieuws/…`, no query or fragment) is a page that exists. */
	linkExists: (path: string) => boolean;
	/** The site's public origin (`https://www.wsm.be`): links written with it are internal too. */
	siteOrigin?: string;
}
