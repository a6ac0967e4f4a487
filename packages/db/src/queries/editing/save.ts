// Saving one translation: the one write path of the editor's save, of a new entry's first text
// and of restoring a revision. `writeTranslation` runs its steps in order inside the caller's
// transaction, each named below: the version check, the publication time, the slug, the source
// stamp, the write, the old slug's redirect, the revision.
import type { Kysely } from 'kysely';
import type { Database, Locale } from '../../schema.ts';
import { fieldProblem } from './field-checks.ts';
import { publicationTime, wentLiveAt } from './publish-time.ts';
import type { ConflictResult, NotFoundResult, SaveResult, TranslationFields } from './results.ts';
import { redirectOldSlug, slugForSave } from './slugs.ts';
import { isOutdated, nextSourceStamp, textChanged, type SourceStamp } from './source-stamp.ts';
import {
	entryRef,
	inTransaction,
	storedColumns,
	storedTranslation,
	submittedFields,
	type EntryRef
} from './stored.ts';

type Db = Kysely<Database>;

export interface SaveTranslationInput extends TranslationFields {
	siteId: string;
	entryId: string;
	locale: Locale;
	/** The `version` the editor loaded; 0 to add a translation in a locale that has none yet. */
	expectedVersion: number;
	userId: string;
	/** Mark this translation as up to date with the source even if its text did not change. */
	markUpToDate?: boolean;
	/** The clock, for tests. */
	now?: Date;
}

/**
 * Saves one translation of an entry of `siteId` (adding it when `expectedVersion` is 0): checks
 * the fields, refuses a save based on an outdated version, sets the slug (keeping the old URL of a
 * published text as a redirect), applies the status, and writes a revision. Nothing is written
 * unless the result is `saved`.
 */
export async function saveTranslation(db: Db, input: SaveTranslationInput): Promise<SaveResult> {
	return inTransaction(db, async (tx) => {
		const entry = await entryRef(tx, input.siteId, input.entryId);
		if (!entry) return { kind: 'not-found' } as const;
		return writeTranslation(tx, entry, input, { restoredFrom: null });
	});
}

export interface WriteInput extends TranslationFields {
	locale: Locale;
	expectedVersion: number;
	userId: string;
	markUpToDate?: boolean;
	now?: Date;
}

type Stored = NonNullable<Awaited<ReturnType<typeof lockStored>>>;

/** The save itself, inside the caller's transaction. */
export async function writeTranslation(
	tx: Db,
	entry: EntryRef,
	input: WriteInput,
	{ restoredFrom }: { restoredFrom: string | null }
): Promise<SaveResult> {
	const now = input.now ?? new Date();
	const { locale } = input;
	if (!entry.locales.includes(locale))
		return { kind: 'invalid', field: 'locale', reason: 'not-a-site-locale' };
	const problem = fieldProblem(input);
	if (problem) return problem;

	const existing = await lockStored(tx, entry.id, locale);
	const refused = versionRefusal(existing, input);
	if (refused) return refused;

	const time = publicationTime(input.status, input.publishAt, existing, now);
	if ('kind' in time) return time;

	const slug = await slugForSave(tx, entry, locale, input, existing);
	if (typeof slug !== 'string') return slug;

	const source = await sourceStampOf(tx, entry, locale);
	const sourceUpdatedAt = nextSourceStamp({
		isSource: locale === entry.source_locale,
		stored: existing?.source_updated_at ?? null,
		source: source?.source_updated_at ?? null,
		textChanged: textChanged(existing, input),
		markUpToDate: input.markUpToDate,
		now
	});

	const saved = await writeRow(tx, entry, existing, input, {
		slug,
		published_at: time.publishedAt,
		source_updated_at: sourceUpdatedAt,
		updated_at: now
	});
	if (!saved) {
		// Someone added this locale since the editor loaded the entry.
		const stored = await storedTranslation(tx, entry.id, locale);
		if (!stored) throw new Error('translation vanished during a conflicting insert');
		return { kind: 'conflict', stored, submitted: submittedFields(input) };
	}

	if (existing) {
		await redirectOldSlug(tx, entry, locale, {
			translationId: saved.id,
			oldSlug: existing.slug,
			newSlug: slug,
			wentLive: wentLiveAt(existing, now) !== null,
			now
		});
	}

	const revisionId = await addRevision(tx, saved, { userId: input.userId, restoredFrom, now });
	const author = await tx
		.selectFrom('users')
		.select('display_name')
		.where('id', '=', input.userId)
		.executeTakeFirst();
	return {
		kind: 'saved',
		translation: {
			...saved,
			updated_by_name: author?.display_name ?? null,
			outdated: isOutdated(saved, source)
		},
		revisionId
	};
}

