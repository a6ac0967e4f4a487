// Reading reviews: a site's queue, one review with its steps, a translation's reviews for the
// editor's history, and who is to be told (the site's reviewers, a review's author).
import type { Kysely } from 'kysely';
import type {
	Database,
	EntryType,
	Locale,
	ReviewEventKind,
	ReviewState,
	TranslationStatus
} from '../../schema.ts';
import { isUuid } from '../../uuid.ts';

type Db = Kysely<Database>;

export interface QueuedReview {
	id: string;
	entryId: string;
	entryType: EntryType;
	locale: Locale;
	/** The submitted title. */
	title: string;
	submittedAt: Date;
	submittedByName: string | null;
	/** The note the editor submitted it with. */
	note: string;
	/** Whether the translation is live now (the review then proposes a new version of it). */
	live: boolean;
}

/** The open reviews of `siteId` (in `locale` only, if given), oldest first: the queue. */
export async function reviewQueue(db: Db, siteId: string, locale?: Locale): Promise<QueuedReview[]> {
	let query = db
		.selectFrom('entry_reviews as r')
		.innerJoin('entry_translations as t', 't.id', 'r.translation_id')
		.leftJoin('users as u', 'u.id', 'r.submitted_by')
		.select((eb) => [
			'r.id',
			't.entry_id as entryId',
			't.entry_type as entryType',
			't.locale',
			'r.title',
			'r.submitted_at as submittedAt',
			'u.display_name as submittedByName',
			't.status',
			eb
				.selectFrom('entry_review_events as e')
				.select('e.note')
				.whereRef('e.review_id', '=', 'r.id')
				.where('e.kind', '=', 'submitted')
				.limit(1)
				.as('note')
		])
		.where('t.site_id', '=', siteId)
		.where('r.state', '=', 'open');
	if (locale) query = query.where('t.locale', '=', locale);
	const rows = await query.orderBy('r.submitted_at').orderBy('r.id').execute();
	return rows.map(({ status, note, ...row }) => ({
		...row,
		note: note ?? '',
		live: status === 'published' || status === 'scheduled'
	}));
}

export interface ReviewStep {
	kind: ReviewEventKind;
	note: string;
	byName: string | null;
	at: Date;
}

export interface ReviewText {
	title: string;
	summary: string;
	body: string;
}

export interface ReviewForReading {
	id: string;
	state: ReviewState;
	entryId: string;
	entryType: EntryType;
	section: string | null;
	/** The entry's main picture, whose description the content checks ask for. */
	imageId: string | null;
	locale: Locale;
	translationId: string;
	/** The translation's status now, and when it went (or goes) live. */
	status: TranslationStatus;
	publishedAt: Date | null;
	/** The submitted text. */
	proposed: ReviewText & { slug: string | null };
	/** The text live now, to compare with; null when the translation is not live. */
	live: (ReviewText & { slug: string }) | null;
	submittedAt: Date;
	submittedBy: Person | null;
	/** Every step, oldest first. */
	steps: ReviewStep[];
}

/** Someone to write to: their address, name and language. */
export interface Person {
	id: string;
	email: string;
	name: string;
	locale: Locale;
}

/** One review of `siteId`, whatever its state; undefined for another site's or an unknown id. */
export async function reviewForReading(
	db: Db,
	siteId: string,
	reviewId: string
): Promise<ReviewForReading | undefined> {
	if (!isUuid(reviewId)) return undefined;
	const row = await db
		.selectFrom('entry_reviews as r')
		.innerJoin('entry_translations as t', 't.id', 'r.translation_id')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.leftJoin('users as u', 'u.id', 'r.submitted_by')
		.select([
			'r.id',
			'r.state',
			'r.title',
			'r.slug',
			'r.summary',
			'r.body',
			'r.submitted_at',
			'r.submitted_by',
			'u.email',
			'u.display_name',
			'u.locale as user_locale',
			'e.id as entry_id',
			'e.type',
			'e.section',
			'e.image_id',
			't.id as translation_id',
			't.locale',
			't.status',
			't.published_at',
			't.slug as live_slug',
			't.title as live_title',
			't.summary as live_summary',
			't.body as live_body'
		])
		.where('t.site_id', '=', siteId)
		.where('r.id', '=', reviewId)
		.executeTakeFirst();
	if (!row) return undefined;
	const live = row.status === 'published' || row.status === 'scheduled';
	return {
		id: row.id,
		state: row.state,
		entryId: row.entry_id,
		entryType: row.type,
		section: row.section,
		imageId: row.image_id,
		locale: row.locale,
		translationId: row.translation_id,
		status: row.status,
		publishedAt: row.published_at,
		proposed: { title: row.title, slug: row.slug, summary: row.summary, body: row.body },
		live: live
			? { title: row.live_title, slug: row.live_slug, summary: row.live_summary, body: row.live_body }
			: null,
		submittedAt: row.submitted_at,
		submittedBy:
			row.submitted_by && row.email && row.display_name && row.user_locale
				? { id: row.submitted_by, email: row.email, name: row.display_name, locale: row.user_locale }
				: null,
		steps: await reviewSteps(db, [row.id]).then((steps) => steps.map(({ reviewId: _r, ...step }) => step))
	};
}

