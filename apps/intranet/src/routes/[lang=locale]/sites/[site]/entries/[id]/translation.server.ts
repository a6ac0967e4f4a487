// Saving one language's text with one of the publish buttons, restoring one of its earlier
// revisions, and discarding what the editor saved by itself.
import { discardAutosave, restoreRevision, revisions, saveTranslation } from '@solidair/db/editing';
import { editorIntentSchema, intentStatus } from '@solidair/db/input';
import { database } from '@solidair/app-kit/server';
import { enforceChecks } from '#lib/server/content-checks.ts';
import { error, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { parseTranslation, revisionId, textValues, translationFields } from '#lib/server/forms.ts';
import {
	back,
	editedEntry,
	postedLocale,
	postedVersion,
	failForm,
	refusedText,
	type EditorEvent
} from './editor.server.ts';
import { doneKind } from './done.ts';
import { reviewRefusal } from './publishing.server.ts';

export async function saveText(event: EditorEvent) {
	const { user, actor, site, entry } = await editedEntry(event);
	const lang = event.locals.locale;
	const data = await event.request.formData();
	const locale = postedLocale(data, entry.locales);
	const expectedVersion = postedVersion(data);
	// The button pressed; every form of ours sends one (Enter in a field presses the first, "save").
	const intent = v.safeParse(editorIntentSchema, data.get('intent'));
	if (!intent.success) error(400, 'Bad request');
	const status = intentStatus(intent.output, entry.translations[locale]?.status);
	const values = { ...textValues(data, translationFields), status };
	const failure = { form: 'translation', locale, values, errors: {}, expectedVersion } as const;
	const translation = entry.translations[locale];
	const held = await reviewRefusal(event, { actor, site, intent: intent.output, status, translation });
	if (held) return failForm(409, { ...failure, errors: { review: held } });

	const parsed = parseTranslation(values, lang);
	if (!parsed.ok) return failForm(400, { ...failure, errors: parsed.errors });
	// Errors of the content checks refuse a publish without a reason (the text is kept, the findings shown).
	const checks = await enforceChecks(event, {
		actorId: user.id,
		site,
		entry,
		locale,
		text: parsed.fields,
		intent: intent.output,
		reason: parsed.overrideReason
	});
	if (!checks.ok) return failForm(400, { ...failure, errors: checks.errors, checks: checks.findings });
	const result = await saveTranslation(database(), {
		...parsed.fields,
		siteId: site.id,
		entryId: entry.id,
		locale,
		expectedVersion,
		markUpToDate: parsed.markUpToDate,
		userId: user.id
	});
	if (result.kind !== 'saved') return refusedText(result, failure, lang);
	await checks.record();
	// Saved on purpose: what the editor kept by itself for this language has served.
	await discardAutosave(database(), { siteId: site.id, entryId: entry.id, locale, userId: user.id });
	redirect(303, back(event.url, doneKind(intent.output, status), locale));
}

export async function restore(event: EditorEvent) {
	const { user, actor, site, entry } = await editedEntry(event);
	const data = await event.request.formData();
	const locale = postedLocale(data, entry.locales);
	const posted = data.get('revision');
	const revision = revisionId(typeof posted === 'string' ? posted : null);
	if (!revision) error(400, 'Bad request');
	// Only a revision of this entry's translation in that language, as the page lists them.
	const translation = entry.translations[locale];
	const history = translation ? await revisions(database(), site.id, translation.id) : [];
	if (!translation || !history.some((row) => row.id === revision)) error(404, 'Not found');
	// A restore keeps the status: on a live text it publishes the older version.
	const { status } = translation;
	const held = await reviewRefusal(event, { actor, site, intent: 'restore', status, translation });
	if (held) return failForm(409, { form: 'restore', locale, values: {}, errors: { review: held } });
	const result = await restoreRevision(database(), {
		siteId: site.id,
		revisionId: revision,
		expectedVersion: postedVersion(data),
		userId: user.id
	});
	if (result.kind === 'saved') redirect(303, back(event.url, 'restored', locale));
	if (result.kind === 'not-found') error(404, 'Not found');
	// Someone saved since the page was loaded (or the text cannot be restored as it was).
	return failForm(result.kind === 'conflict' ? 409 : 400, {
		form: 'restore',
		locale,
		values: {},
		errors: {}
	});
}

/** Throws away what the editor saved by itself in one language: the form shows the stored text again. */
export async function discardAutosaved(event: EditorEvent) {
	const { user, site, entry } = await editedEntry(event);
	const locale = postedLocale(await event.request.formData(), entry.locales);
	await discardAutosave(database(), { siteId: site.id, entryId: entry.id, locale, userId: user.id });
	redirect(303, back(event.url, 'discarded', locale));
}