/** The translation as stored, locked: a concurrent save of it waits here, then sees our version. */
function lockStored(tx: Db, entryId: string, locale: Locale) {
	return tx
		.selectFrom('entry_translations as t')
		.leftJoin('users as u', 'u.id', 't.updated_by')
		.select(storedColumns)
		.where('t.entry_id', '=', entryId)
		.where('t.locale', '=', locale)
		.forUpdate('t')
		.executeTakeFirst();
}

/**
 * Optimistic locking: a save based on another version than the stored one is a conflict (both
 * sides, nothing written); a save of a translation that does not exist must say version 0.
 */
function versionRefusal(
	existing: Stored | undefined,
	input: WriteInput
): ConflictResult | NotFoundResult | undefined {
	if (existing && existing.version !== input.expectedVersion) {
		const { source_updated_at: _sourceUpdatedAt, ...stored } = existing;
		return { kind: 'conflict', stored, submitted: submittedFields(input) };
	}
	if (!existing && input.expectedVersion !== 0) return { kind: 'not-found' };
	return undefined;
}

/** The source-locale translation's stamp, for a translation in another locale. */
async function sourceStampOf(tx: Db, entry: EntryRef, locale: Locale): Promise<SourceStamp | undefined> {
	if (locale === entry.source_locale) return undefined;
	return tx
		.selectFrom('entry_translations')
		.select(['locale', 'source_updated_at'])
		.where('entry_id', '=', entry.id)
		.where('locale', '=', entry.source_locale)
		.executeTakeFirst();
}

const returned = [
	'id',
	'locale',
	'version',
	'slug',
	'title',
	'summary',
	'body',
	'seo_title',
	'seo_description',
	'status',
	'published_at',
	'updated_at',
	'updated_by',
	'source_updated_at'
] as const;

/**
 * Updates the stored translation (one version up) or inserts the new one. Undefined when another
 * save added the same locale first: the caller answers a conflict.
 */
async function writeRow(
	tx: Db,
	entry: EntryRef,
	existing: Stored | undefined,
	input: WriteInput,
	computed: { slug: string; published_at: Date | null; source_updated_at: Date | null; updated_at: Date }
) {
	const values = {
		...computed,
		title: input.title.trim(),
		summary: input.summary,
		body: input.body,
		// Omitted: unchanged; empty: none.
		seo_title: input.seoTitle === undefined ? (existing?.seo_title ?? null) : input.seoTitle || null,
		seo_description:
			input.seoDescription === undefined ? (existing?.seo_description ?? null) : input.seoDescription || null,
		status: input.status,
		updated_by: input.userId
	};
	if (existing) {
		return tx
			.updateTable('entry_translations')
			.set({ ...values, version: existing.version + 1 })
			.where('id', '=', existing.id)
			.returning(returned)
			.executeTakeFirstOrThrow();
	}
	return tx
		.insertInto('entry_translations')
		.values({
			...values,
			entry_id: entry.id,
			site_id: entry.site_id,
			entry_type: entry.type,
			locale: input.locale
		})
		.onConflict((oc) => oc.columns(['entry_id', 'locale']).doNothing())
		.returning(returned)
		.executeTakeFirst();
}

/** The revision of this save: the text, slug and status it wrote, and which revision it restored. */
async function addRevision(
	tx: Db,
	saved: { id: string; slug: string; title: string; summary: string; body: string; version: number } & Pick<
		Stored,
		'status' | 'published_at'
	>,
	{ userId, restoredFrom, now }: { userId: string; restoredFrom: string | null; now: Date }
): Promise<string> {
	const revision = await tx
		.insertInto('entry_revisions')
		.values({
			translation_id: saved.id,
			slug: saved.slug,
			title: saved.title,
			summary: saved.summary,
			body: saved.body,
			status: saved.status,
			published_at: saved.published_at,
			version: saved.version,
			restored_from: restoredFrom,
			created_by: userId,
			created_at: now
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return revision.id;
}
