// Review before publishing: an editor submits one language's text with a note; a reviewer
// comments, sends it back with a reason, or approves it, which publishes (or schedules) it. The
// submitted text waits in `entry_reviews`: a live translation stays as it is until approval, one
// that is not live yet takes the status `in_review`. Every step is an `entry_review_events` row;
// the writes of the text go through `writeTranslation`, so they are revisions like any save.
// Whether the user may take a step is the caller's check (`site-review` in `@solidair/auth`).
import type { Kysely } from 'kysely';
import type { Database, Locale, ReviewEventKind } from '../../schema.ts';
import { isUuid } from '../../uuid.ts';
import { fieldProblem } from './field-checks.ts';
import type {
	ConflictResult,
	EditableTranslation,
	InvalidResult,
	NotFoundResult,
	SaveResult,
	TranslationFields
} from './results.ts';
import { writeTranslation } from './save.ts';
import { entryRef, inTransaction, storedTranslation, submittedFields, type EntryRef } from './stored.ts';

type Db = Kysely<Database>;

export { reviewNoteMaxLength } from '../../input/review.ts';

/** There is already an open review of this language: it is decided or withdrawn first. */
export interface InReviewResult {
	kind: 'in-review';
}

/** The review is no longer open (someone decided it, or its author withdrew it). */
export interface NotOpenResult {
	kind: 'not-open';
}

export interface SubmitForReviewInput extends Omit<TranslationFields, 'status' | 'publishAt'> {
	siteId: string;
	entryId: string;
	locale: Locale;
	/** The translation's version the editor loaded; 0 for a language not yet added. */
	expectedVersion: number;
	userId: string;
	note: string;
	markUpToDate?: boolean;
	now?: Date;
}

export type SubmitForReviewResult =
	{ kind: 'submitted'; reviewId: string; translationId: string; live: boolean } | InReviewResult | SaveResult;

const isLive = (status: string) => status === 'published' || status === 'scheduled';

/**
 * Submits a language's text for review. A text that is not live is saved with the status
 * `in_review`; a live one is left as it is, and the submitted text waits with the review.
 */
