// One review: the submitted text as the site will show it, what it changes in the published one,
// the steps so far, and the reviewer's three forms — comment, send back with a reason, approve
// (now or at a time). Each step redirects back with a message; a refusal keeps what was typed.
import { can } from '@solidair/auth';
import { approveReview, closeReview, commentOnReview, reviewForReading } from '@solidair/db/editing';
import { approveReviewSchema, requiredReviewNoteSchema } from '@solidair/db/input';
import { parseDateTimeLocal } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { renderBody } from '@solidair/app-kit/markdown';
import { database, parseInput } from '@solidair/app-kit/server';
import { entryPath } from '@solidair/site-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { fieldChanges } from '#lib/field-changes.ts';
import { checkTranslation, enforceChecks } from '#lib/server/content-checks.ts';
import { invalidMessage, textValues } from '#lib/server/forms.ts';
import { siteOrigin } from '#lib/server/preview-link.ts';
import { reviewDone, type ReviewStepKind } from '#lib/server/reviews.ts';
import { reviewSite } from '#lib/server/sites.ts';
import type { Actions, PageServerLoadEvent, RequestEvent } from './$types';
import { reviewDoneKinds, type ReviewFailure, type ReviewForm } from './review-page.ts';

export const load = async (event: PageServerLoadEvent) => {
	const { actor, site } = await reviewSite(event, 'view');
	const review = await reviewForReading(database(), site.id, event.params.id);
	if (!review) error(404, 'Not found');
	const lang = event.locals.locale;
	const mediaBase = `/${lang}/sites/${site.id}`;
	const path =
		review.status === 'published' && review.live
			? entryPath(review.locale, { type: review.entryType, slug: review.live.slug, section: review.section })
			: undefined;
	const done = reviewDoneKinds.find((kind) => event.url.searchParams.get('done') === kind);
	return {
		site,
		review,
		body: renderBody(review.proposed.body, { mediaBase }),
		// What an open review would change in the live text, field by field and word by word.
		changes: review.live && review.state === 'open' ? fieldChanges(review.live, review.proposed) : undefined,
		// The checks of the text as it would be published: errors need a reason to approve it.
		checks:
			review.state === 'open'
				? await checkTranslation(site, { image_id: review.imageId }, review.locale, review.proposed)
				: [],
		canReview: review.state === 'open' && can(actor, 'update', { type: 'site-review', siteId: site.id }),
		canEdit: can(actor, 'update', { type: 'site-entry', siteId: site.id }),
		liveLink: path && `${siteOrigin(site.id)}${path}`,
		done
	};
};

/** The reviewer, the site and the posted form's fields, or a 404. */
async function posted<const Names extends readonly string[]>(event: RequestEvent, names: Names) {
	const { user, site } = await reviewSite(event, 'update');
	const values = textValues(await event.request.formData(), names);
	return { user, site, values, lang: event.locals.locale };
}

const refused = (status: number, failure: ReviewFailure) => fail(status, failure);

/** After a step: its audit row and mails, then back to the page, which says what was done. */
async function stepDone(
	event: RequestEvent,
	step: Exclude<ReviewStepKind, 'submitted' | 'withdrawn'>,
	done: Omit<Parameters<typeof reviewDone>[1], 'step' | 'translationId'>,
	shown: string
): Promise<never> {
	const reading = await reviewForReading(database(), done.siteId, done.review.id);
	if (!reading) error(404, 'Not found');
	await reviewDone(event, { ...done, step, translationId: reading.translationId });
	redirect(303, `${event.url.pathname}?done=${shown}`);
}

/** A comment or a reason: both need words. */
async function noteStep(event: RequestEvent, form: ReviewForm, outcome: 'comment' | 'sent_back') {
	const { user, site, values, lang } = await posted(event, ['note']);
	const failure: ReviewFailure = { form, values, errors: {} };
	const parsed = parseInput(requiredReviewNoteSchema, values, lang);
	if (!parsed.ok) return refused(400, { ...failure, errors: parsed.errors });
	const step = { siteId: site.id, reviewId: event.params.id, userId: user.id, note: parsed.data.note };
	const result =
		outcome === 'comment'
			? await commentOnReview(database(), step)
			: await closeReview(database(), { ...step, outcome });
	if (result.kind === 'not-found') error(404, 'Not found');
	if (result.kind !== 'done')
		return refused(409, { ...failure, errors: { note: m.review_not_open({}, { locale: lang }) } });
	return stepDone(
		event,
		outcome,
		{ siteId: site.id, review: result.review, note: step.note, actorId: user.id },
		outcome
	);
}

export const actions: Actions = {
	comment: (event) => noteStep(event, 'comment', 'comment'),
	sendBack: (event) => noteStep(event, 'sendBack', 'sent_back'),
	approve: async (event) => {
		const { user, site, values, lang } = await posted(event, ['when', 'publishAt', 'note', 'overrideReason']);
		const failure: ReviewFailure = { form: 'approve', values, errors: {} };
		const parsed = parseInput(approveReviewSchema(parseDateTimeLocal), values, lang);
		if (!parsed.ok) return refused(400, { ...failure, errors: parsed.errors });
		const { note, publishAt, overrideReason } = parsed.data;
		const reading = await reviewForReading(database(), site.id, event.params.id);
		if (!reading) error(404, 'Not found');
		// The same content checks as a publish in the editor: errors need the reviewer's reason.
		const verdict = await enforceChecks(event, {
			actorId: user.id,
			site,
			entry: { id: reading.entryId, image_id: reading.imageId },
			locale: reading.locale,
			text: reading.proposed,
			intent: 'approve',
			reason: overrideReason
		});
		if (!verdict.ok) return refused(400, { ...failure, errors: verdict.errors, checks: verdict.findings });
		const result = await approveReview(database(), {
			siteId: site.id,
			reviewId: event.params.id,
			userId: user.id,
			note,
			publishAt
		});
		switch (result.kind) {
			case 'approved':
				await verdict.record();
				return stepDone(
					event,
					'approved',
					{ siteId: site.id, review: result.review, note, actorId: user.id },
					publishAt ? 'scheduled' : 'approved'
				);
			case 'not-found':
				error(404, 'Not found');
			// eslint-disable-next-line no-fallthrough -- error() throws
			case 'invalid': {
				const { field, message } = invalidMessage(result, lang);
				return refused(400, { ...failure, errors: { [field]: message } });
			}
			case 'not-open':
				return refused(409, { ...failure, errors: { when: m.review_not_open({}, { locale: lang }) } });
			default:
				// Saved since it was submitted (or its slug is taken meanwhile): not this text any more.
				return refused(409, { ...failure, errors: { when: m.review_conflict({}, { locale: lang }) } });
		}
	}
};
