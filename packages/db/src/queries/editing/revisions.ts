// A translation's revisions: the list, what changed between two, and restoring an older text.
import type { Kysely } from 'kysely';
import { lineDiff, type DiffLine } from '../../line-diff.ts';
import type { Database, TranslationStatus } from '../../schema.ts';
import { isUuid } from '../../uuid.ts';
import type { SaveResult } from './results.ts';
import { writeTranslation } from './save.ts';
import { entryRef, inTransaction } from './stored.ts';

type Db = Kysely<Database>;

// Ids come from URLs and forms: a malformed one is "not found", not an SQL error.
const revisionIdPattern = /^[1-9][0-9]{0,17}$/;

export interface Revision {
	id: string;
	translation_id: string;
	/** The translation's version this save produced; null for revisions older than versions. */
	version: number | null;
	slug: string;
	title: string;
	summary: string;
	body: string;
	status: TranslationStatus;
	published_at: Date | null;
	/** The revision whose text this one restored. */
	restored_from: string | null;
	created_by: string | null;
	created_by_name: string | null;
	created_at: Date;
}

/** The revisions of a translation of `siteId`, newest first; none for another site's translation. */
export async function revisions(db: Db, siteId: string, translationId: string): Promise<Revision[]> {
	if (!isUuid(translationId)) return [];
	return (
		db
			.selectFrom('entry_revisions as r')
			.innerJoin('entry_translations as t', 't.id', 'r.translation_id')
			.leftJoin('users as u', 'u.id', 'r.created_by')
			.select([
				'r.id',
				'r.translation_id',
				'r.version',
				'r.slug',
				'r.title',
				'r.summary',
				'r.body',
				'r.status',
				'r.published_at',
				'r.restored_from',
				'r.created_by',
				'u.display_name as created_by_name',
				'r.created_at'
			])
			.where('t.site_id', '=', siteId)
			.where('r.translation_id', '=', translationId)
			// Insertion order: app servers' clocks (which set created_at) may differ slightly.
			.orderBy('r.id', 'desc')
			.execute()
	);
}

type RevisionText = Pick<Revision, 'title' | 'summary' | 'body'>;

export interface RevisionDiff {
	title: DiffLine[];
	summary: DiffLine[];
	body: DiffLine[];
}

/** What changed from revision `before` to revision `after`, line by line, per field. */
export function revisionDiff(before: RevisionText, after: RevisionText): RevisionDiff {
	return {
		title: lineDiff(before.title, after.title),
		summary: lineDiff(before.summary, after.summary),
		body: lineDiff(before.body, after.body)
	};
}

export interface RestoreRevisionInput {
	siteId: string;
	revisionId: string;
	/** The translation's version the editor loaded, as for a save. */
	expectedVersion: number;
	userId: string;
	now?: Date;
}

/**
 * Brings back the title, summary and body of an older revision as a new save (and a new revision
 * that names the one it restored). The slug, status and publication time stay as they are now:
 * restoring a text must not move its URL nor publish or hide it.
 */
export async function restoreRevision(db: Db, input: RestoreRevisionInput): Promise<SaveResult> {
	if (!revisionIdPattern.test(input.revisionId)) return { kind: 'not-found' };
	return inTransaction(db, async (tx) => {
		const row = await tx
			.selectFrom('entry_revisions as r')
			.innerJoin('entry_translations as t', 't.id', 'r.translation_id')
			.select([
				'r.id',
				'r.title',
				'r.summary',
				'r.body',
				't.entry_id',
				't.locale',
				't.slug',
				't.status',
				't.published_at'
			])
			.where('t.site_id', '=', input.siteId)
			.where('r.id', '=', input.revisionId)
			// Lock first, so the status and time read here are those of the version checked below.
			.forUpdate('t')
			.executeTakeFirst();
		if (!row) return { kind: 'not-found' } as const;
		const entry = await entryRef(tx, input.siteId, row.entry_id);
		if (!entry) return { kind: 'not-found' } as const;
		return writeTranslation(
			tx,
			entry,
			{
				locale: row.locale,
				expectedVersion: input.expectedVersion,
				title: row.title,
				slug: row.slug,
				summary: row.summary,
				body: row.body,
				status: row.status,
				publishAt: row.published_at,
				userId: input.userId,
				now: input.now
			},
			{ restoredFrom: row.id }
		);
	});
}
