// Review before publishing, as the editor meets it: who may put a text online here (a site that
// requires review: its reviewers alone, see `site-publishing` in @solidair/auth), each language's
// reviews for the page, and what a save is refused for — publishing without that right (a 403,
// audited), or changing a language whose review is still open (a 409: the reviewer must read
// the text that was submitted).
import { audit, can, type SignedInActor } from '@solidair/auth';
import type { Locale, TranslationStatus } from '@solidair/db';
import {
	reviewForReading,
	siteRequiresReview,
	translationReviews,
	type EditableTranslation,
	type EntryForEditing,
	type ReviewStep
} from '@solidair/db/editing';
import type { EditorIntent } from '@solidair/db/input';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/app-kit/server';
import { error } from '@sveltejs/kit';
import type { EditedSite } from '#lib/server/sites.ts';
import type { EditorEvent } from './editor.server.ts';
import { goesLive } from './review-view.ts';

/** What the page's publish buttons depend on. */
export interface Publishing {
	/** The site requires review before publishing. */
	requireReview: boolean;
	/** The user may publish and schedule directly (else their texts go through review). */
	mayPublish: boolean;
	/** The user may submit a text for review (the site's editors). */
	maySubmit: boolean;
}

export async function publishingOf(actor: SignedInActor, siteId: EditedSite['id']): Promise<Publishing> {
	const requireReview = await siteRequiresReview(database(), siteId);
	return {
		requireReview,
		mayPublish: can(actor, 'update', { type: 'site-publishing', siteId, requireReview }),
		maySubmit: can(actor, 'create', { type: 'site-review', siteId })
	};
}

/** A language's open review, as its notice shows it, with the text submitted. */
export interface OpenReview {
	id: string;
	submittedAt: Date;
	submittedByName: string | null;
	note: string;
	/** The submitted text: for a live translation it differs from the stored one until approval. */
	proposed: { title: string; slug: string; summary: string; body: string };
}

export interface LanguageReviews {
	open: OpenReview | undefined;
	/** Every step of every review of the language, oldest first (the history interleaves them). */
	steps: Array<ReviewStep & { reviewId: string }>;
}

/** The reviews of each of the entry's languages that has a text. */
export async function reviewsOf(
	site: EditedSite,
	entry: EntryForEditing
): Promise<Partial<Record<Locale, LanguageReviews>>> {
	const db = database();
	const languages = await Promise.all(
		entry.locales.map(async (code) => {
			const translation = entry.translations[code];
			if (!translation) return [code, undefined] as const;
			const { open, steps } = await translationReviews(db, site.id, translation.id);
			const read = open && (await reviewForReading(db, site.id, open.id));
			const note = steps.findLast((step) => step.reviewId === open?.id && step.kind === 'submitted')?.note;
			return [
				code,
				{
					open: open &&
						read && {
							...open,
							note: note ?? '',
							proposed: { ...read.proposed, slug: read.proposed.slug ?? translation.slug }
						},
					steps
				}
			] as const;
		})
	);
	return Object.fromEntries(languages.filter(([, reviews]) => reviews !== undefined));
}

/**
 * Why a save of `translation` with `intent` (giving it `status`) may not go ahead: a 403 page in
 * the user's language when it would put the text online and the user may not publish here (the
 * form shows no such button then, so only a forged or stale post gets here; it is audited like any
 * refused access); a message for the form when the language's review is open. Undefined: go on.
 */
export async function reviewRefusal(
	event: EditorEvent,
	{
		actor,
		site,
		intent,
		status,
		translation
	}: {
		actor: SignedInActor;
		site: EditedSite;
		/** The button pressed, or a restore of an earlier revision. */
		intent: EditorIntent | 'restore';
		status: TranslationStatus;
		translation: EditableTranslation | undefined;
	}
): Promise<string | undefined> {
	const lang = event.locals.locale;
	// Unpublishing is not publishing: taking a text offline stays every editor's right, even on a
	// site that requires review (a text must be able to go offline at once, without waiting).
	if (goesLive(status) && !(await publishingOf(actor, site.id)).mayPublish) {
		let ip: string | undefined;
		try {
			ip = event.getClientAddress();
		} catch {
			ip = undefined;
		}
		await audit(event.locals.db, {
			actorId: actor.id,
			action: 'resource.access_denied',
			targetType: 'site-publishing',
			targetId: site.id,
			ip,
			details: { route: event.route.id, attempted: intent, site: site.id }
		});
		error(403, { message: m.editing_publish_refused({ site: site.name }, { locale: lang }) });
	}
	if (!translation) return undefined;
	const { open } = await translationReviews(database(), site.id, translation.id);
	return open ? m.editing_review_busy({}, { locale: lang }) : undefined;
}