export async function submitForReview(db: Db, input: SubmitForReviewInput): Promise<SubmitForReviewResult> {
	return inTransaction(db, async (tx) => {
		const entry = await entryRef(tx, input.siteId, input.entryId);
		if (!entry) return { kind: 'not-found' } as const;
		const existing = await tx
			.selectFrom('entry_translations')
			.select(['id', 'version', 'status'])
			.where('entry_id', '=', entry.id)
			.where('locale', '=', input.locale)
			.forUpdate()
			.executeTakeFirst();
		if (existing && (await openReviewId(tx, existing.id))) return { kind: 'in-review' } as const;

		let translationId: string;
		let baseVersion: number;
		const live = existing !== undefined && isLive(existing.status);
		if (existing && live) {
			const refused = await liveRefusal(tx, entry, existing.version, input);
			if (refused) return refused;
			translationId = existing.id;
			baseVersion = existing.version;
		} else {
			const saved = await writeTranslation(
				tx,
				entry,
				{ ...input, status: 'in_review', publishAt: null },
				{ restoredFrom: null }
			);
			if (saved.kind !== 'saved') return saved;
			translationId = saved.translation.id;
			baseVersion = saved.translation.version;
		}
		const review = await tx
			.insertInto('entry_reviews')
			.values({
				translation_id: translationId,
				base_version: baseVersion,
				title: input.title.trim(),
				slug: input.slug ?? null,
				summary: input.summary,
				body: input.body,
				seo_title: input.seoTitle ?? null,
				seo_description: input.seoDescription ?? null,
				submitted_by: input.userId,
				...(input.now ? { submitted_at: input.now } : {})
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await addEvent(tx, review.id, 'submitted', input.userId, input.note, input.now);
		return { kind: 'submitted', reviewId: review.id, translationId, live } as const;
	});
}

/** Why a live translation's submission is refused: someone saved it since, or a field is wrong. */
async function liveRefusal(
	tx: Db,
	entry: EntryRef,
	version: number,
	input: SubmitForReviewInput
): Promise<ConflictResult | InvalidResult | undefined> {
	const fields: TranslationFields = { ...input, status: 'published' };
	if (version !== input.expectedVersion) {
		const stored = await storedTranslation(tx, entry.id, input.locale);
		if (stored) return { kind: 'conflict', stored, submitted: submittedFields(fields) };
	}
	return fieldProblem(fields);
}

async function openReviewId(tx: Db, translationId: string): Promise<string | undefined> {
	const row = await tx
		.selectFrom('entry_reviews')
		.select('id')
		.where('translation_id', '=', translationId)
		.where('state', '=', 'open')
		.executeTakeFirst();
	return row?.id;
}

async function addEvent(
	tx: Db,
	reviewId: string,
	kind: ReviewEventKind,
	userId: string,
	note: string,
	now: Date | undefined
): Promise<void> {
	await tx
		.insertInto('entry_review_events')
		.values({
			review_id: reviewId,
			kind,
			note: note.trim(),
			created_by: userId,
			...(now ? { created_at: now } : {})
		})
		.execute();
}

/** An open review of `siteId`, locked, with its translation and entry; undefined otherwise. */
async function lockOpenReview(tx: Db, siteId: string, reviewId: string) {
	if (!isUuid(reviewId)) return undefined;
	const row = await tx
		.selectFrom('entry_reviews as r')
		.innerJoin('entry_translations as t', 't.id', 'r.translation_id')
		.select([
			'r.id',
			'r.state',
			'r.base_version',
			'r.title',
			'r.slug',
			'r.summary',
			'r.body',
			'r.seo_title',
			'r.seo_description',
			'r.submitted_by',
			't.entry_id',
			't.locale',
			't.version',
			't.status',
			't.title as stored_title',
			't.summary as stored_summary',
			't.body as stored_body'
		])
		.where('t.site_id', '=', siteId)
		.where('r.id', '=', reviewId)
		.forUpdate('r')
		.executeTakeFirst();
	if (!row) return undefined;
	const entry = await entryRef(tx, siteId, row.entry_id);
	return entry && { ...row, entry };
}

type LockedReview = NonNullable<Awaited<ReturnType<typeof lockOpenReview>>>;

export interface ReviewStepInput {
	siteId: string;
	reviewId: string;
	userId: string;
	/** The comment, or the reason for sending back (required then); optional at approval. */
	note: string;
	now?: Date;
}

export type ReviewStepResult = { kind: 'done'; review: ReviewedText } | NotFoundResult | NotOpenResult;

/** What a step's mails and audit rows name: the entry, the language, who submitted it. */
export interface ReviewedText {
	id: string;
	entryId: string;
	locale: Locale;
	title: string;
	submittedBy: string | null;
}

const reviewed = (review: LockedReview): ReviewedText => ({
	id: review.id,
	entryId: review.entry_id,
	locale: review.locale,
	title: review.title,
	submittedBy: review.submitted_by
});

/** A comment on an open review. */
export async function commentOnReview(db: Db, input: ReviewStepInput): Promise<ReviewStepResult> {
	return db.transaction().execute(async (tx) => {
		const review = await lockOpenReview(tx, input.siteId, input.reviewId);
		if (!review) return { kind: 'not-found' } as const;
		if (review.state !== 'open') return { kind: 'not-open' } as const;
		await addEvent(tx, review.id, 'comment', input.userId, input.note, input.now);
		return { kind: 'done', review: reviewed(review) } as const;
	});
}

/**
 * Closes an open review without publishing: sent back by a reviewer, or withdrawn by an editor.
 * A text that was not live goes back to draft (its text as submitted). A live one stays as it
 * is; the submitted text comes back in its author's editor (as their autosave), so nothing
 * written for the review is lost.
 */
export async function closeReview(
	db: Db,
	input: ReviewStepInput & { outcome: 'sent_back' | 'withdrawn' }
): Promise<ReviewStepResult | SaveResult> {
	return inTransaction(db, async (tx) => {
		const review = await lockOpenReview(tx, input.siteId, input.reviewId);
		if (!review) return { kind: 'not-found' } as const;
		if (review.state !== 'open') return { kind: 'not-open' } as const;
		const now = input.now ?? new Date();
		if (review.status === 'in_review') {
			const saved = await writeTranslation(
				tx,
				review.entry,
				{
					locale: review.locale,
					title: review.stored_title,
					summary: review.stored_summary,
					body: review.stored_body,
					status: 'draft',
					expectedVersion: review.version,
					userId: input.userId,
					now
				},
				{ restoredFrom: null }
			);
			if (saved.kind !== 'saved') return saved;
		} else if (review.submitted_by) {
			const text = { title: review.title, summary: review.summary, body: review.body };
			await tx
				.insertInto('entry_autosaves')
				.values({
					entry_id: review.entry_id,
					locale: review.locale,
					user_id: review.submitted_by,
					base_version: review.version,
					...text,
					saved_at: now
				})
				.onConflict((oc) =>
					oc
						.columns(['entry_id', 'locale', 'user_id'])
						.doUpdateSet({ ...text, base_version: review.version, saved_at: now })
				)
				.execute();
		}
		await tx
			.updateTable('entry_reviews')
			.set({ state: input.outcome, decided_by: input.userId, decided_at: now })
			.where('id', '=', review.id)
			.execute();
		await addEvent(tx, review.id, input.outcome, input.userId, input.note, now);
		return { kind: 'done', review: reviewed(review) } as const;
	});
}

export type ApproveResult =
	{ kind: 'approved'; review: ReviewedText; translation: EditableTranslation } | NotOpenResult | SaveResult;

/**
 * Approves an open review: its text is saved as the translation, published now or scheduled at
 * `publishAt`. A conflict when the translation was saved after the submission (nothing written).
 */
export async function approveReview(
	db: Db,
	input: ReviewStepInput & { publishAt?: Date | null }
): Promise<ApproveResult> {
	return inTransaction(db, async (tx) => {
		const review = await lockOpenReview(tx, input.siteId, input.reviewId);
		if (!review) return { kind: 'not-found' } as const;
		if (review.state !== 'open') return { kind: 'not-open' } as const;
		const now = input.now ?? new Date();
		const saved = await writeTranslation(
			tx,
			review.entry,
			{
				locale: review.locale,
				title: review.title,
				slug: review.slug ?? undefined,
				summary: review.summary,
				body: review.body,
				// Null in the review: the submission left them as they were (omitted is unchanged).
				seoTitle: review.seo_title ?? undefined,
				seoDescription: review.seo_description ?? undefined,
				status: input.publishAt ? 'scheduled' : 'published',
				publishAt: input.publishAt ?? null,
				expectedVersion: review.base_version,
				userId: input.userId,
				now
			},
			{ restoredFrom: null }
		);
		if (saved.kind !== 'saved') return saved;
		await tx
			.updateTable('entry_reviews')
			.set({ state: 'approved', decided_by: input.userId, decided_at: now })
			.where('id', '=', review.id)
			.execute();
		await addEvent(tx, review.id, 'approved', input.userId, input.note, now);
		return { kind: 'approved', review: reviewed(review), translation: saved.translation } as const;
	});
}
