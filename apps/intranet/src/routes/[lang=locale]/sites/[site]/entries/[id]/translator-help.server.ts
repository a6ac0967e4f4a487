// What helps a translator in a language's tab: for an outdated translation, what changed in the
// source since it was made (word by word, long bodies cut to their changed paragraphs); and the
// translation memory, the source's sentences as the site translated them before.
import type { Locale } from '@solidair/db';
import { sourceChanges, translationMemory, type EntryForEditing } from '@solidair/db/editing';
import { database } from '@solidair/app-kit/server';
import { fieldChanges } from '#lib/field-changes.ts';

/** What changed in the source of an outdated translation: when, by whom, and per changed field. */
export async function changesOf(siteId: string, translationId: string) {
	const changes = await sourceChanges(database(), siteId, translationId);
	if (!changes) return undefined;
	const { from, to } = changes;
	return {
		since: changes.since,
		by: changes.by,
		/** Whether the text it was translated from is known (not for seeded content). */
		known: from !== null,
		fields: from ? fieldChanges(from, to) : []
	};
}

/** The translation memory for `locale`, from the stored source text; none for the source itself. */
export async function memoryOf(siteId: string, entry: EntryForEditing, locale: Locale) {
	const source = entry.translations[entry.source_locale];
	if (!source || locale === entry.source_locale) return [];
	return translationMemory(database(), {
		siteId,
		entryId: entry.id,
		sourceLocale: entry.source_locale,
		targetLocale: locale,
		text: source
	});
}
