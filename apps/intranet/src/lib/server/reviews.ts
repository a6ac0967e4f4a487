// What follows every step of a review, whoever took it and from which page: the audit row, and a
// mail to the people concerned, each in their own language, through the outbox.
import { audit, type AuditAction } from '@solidair/auth';
import type { Locale } from '@solidair/db';
import { siteReviewers, type Person, type ReviewedText } from '@solidair/db/editing';
import { enqueueMail } from '@solidair/db/forms';
import { isSupported, languageName } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/app-kit/server';
import { site as intranet } from '#lib/site.ts';

// The app reaches the database through app-kit's handle only (no Kysely import of its own).
type Db = ReturnType<typeof database>;

export type ReviewStepKind = 'submitted' | 'comment' | 'sent_back' | 'approved' | 'withdrawn';

export interface ReviewDone {
	step: ReviewStepKind;
	siteId: string;
	review: ReviewedText;
	translationId: string;
	/** The note, comment or reason of the step, as stored (trimmed); may be empty. */
	note: string;
	/** Who took the step. */
	actorId: string;
}

/** What `reviewDone` reads of the request: the intranet's own address and the client's. */
export interface ReviewEvent {
	url: URL;
	getClientAddress(): string;
}

const auditActions: Record<ReviewStepKind, AuditAction> = {
	submitted: 'review.submitted',
	comment: 'review.commented',
	sent_back: 'review.sent_back',
	approved: 'review.approved',
	withdrawn: 'review.withdrawn'
};

/** A review's page, for `locale`'s reader (in a language the intranet speaks, else its default). */
export function reviewPath(siteId: string, reviewId: string, locale: Locale): string {
	const lang = isSupported(locale, intranet) ? locale : intranet.defaultLocale;
	return `/${lang}/sites/${siteId}/reviews/${reviewId}`;
}

/**
 * The audit row and the mails of a step that succeeded. The log keeps the note's length, not the
 * note: the text belongs to the review, whose own steps keep it.
 */
export async function reviewDone(event: ReviewEvent, done: ReviewDone): Promise<void> {
	let ip: string | undefined;
	try {
		ip = event.getClientAddress();
	} catch {
		ip = undefined;
	}
	await database()
		.transaction()
		.execute(async (tx) => {
			await audit(tx, {
				actorId: done.actorId,
				action: auditActions[done.step],
				targetType: 'entry_translation',
				targetId: done.translationId,
				ip,
				details: {
					site: done.siteId,
					locale: done.review.locale,
					review: done.review.id,
					noteLength: done.note.length
				}
			});
			const actorName = await nameOf(tx, done.actorId);
			for (const person of await recipients(tx, done)) {
				await enqueueMail(tx, reviewMail(event.url.origin, done, person, actorName));
			}
		});
}

/** Who hears of a step: never the one who took it. */
async function recipients(db: Db, done: ReviewDone): Promise<Person[]> {
	const submitter = done.review.submittedBy ? await personOf(db, done.review.submittedBy) : undefined;
	const reviewers = () => siteReviewers(db, done.siteId);
	let people: Person[];
	switch (done.step) {
		case 'submitted':
		case 'withdrawn':
			people = await reviewers();
			break;
		case 'comment':
			people = [...(submitter ? [submitter] : []), ...(await reviewers())];
			break;
		case 'sent_back':
		case 'approved':
			people = submitter ? [submitter] : [];
	}
	const seen = new Set([done.actorId]);
	return people.filter((person) => !seen.has(person.id) && seen.add(person.id));
}

async function personOf(db: Db, userId: string): Promise<Person | undefined> {
	return db
		.selectFrom('users')
		.select(['id', 'email', 'display_name as name', 'locale'])
		.where('id', '=', userId)
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
}

async function nameOf(db: Db, userId: string): Promise<string> {
	const row = await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
	return row?.display_name ?? '';
}

const subjects = {
	submitted: m.review_mail_submitted_subject,
	comment: m.review_mail_comment_subject,
	sent_back: m.review_mail_sent_back_subject,
	approved: m.review_mail_approved_subject,
	withdrawn: m.review_mail_withdrawn_subject
} satisfies Record<ReviewStepKind, unknown>;

const texts = {
	submitted: m.review_mail_submitted_text,
	comment: m.review_mail_comment_text,
	sent_back: m.review_mail_sent_back_text,
	approved: m.review_mail_approved_text,
	withdrawn: m.review_mail_withdrawn_text
} satisfies Record<ReviewStepKind, unknown>;

/** One step's mail to `person`, in their language. */
export function reviewMail(origin: string, done: ReviewDone, person: Person, actorName: string) {
	const locale = person.locale;
	const params = {
		title: done.review.title,
		language: languageName(done.review.locale, locale),
		name: actorName
	};
	const link = `${origin}${reviewPath(done.siteId, done.review.id, locale)}`;
	const parts: string[] = [texts[done.step](params, { locale })];
	if (done.note) parts.push(`${m.review_mail_note({ name: actorName }, { locale })}\n${done.note}`);
	parts.push(m.review_mail_link({ link }, { locale }));
	return {
		to: person.email,
		subject: subjects[done.step](params, { locale }),
		text: `${parts.join('\n\n')}\n`,
		kind: `review.${done.step}`
	};
}
