// What changed in the source since a translation was made: the source's text it was translated
// from and the source's text now. A translation's `source_updated_at` is the source's stamp it was
// saved against (source-stamp.ts), and every save of the source writes a revision whose
// `created_at` is the very `now` its stamp took (save.ts): so the source's revision made at (or,
// after status-only saves, last before) that stamp holds the text the translator had in front of
// them. Content without that history (the seed) has no stamp: then what it came from is unknown.
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import { isUuid } from '../../uuid.ts';
import { isOutdated } from './source-stamp.ts';

type Db = Kysely<Database>;

/** A version of the source's text. */
export interface SourceVersion {
	title: string;
	summary: string;
	body: string;
	/** The source translation's version; null for revisions older than versions. */
	version: number | null;
}

export interface SourceChanges {
	/** When the source's text last changed. */
	since: Date;
	/** Who saved that change, when known. */
	by: string | null;
	/** The source's text the translation was made from; null when it is not known. */
	from: SourceVersion | null;
	/** The source's text now. */
	to: SourceVersion;
}

/**
 * For a translation of `siteId` that is outdated, what its source was when it was translated and
 * what it is now; undefined when it is up to date, is the source itself, or is not the site's.
 */
export async function sourceChanges(
	db: Db,
	siteId: string,
	translationId: string
): Promise<SourceChanges | undefined> {
	if (!isUuid(translationId)) return undefined;
	const row = await db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.innerJoin('entry_translations as s', (join) =>
			join.onRef('s.entry_id', '=', 't.entry_id').onRef('s.locale', '=', 'e.source_locale')
		)
		.select([
			't.locale',
			't.source_updated_at',
			's.id as source_id',
			's.locale as source_locale',
			's.source_updated_at as source_stamp',
			's.title',
			's.summary',
			's.body',
			's.version'
		])
		.where('t.site_id', '=', siteId)
		.where('t.id', '=', translationId)
		.executeTakeFirst();
	if (!row || row.source_stamp === null) return undefined;
	const source = { locale: row.source_locale, source_updated_at: row.source_stamp };
	if (!isOutdated(row, source)) return undefined;

	// The source's revision at its stamp or the latest before `at`: newest first, by insertion
	// order among equal times.
	const revisionAt = (at: Date) =>
		db
			.selectFrom('entry_revisions as r')
			.leftJoin('users as u', 'u.id', 'r.created_by')
			.select(['r.title', 'r.summary', 'r.body', 'r.version', 'u.display_name'])
			.where('r.translation_id', '=', row.source_id)
			.where('r.created_at', '<=', at)
			.orderBy('r.created_at', 'desc')
			.orderBy('r.id', 'desc')
			.limit(1)
			.executeTakeFirst();
	const [change, origin] = await Promise.all([
		revisionAt(row.source_stamp),
		row.source_updated_at ? revisionAt(row.source_updated_at) : undefined
	]);
	return {
		since: row.source_stamp,
		by: change?.display_name ?? null,
		from: origin
			? { title: origin.title, summary: origin.summary, body: origin.body, version: origin.version }
			: null,
		to: { title: row.title, summary: row.summary, body: row.body, version: row.version }
	};
}
