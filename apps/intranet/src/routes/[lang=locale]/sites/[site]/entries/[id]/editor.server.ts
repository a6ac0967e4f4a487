// What every action of the entry editor does first: the site, the entry, the posted language and
// version, and the one way it refuses a form.
import { type Locale } from '@solidair/db';
import { entryForEditing, type SaveResult } from '@solidair/db/editing';
import * as m from '@solidair/i18n/messages';
import { isLocale } from '@solidair/i18n';
import { database } from '@solidair/app-kit/server';
import { error, fail } from '@sveltejs/kit';
import { invalidMessage } from '#lib/server/forms.ts';
import { editableSite } from '#lib/server/sites.ts';
import type { RequestEvent } from './$types';
import type { EditorFailure } from './failure.ts';

export type EditorEvent = RequestEvent;

/** The entry of the address, scoped to the site: another site's entry is not found, even by its id. */
export async function loadEntry(siteId: string, entryId: string) {
	const entry = await entryForEditing(database(), siteId, entryId);
	if (!entry) error(404, 'Not found');
	return entry;
}

/** The staff member (and their permissions), the site and the entry, when they may edit it; 404 otherwise. */
export async function editedEntry(event: EditorEvent) {
	const { user, actor, site } = await editableSite(event, 'update');
	const entry = await loadEntry(site.id, event.params.id);
	return { user, actor, site, entry };
}

/** The posted language, one of the entry's; 400 for anything else (no form of ours sends it). */
export function postedLocale(data: FormData, locales: readonly Locale[]): Locale {
	const locale = data.get('locale');
	if (!isLocale(locale) || !locales.includes(locale)) error(400, 'Bad request');
	return locale;
}

/** The version the posted form is based on; 400 for anything but a number. */
export function postedVersion(data: FormData): number {
	const text = data.get('expectedVersion');
	if (typeof text !== 'string' || !/^\d{1,9}$/.test(text)) error(400, 'Bad request');
	return Number(text);
}

/** The refused form, in the one shape the page reads: its input kept, with the reasons. */
export function failForm(status: number, failure: EditorFailure) {
	return fail(status, failure);
}

/**
 * A text that was not written (a save's, or a submission for review's), refused in the language's
 * form: a conflict shows their version beside the form, which keeps what was typed and now counts
 * on their version, so saving again replaces it knowingly; a taken slug or an invalid field is
 * named at its field; anything else is not found.
 */
export function refusedText(
	// Any result but 'saved' (the types of the queries' transactions keep it in their unions).
	result: SaveResult,
	failure: EditorFailure,
	lang: Locale
) {
	switch (result.kind) {
		case 'conflict':
			return failForm(409, {
				...failure,
				conflict: { theirs: result.stored },
				expectedVersion: result.stored.version
			});
		case 'slug-taken':
			return failForm(400, {
				...failure,
				errors: { slug: m.editing_error_slug_taken({}, { locale: lang }) }
			});
		case 'invalid': {
			const { field, message } = invalidMessage(result, lang);
			return failForm(400, { ...failure, errors: { [field]: message } });
		}
		default:
			error(404, 'Not found');
	}
}

/**
 * Back to the page after a save, on the language's tab, saying what was done: the message at the
 * top takes focus (autofocus), so no fragment scrolls the page away from it.
 */
export const back = (url: URL, kind: string, locale: Locale) => `${url.pathname}?${kind}=${locale}`;