/** The steps of some reviews, oldest first, each with its review's id. */
async function reviewSteps(db: Db, reviewIds: string[]): Promise<Array<ReviewStep & { reviewId: string }>> {
	if (reviewIds.length === 0) return [];
	return db
		.selectFrom('entry_review_events as e')
		.leftJoin('users as u', 'u.id', 'e.created_by')
		.select(['e.review_id as reviewId', 'e.kind', 'e.note', 'u.display_name as byName', 'e.created_at as at'])
		.where('e.review_id', 'in', reviewIds)
		.orderBy('e.created_at')
		.orderBy('e.id')
		.execute();
}

export interface TranslationReviews {
	/** The open review, if any: the editor's form waits for it. */
	open: { id: string; submittedAt: Date; submittedByName: string | null } | undefined;
	/** Every step of every review of the translation, oldest first: part of its history. */
	steps: Array<ReviewStep & { reviewId: string }>;
}

/** The reviews of a translation of `siteId`, for the editor. */
export async function translationReviews(
	db: Db,
	siteId: string,
	translationId: string
): Promise<TranslationReviews> {
	if (!isUuid(translationId)) return { open: undefined, steps: [] };
	const reviews = await db
		.selectFrom('entry_reviews as r')
		.innerJoin('entry_translations as t', 't.id', 'r.translation_id')
		.leftJoin('users as u', 'u.id', 'r.submitted_by')
		.select(['r.id', 'r.state', 'r.submitted_at', 'u.display_name'])
		.where('t.site_id', '=', siteId)
		.where('r.translation_id', '=', translationId)
		.execute();
	const open = reviews.find((review) => review.state === 'open');
	return {
		open: open && { id: open.id, submittedAt: open.submitted_at, submittedByName: open.display_name },
		steps: await reviewSteps(
			db,
			reviews.map((review) => review.id)
		)
	};
}

/** The site's reviewers whose accounts are active: who hears of a new submission. */
export async function siteReviewers(db: Db, siteId: string): Promise<Person[]> {
	return db
		.selectFrom('site_reviewers as r')
		.innerJoin('users as u', 'u.id', 'r.user_id')
		.select(['u.id', 'u.email', 'u.display_name as name', 'u.locale'])
		.where('r.site_id', '=', siteId)
		.where('u.disabled_at', 'is', null)
		.orderBy('u.display_name')
		.execute();
}

/** How many reviews are open on each of `siteIds` (0 for a site with none). */
export async function openReviewCounts(db: Db, siteIds: readonly string[]): Promise<Record<string, number>> {
	const counts: Record<string, number> = Object.fromEntries(siteIds.map((id) => [id, 0]));
	if (siteIds.length === 0) return counts;
	const rows = await db
		.selectFrom('entry_reviews as r')
		.innerJoin('entry_translations as t', 't.id', 'r.translation_id')
		.select((eb) => ['t.site_id', eb.fn.countAll<string>().as('count')])
		.where('t.site_id', 'in', siteIds)
		.where('r.state', '=', 'open')
		.groupBy('t.site_id')
		.execute();
	for (const row of rows) counts[row.site_id] = Number(row.count);
	return counts;
}

/** Whether the site requires review before publishing. */
export async function siteRequiresReview(db: Db, siteId: string): Promise<boolean> {
	const row = await db
		.selectFrom('sites')
		.select('require_review')
		.where('id', '=', siteId)
		.executeTakeFirst();
	return row?.require_review ?? false;
}
