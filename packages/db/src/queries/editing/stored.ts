// What the saving queries share: the stored columns of a translation, the entry a save belongs to,
// and the transaction that turns a refusal inside it into a result.
import type { Kysely } from 'kysely';
import { SlugTaken, toDbError } from '../../errors.ts';
import type { Database, EntryType, Locale } from '../../schema.ts';
import { isUuid } from '../../uuid.ts';
import type { SaveResult, StoredTranslation, TranslationFields } from './results.ts';

type Db = Kysely<Database>;

/** A translation's columns as the editor shows them, with the name of who saved it last. */
export const storedColumns = [
	't.id',
	't.locale',
	't.version',
	't.slug',
	't.title',
	't.summary',
	't.body',
	't.seo_title',
	't.seo_description',
	't.status',
	't.published_at',
	't.updated_at',
	't.updated_by',
	'u.display_name as updated_by_name',
	't.source_updated_at'
] as const;

/** The entry a save belongs to, with its site's locales. */
export interface EntryRef {
	id: string;
	site_id: string;
	type: EntryType;
	source_locale: Locale;
	locales: Locale[];
}

/** Thrown inside a transaction to roll it back and hand `result` to the caller. */
export class Rollback extends Error {
	result: SaveResult;
	constructor(result: SaveResult) {
		super(result.kind);
		this.result = result;
	}
}

/**
 * Runs `work` in a transaction. A `Rollback` hands back its result; a slug clash with a concurrent
 * save (between our check and our write) becomes a `slug-taken` result rather than an exception.
 */
export async function inTransaction<R>(db: Db, work: (tx: Db) => Promise<R>): Promise<R | SaveResult> {
	try {
		return await db.transaction().execute(work);
	} catch (error) {
		if (error instanceof Rollback) return error.result;
		const typed = toDbError(error);
		if (typed instanceof SlugTaken) return { kind: 'slug-taken', slug: typed.slug };
		throw typed;
	}
}

/** The entry `entryId` of `siteId` with its site's locales, or undefined. */
export async function entryRef(db: Db, siteId: string, entryId: string): Promise<EntryRef | undefined> {
	if (!isUuid(entryId)) return undefined;
	return db
		.selectFrom('entries as e')
		.innerJoin('sites as s', 's.id', 'e.site_id')
		.select(['e.id', 'e.site_id', 'e.type', 'e.source_locale', 's.locales'])
		.where('e.site_id', '=', siteId)
		.where('e.id', '=', entryId)
		.executeTakeFirst();
}

/** What the editor submitted, as a conflict hands it back. */
export function submittedFields(input: TranslationFields): TranslationFields {
	const { title, slug, summary, body, seoTitle, seoDescription, status, publishAt } = input;
	return { title, slug, summary, body, seoTitle, seoDescription, status, publishAt };
}

/** The stored translation of `entryId` in `locale`, as a conflict shows it. */
export async function storedTranslation(
	db: Db,
	entryId: string,
	locale: Locale
): Promise<StoredTranslation | undefined> {
	const row = await db
		.selectFrom('entry_translations as t')
		.leftJoin('users as u', 'u.id', 't.updated_by')
		.select(storedColumns)
		.where('t.entry_id', '=', entryId)
		.where('t.locale', '=', locale)
		.executeTakeFirst();
	if (!row) return undefined;
	const { source_updated_at: _sourceUpdatedAt, ...stored } = row;
	return stored;
}
