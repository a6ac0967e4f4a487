// Submitting one language's text for review (from its form, with a note) and withdrawing that
// submission. The reviewer's steps are on the review page (`sites/[site]/reviews/[id]`).
import { authorize } from '@solidair/auth';
import { closeReview, discardAutosave, reviewForReading, submitForReview } from '@solidair/db/editing';
import { reviewNoteSchema } from '@solidair/db/input';
import * as m from '@solidair/i18n/messages';
import { database, parseInput } from '@solidair/app-kit/server';
import { error, redirect } from '@sveltejs/kit';
import { parseTranslation, textValues, translationFields } from '#lib/server/forms.ts';
import { reviewDone } from '#lib/server/reviews.ts';
import { editableSite } from '#lib/server/sites.ts';
import {
	back,
	failForm,
	loadEntry,
	postedLocale,
	postedVersion,
	refusedText,
	type EditorEvent
} from './editor.server.ts';

/** The editor who may submit to the site's reviewers, the site and the entry; 404 otherwise. */
async function submitter(event: EditorEvent) {
	const { user, actor, site } = await editableSite(event, 'update');
	await authorize(event, actor, 'create', { type: 'site-review', siteId: site.id });
	const entry = await loadEntry(site.id, event.params.id);
	return { user, site, entry };
}

export async function submitReview(event: EditorEvent) {
	const { user, site, entry } = await submitter(event);
	const lang = event.locals.locale;
	const data = await event.request.formData();
	const locale = postedLocale(data, entry.locales);
	const expectedVersion = postedVersion(data);
	// The text as the form's save sends it; its status is the review's to set.
	const values = { ...textValues(data, translationFields), status: 'in_review', publishAt: '' };
	const { note } = textValues(data, ['note']);
	const failure = {
		form: 'translation',
		locale,
		values: { ...values, note },
		errors: {},
		expectedVersion
	} as const;

	const parsed = parseTranslation(values, lang);
	const parsedNote = parseInput(reviewNoteSchema, { note }, lang);
	if (!parsed.ok || !parsedNote.ok)
		return failForm(400, {
			...failure,
			errors: { ...(parsed.ok ? {} : parsed.errors), ...(parsedNote.ok ? {} : parsedNote.errors) }
		});
	const { status: _status, publishAt: _publishAt, ...fields } = parsed.fields;
	const result = await submitForReview(database(), {
		...fields,
		siteId: site.id,
		entryId: entry.id,
		locale,
		expectedVersion,
		markUpToDate: parsed.markUpToDate,
		userId: user.id,
		note: parsedNote.data.note
	});
	switch (result.kind) {
		case 'submitted':
			// Submitted on purpose: what the editor kept by itself for this language has served.
			await discardAutosave(database(), { siteId: site.id, entryId: entry.id, locale, userId: user.id });
			await reviewDone(event, {
				step: 'submitted',
				siteId: site.id,
				review: { id: result.reviewId, entryId: entry.id, locale, title: fields.title, submittedBy: user.id },
				translationId: result.translationId,
				note: parsedNote.data.note,
				actorId: user.id
			});
			redirect(303, back(event.url, 'submitted', locale));
		// eslint-disable-next-line no-fallthrough -- redirect() throws
		case 'in-review':
			return failForm(409, { ...failure, errors: { note: m.review_in_review({}, { locale: lang }) } });
		default:
			return refusedText(result, failure, lang);
	}
}

/**
 * Takes a submission back: a text that was not live is a draft again; a live one stays as it is,
 * and what was submitted comes back in its author's form (so their autosave is kept, not discarded).
 */
export async function withdrawReview(event: EditorEvent) {
	const { user, site, entry } = await submitter(event);
	const lang = event.locals.locale;
	const data = await event.request.formData();
	const locale = postedLocale(data, entry.locales);
	const { review: reviewId, note } = textValues(data, ['review', 'note']);
	// Only a review of this entry's text in that language, whatever its state.
	const review = await reviewForReading(database(), site.id, reviewId);
	if (!review || review.entryId !== entry.id || review.locale !== locale) error(404, 'Not found');
	const failure = { form: 'translation', locale, values: { note }, errors: {} } as const;
	const parsedNote = parseInput(reviewNoteSchema, { note }, lang);
	if (!parsedNote.ok) return failForm(400, { ...failure, errors: parsedNote.errors });

	const result = await closeReview(database(), {
		siteId: site.id,
		reviewId: review.id,
		userId: user.id,
		note: parsedNote.data.note,
		outcome: 'withdrawn'
	});
	if (result.kind === 'not-found') error(404, 'Not found');
	if (result.kind !== 'done')
		return failForm(409, { ...failure, errors: { review: m.review_not_open({}, { locale: lang }) } });
	await reviewDone(event, {
		step: 'withdrawn',
		siteId: site.id,
		review: result.review,
		translationId: review.translationId,
		note: parsedNote.data.note,
		actorId: user.id
	});
	redirect(303, back(event.url, 'withdrawn', locale));
}
