// Editing the public sites' content from the intranet: the editor's list, one entry with its
// translations side by side, saves with optimistic locking, slugs and their redirects, the
// publishing workflow, revisions and previews.
//
// Every function takes the site being edited and finds nothing outside it: an entry, translation
// or revision of another site is "not found", even by a guessed id. Whether the user may edit that
// site at all is the caller's check (`can(actor, 'update', { type: 'site-entry', siteId })`).
//
// "Outdated" translations: `entry_translations.source_updated_at` is, in the entry's source
// locale, when its title, summary or body last changed (a status-only save does not move it); in
// any other locale, the source's value this text was translated from, copied when its own text is
// saved. A translation is outdated when the source's value is later than its own — see
// `isOutdated`. (Not the source's `updated_at`: that also moves when the source is only published
// or archived, which gives a translator nothing to do.) Content without that history (the seed)
// has null everywhere and is not outdated until its source text is edited.
import { sql, type Kysely } from 'kysely';
import { SlugTaken, toDbError } from '../errors.ts';
import { lineDiff, type DiffLine } from '../line-diff.ts';
import type { Database, EntryType, Locale, TranslationStatus } from '../schema.ts';
import { isSlug, numberedSlug, slugify } from '../slugify.ts';
import { isUuid } from '../uuid.ts';
import { translationColumns, type PublishedTranslation } from './content.ts';
import type { Paging } from './inbox.ts';
import { containsPattern } from './like.ts';
import { deleteMediaRow } from './media-library.ts';

type Db = Kysely<Database>;

// Ids come from URLs and forms: a malformed one is "not found", not an SQL error.
const revisionIdPattern = /^[1-9][0-9]{0,17}$/;

// ——— Results ———

export type InvalidField =
	| 'title'
	| 'slug'
	| 'summary'
	| 'body'
	| 'publishAt'
	| 'locale'
	| 'section'
	| 'event'
	| 'vacancy'
	| 'image'
	| 'video'
	| 'startsAt'
	| 'endsAt'
	| 'place'
	| 'onlineUrl'
	| 'closesOn'
	| 'contract'
	| 'file';
export type InvalidReason =
	| 'required'
	| 'too-long'
	| 'format'
	| 'not-in-future'
	| 'not-a-site-locale'
	| 'ends-before-start'
	| 'not-a-site-image'
	| 'in-use';

/** Something the user can correct; `field` names the form field. */
export interface InvalidResult {
	kind: 'invalid';
	field: InvalidField;
	reason: InvalidReason;
}

/** The slug (given by the user, or every numbered variant of a generated one) is in use on the site. */
export interface SlugTakenResult {
	kind: 'slug-taken';
	slug: string;
}

/** No such entry, translation or revision on this site (or the translation to update does not exist). */
export interface NotFoundResult {
	kind: 'not-found';
}

/** A translation as it is stored, with who saved it last: what a conflict shows. */
export interface StoredTranslation {
	id: string;
	locale: Locale;
	version: number;
	slug: string;
	title: string;
	summary: string;
	body: string;
	seo_title: string | null;
	seo_description: string | null;
	status: TranslationStatus;
	published_at: Date | null;
	updated_at: Date;
	updated_by: string | null;
	/** The display name of `updated_by`, null when unknown or deleted. */
	updated_by_name: string | null;
}

/** Someone saved the translation since the editor loaded it: both sides, nothing written. */
export interface ConflictResult {
	kind: 'conflict';
	stored: StoredTranslation;
	submitted: TranslationFields;
}

export interface EditableTranslation extends StoredTranslation {
	source_updated_at: Date | null;
	outdated: boolean;
}

export interface SavedResult {
	kind: 'saved';
	translation: EditableTranslation;
	revisionId: string;
}

export type SaveResult = SavedResult | ConflictResult | SlugTakenResult | InvalidResult | NotFoundResult;

// ——— Outdated translations ———

interface SourceStamp {
	locale: Locale;
	source_updated_at: Date | null;
}

/**
 * Whether `translation` lags behind its entry's source-locale translation: the source's text
 * changed after the source version this translation was last saved against (or the translation
 * was never saved against one while the source has been edited). The source itself never is.
 */
export function isOutdated(translation: SourceStamp, source: SourceStamp | undefined): boolean {
	if (!source || translation.locale === source.locale || source.source_updated_at === null) return false;
	return (
		translation.source_updated_at === null ||
		translation.source_updated_at.getTime() < source.source_updated_at.getTime()
	);
}

// ——— The editor's list ———

export interface SiteEntriesOptions {
	type?: EntryType;
	/** Entries with at least one translation in this status. */
	status?: TranslationStatus;
	/** Part of a title or slug, in any locale (case-insensitive). */
	query?: string;
	/** At most this many entries, the most recently saved first (default 200). */
	limit?: number;
}

/** What the list of entries is filtered by. */
export type SiteEntriesFilter = Omit<SiteEntriesOptions, 'limit'>;

export type LocaleState =
	| { locale: Locale; exists: false }
	| {
			locale: Locale;
			exists: true;
			id: string;
			slug: string;
			title: string;
			status: TranslationStatus;
			published_at: Date | null;
			updated_at: Date;
			version: number;
			outdated: boolean;
	  };

export interface EditorEntry {
	id: string;
	type: EntryType;
	key: string | null;
	section: string | null;
	source_locale: Locale;
	/** The title in the source locale (or in the first locale that has one). */
	title: string;
	/** The latest save of any of its translations. */
	last_saved_at: Date;
	/** One item per locale of the site, in the site's order. */
	locales: LocaleState[];
}

/** A site's entries that match the filters (nothing selected yet). */
function siteEntriesQuery(db: Db, siteId: string, filter: SiteEntriesFilter) {
	let query = db.selectFrom('entries as e').where('e.site_id', '=', siteId);
	if (filter.type) query = query.where('e.type', '=', filter.type);
	const { status } = filter;
	if (status) {
		query = query.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('entry_translations as t')
					.select('t.id')
					.whereRef('t.entry_id', '=', 'e.id')
					.where('t.status', '=', status)
			)
		);
	}
	const text = filter.query?.trim();
	if (text) {
		const pattern = containsPattern(text);
		query = query.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('entry_translations as t')
					.select('t.id')
					.whereRef('t.entry_id', '=', 'e.id')
					.where((eb) => eb.or([eb('t.title', 'ilike', pattern), eb('t.slug', 'ilike', pattern)]))
			)
		);
	}
	return query;
}

// The most recently saved first, then by id: entries saved at the same moment keep their order,
// so that none moves from one page to the next.
const siteEntryRows = (db: Db, siteId: string, filter: SiteEntriesFilter) =>
	siteEntriesQuery(db, siteId, filter)
		.select([
			'e.id',
			'e.type',
			'e.key',
			'e.section',
			'e.source_locale',
			sql<Date>`coalesce((select max(t.updated_at) from entry_translations t where t.entry_id = e.id), e.updated_at)`.as(
				'last_saved_at'
			)
		])
		.orderBy('last_saved_at', 'desc')
		.orderBy('e.id');

/** The entries with the state of their translation in each of the site's `locales`. */
async function withLocaleStates(
	db: Db,
	locales: readonly Locale[],
	entries: Array<Omit<EditorEntry, 'title' | 'locales'>>
): Promise<EditorEntry[]> {
	if (entries.length === 0) return [];
	const translations = await db
		.selectFrom('entry_translations')
		.select([
			'id',
			'entry_id',
			'locale',
			'slug',
			'title',
			'status',
			'published_at',
			'updated_at',
			'version',
			'source_updated_at'
		])
		.where(
			'entry_id',
			'in',
			entries.map((e) => e.id)
		)
		.execute();
	return entries.map((entry) => {
		const own = translations.filter((t) => t.entry_id === entry.id);
		const source = own.find((t) => t.locale === entry.source_locale);
		return {
			...entry,
			title: (source ?? own[0])?.title ?? '',
			locales: locales.map((locale): LocaleState => {
				const t = own.find((row) => row.locale === locale);
				if (!t) return { locale, exists: false };
				const { entry_id: _entryId, source_updated_at: _sourceUpdatedAt, ...state } = t;
				return { ...state, exists: true, outdated: isOutdated(t, source) };
			})
		};
	});
}

/** A site's entries for its editors: each with the state of its translation in every site locale. */
export async function siteEntries(
	db: Db,
	siteId: string,
	options: SiteEntriesOptions = {}
): Promise<EditorEntry[]> {
	const site = await db.selectFrom('sites').select('locales').where('id', '=', siteId).executeTakeFirst();
	if (!site) return [];
	const entries = await siteEntryRows(db, siteId, options)
		.limit(Math.min(Math.max(options.limit ?? 200, 1), 1000))
		.execute();
	return withLocaleStates(db, site.locales, entries);
}

/** A page of `siteEntries` (`limit` at most 200), with how many match the filters in all. */
export async function siteEntriesPage(
	db: Db,
	siteId: string,
	filter: SiteEntriesFilter,
	paging: Paging
): Promise<{ total: number; entries: EditorEntry[] }> {
	const site = await db.selectFrom('sites').select('locales').where('id', '=', siteId).executeTakeFirst();
	if (!site) return { total: 0, entries: [] };
	const [count, entries] = await Promise.all([
		siteEntriesQuery(db, siteId, filter)
			.select((eb) => eb.fn.countAll<string>().as('count'))
			.executeTakeFirstOrThrow(),
		siteEntryRows(db, siteId, filter)
			.limit(Math.max(0, Math.min(Math.floor(paging.limit), 200)))
			.offset(Math.max(0, Math.floor(paging.offset ?? 0)))
			.execute()
	]);
	return { total: Number(count.count), entries: await withLocaleStates(db, site.locales, entries) };
}

// ——— One entry, side by side ———

export interface EventDetails {
	starts_at: Date;
	ends_at: Date;
	time_zone: string;
	place: string | null;
	online_url: string | null;
}

export interface VacancyDetails {
	/** `YYYY-MM-DD`. */
	closes_on: string;
	contract: string;
	place: string;
}

export interface EntryForEditing {
	id: string;
	site_id: string;
	type: EntryType;
	key: string | null;
	section: string | null;
	source_locale: Locale;
	author_name: string | null;
	image_id: string | null;
	/** The film shown after the body (a YouTube or Vimeo address), or null for none. */
	video_url: string | null;
	version: number;
	created_at: Date;
	updated_at: Date;
	/** The site's locales, in its order: the columns of the side-by-side editor. */
	locales: Locale[];
	translations: Partial<Record<Locale, EditableTranslation>>;
	event: EventDetails | null;
	vacancy: VacancyDetails | null;
	publication_files: Array<{ locale: Locale; media_id: string }>;
}

const storedColumns = [
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

/** An entry of `siteId` with all its translations, for the editor; `undefined` if the site has no such entry. */
export async function entryForEditing(
	db: Db,
	siteId: string,
	entryId: string
): Promise<EntryForEditing | undefined> {
	if (!isUuid(entryId)) return undefined;
	const entry = await db
		.selectFrom('entries as e')
		.innerJoin('sites as s', 's.id', 'e.site_id')
		.select([
			'e.id',
			'e.site_id',
			'e.type',
			'e.key',
			'e.section',
			'e.source_locale',
			'e.author_name',
			'e.image_id',
			'e.video_url',
			'e.version',
			'e.created_at',
			'e.updated_at',
			's.locales'
		])
		.where('e.site_id', '=', siteId)
		.where('e.id', '=', entryId)
		.executeTakeFirst();
	if (!entry) return undefined;
	const [rows, event, vacancy, publicationFiles] = await Promise.all([
		db
			.selectFrom('entry_translations as t')
			.leftJoin('users as u', 'u.id', 't.updated_by')
			.select(storedColumns)
			.where('t.entry_id', '=', entry.id)
			.execute(),
		db
			.selectFrom('event_details')
			.select(['starts_at', 'ends_at', 'time_zone', 'place', 'online_url'])
			.where('entry_id', '=', entry.id)
			.executeTakeFirst(),
		db
			.selectFrom('vacancy_details')
			.select(['closes_on', 'contract', 'place'])
			.where('entry_id', '=', entry.id)
			.executeTakeFirst(),
		db
			.selectFrom('publication_files')
			.select(['locale', 'media_id'])
			.where('entry_id', '=', entry.id)
			.orderBy('locale')
			.execute()
	]);
	const source = rows.find((t) => t.locale === entry.source_locale);
	const translations: Partial<Record<Locale, EditableTranslation>> = {};
	for (const row of rows) translations[row.locale] = { ...row, outdated: isOutdated(row, source) };
	return {
		...entry,
		translations,
		event: event ?? null,
		vacancy: vacancy ?? null,
		publication_files: publicationFiles
	};
}

// ——— Saving ———

/** What an editor submits for one translation. */
export interface TranslationFields {
	title: string;
	/** Omitted: a new translation gets one made from its title, an existing one keeps its own. */
	slug?: string;
	summary: string;
	/** Markdown. */
	body: string;
	/** Omitted: unchanged. */
	seoTitle?: string | null;
	/** Omitted: unchanged. */
	seoDescription?: string | null;
	/**
	 * `draft` and `archived` are hidden; `published` goes live now (or stays live from when it first
	 * did); `scheduled` goes live at `publishAt`, which must then lie in the future.
	 */
	status: TranslationStatus;
	/** Required when scheduling. */
	publishAt?: Date | null;
}

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

interface EntryRef {
	id: string;
	site_id: string;
	type: EntryType;
	source_locale: Locale;
	locales: Locale[];
}

/** Thrown inside a transaction to roll it back and hand `result` to the caller. */
class Rollback extends Error {
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
async function inTransaction<R>(db: Db, work: (tx: Db) => Promise<R>): Promise<R | SaveResult> {
	try {
		return await db.transaction().execute(work);
	} catch (error) {
		if (error instanceof Rollback) return error.result;
		const typed = toDbError(error);
		if (typed instanceof SlugTaken) return { kind: 'slug-taken', slug: typed.slug };
		throw typed;
	}
}

async function entryRef(db: Db, siteId: string, entryId: string): Promise<EntryRef | undefined> {
	if (!isUuid(entryId)) return undefined;
	return db
		.selectFrom('entries as e')
		.innerJoin('sites as s', 's.id', 'e.site_id')
		.select(['e.id', 'e.site_id', 'e.type', 'e.source_locale', 's.locales'])
		.where('e.site_id', '=', siteId)
		.where('e.id', '=', entryId)
		.executeTakeFirst();
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

interface WriteInput extends TranslationFields {
	locale: Locale;
	expectedVersion: number;
	userId: string;
	markUpToDate?: boolean;
	now?: Date;
}

/**
 * The longest body a translation may have: a long report is some 60,000 characters. Beyond, the
 * text is no page any more, and comparing two revisions of it would cost the server too much.
 */
export const maxBodyLength = 100_000;

/** Field checks the database would otherwise refuse with an SQL error, and the body's length. */
function fieldProblem(fields: TranslationFields): InvalidResult | undefined {
	const invalid = (field: InvalidField, reason: InvalidReason): InvalidResult => ({
		kind: 'invalid',
		field,
		reason
	});
	const title = fields.title.trim();
	if (title === '') return invalid('title', 'required');
	if (title.length > 300) return invalid('title', 'too-long');
	if (fields.summary.length > 1000) return invalid('summary', 'too-long');
	if (fields.body.length > maxBodyLength) return invalid('body', 'too-long');
	if (fields.slug !== undefined && !isSlug(fields.slug)) return invalid('slug', 'format');
	return undefined;
}

/** The save itself, inside the caller's transaction. */
async function writeTranslation(
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

	// Locks the row: a concurrent save of the same translation waits here, then sees our version.
	const existing = await tx
		.selectFrom('entry_translations as t')
		.leftJoin('users as u', 'u.id', 't.updated_by')
		.select(storedColumns)
		.where('t.entry_id', '=', entry.id)
		.where('t.locale', '=', locale)
		.forUpdate('t')
		.executeTakeFirst();
	const submitted = submittedFields(input);
	if (existing && existing.version !== input.expectedVersion) {
		const { source_updated_at: _sourceUpdatedAt, ...stored } = existing;
		return { kind: 'conflict', stored, submitted };
	}
	if (!existing && input.expectedVersion !== 0) return { kind: 'not-found' };

	// Status and publication time.
	const publishAt = input.publishAt ?? null;
	const wentLive = existing?.published_at && existing.published_at <= now ? existing.published_at : null;
	let publishedAt: Date | null;
	switch (input.status) {
		case 'scheduled': {
			if (!publishAt) return { kind: 'invalid', field: 'publishAt', reason: 'required' };
			// Re-saving a scheduled text with its time unchanged is fine, even once that time has come.
			const unchanged =
				existing?.status === 'scheduled' && existing.published_at?.getTime() === publishAt.getTime();
			if (!unchanged && publishAt <= now)
				return { kind: 'invalid', field: 'publishAt', reason: 'not-in-future' };
			publishedAt = publishAt;
			break;
		}
		case 'published':
			// Published once: it keeps its original date (news is dated by it).
			publishedAt = wentLive ?? now;
			break;
		default:
			// Hidden; a cancelled schedule that never went live forgets its time.
			publishedAt = wentLive;
	}

	// Slug: the given one, or the current one, or a free one made from the title.
	let slug: string;
	if (input.slug !== undefined && input.slug !== existing?.slug) {
		const clash = await tx
			.selectFrom('entry_translations')
			.select('id')
			.where('site_id', '=', entry.site_id)
			.where('locale', '=', locale)
			.where('slug', '=', input.slug)
			.executeTakeFirst();
		// Another text's old address still leads to it: taking it would steal its links. This text's
		// own old address it may take back (A → B → A).
		const redirected = await tx
			.selectFrom('slug_redirects')
			.select('translation_id')
			.where('site_id', '=', entry.site_id)
			.where('locale', '=', locale)
			.where('old_slug', '=', input.slug)
			.executeTakeFirst();
		if (clash || (redirected && redirected.translation_id !== existing?.id))
			return { kind: 'slug-taken', slug: input.slug };
		slug = input.slug;
	} else if (existing) {
		slug = existing.slug;
	} else {
		const free = await freeSlug(tx, entry.site_id, locale, slugify(input.title, entry.type));
		if (!free.ok) return { kind: 'slug-taken', slug: free.slug };
		slug = free.slug;
	}

	// Outdated bookkeeping (see the top of this file).
	const title = input.title.trim();
	const textChanged =
		!existing ||
		existing.title !== title ||
		existing.summary !== input.summary ||
		existing.body !== input.body;
	const source =
		locale === entry.source_locale
			? undefined
			: await tx
					.selectFrom('entry_translations')
					.select(['locale', 'source_updated_at'])
					.where('entry_id', '=', entry.id)
					.where('locale', '=', entry.source_locale)
					.executeTakeFirst();
	let sourceUpdatedAt = existing?.source_updated_at ?? null;
	if (locale === entry.source_locale) {
		if (textChanged) sourceUpdatedAt = now;
	} else if (textChanged || input.markUpToDate) {
		sourceUpdatedAt = source?.source_updated_at ?? null;
	}

	const values = {
		slug,
		title,
		summary: input.summary,
		body: input.body,
		seo_title: input.seoTitle === undefined ? (existing?.seo_title ?? null) : input.seoTitle || null,
		seo_description:
			input.seoDescription === undefined ? (existing?.seo_description ?? null) : input.seoDescription || null,
		status: input.status,
		published_at: publishedAt,
		source_updated_at: sourceUpdatedAt,
		updated_by: input.userId,
		updated_at: now
	};
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
	const saved = existing
		? await tx
				.updateTable('entry_translations')
				.set({ ...values, version: existing.version + 1 })
				.where('id', '=', existing.id)
				.returning(returned)
				.executeTakeFirstOrThrow()
		: await tx
				.insertInto('entry_translations')
				.values({ ...values, entry_id: entry.id, site_id: entry.site_id, entry_type: entry.type, locale })
				// Someone added this locale since the editor loaded the entry: a conflict, below.
				.onConflict((oc) => oc.columns(['entry_id', 'locale']).doNothing())
				.returning(returned)
				.executeTakeFirst();
	if (!saved) {
		const stored = await storedTranslation(tx, entry.id, locale);
		if (!stored) throw new Error('translation vanished during a conflicting insert');
		return { kind: 'conflict', stored, submitted };
	}

	if (existing && existing.slug !== slug) {
		// A slug it had before and takes back (A → B → A) must not redirect to itself.
		await tx
			.deleteFrom('slug_redirects')
			.where('site_id', '=', entry.site_id)
			.where('locale', '=', locale)
			.where('old_slug', '=', slug)
			.where('translation_id', '=', saved.id)
			.execute();
		// Only a URL that has been public can be linked to or indexed; a draft's old slug just goes.
		// Redirects name the translation, not a slug, so A → B → C needs no chain: A and B both lead to C.
		if (wentLive) {
			await tx
				.insertInto('slug_redirects')
				.values({
					site_id: entry.site_id,
					locale,
					old_slug: existing.slug,
					translation_id: saved.id,
					created_at: now
				})
				.onConflict((oc) =>
					oc.columns(['site_id', 'locale', 'old_slug']).doUpdateSet({ translation_id: saved.id })
				)
				.execute();
		}
	}

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
			created_by: input.userId,
			created_at: now
		})
		.returning('id')
		.executeTakeFirstOrThrow();

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
		revisionId: revision.id
	};
}

function submittedFields(input: TranslationFields): TranslationFields {
	const { title, slug, summary, body, seoTitle, seoDescription, status, publishAt } = input;
	return { title, slug, summary, body, seoTitle, seoDescription, status, publishAt };
}

async function storedTranslation(
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

/**
 * `base`, or `base-2`, `base-3`… whichever is first free in the site and locale. Slugs other
 * translations used to have count as taken too: a new text must not take over an old URL.
 */
async function freeSlug(
	db: Db,
	siteId: string,
	locale: Locale,
	base: string
): Promise<{ ok: boolean; slug: string }> {
	const candidates = [base, ...Array.from({ length: 49 }, (_, i) => numberedSlug(base, i + 2))];
	const taken = await db
		.selectFrom('entry_translations')
		.select('slug')
		.where('site_id', '=', siteId)
		.where('locale', '=', locale)
		.where('slug', 'in', candidates)
		.union(
			db
				.selectFrom('slug_redirects')
				.select('old_slug as slug')
				.where('site_id', '=', siteId)
				.where('locale', '=', locale)
				.where('old_slug', 'in', candidates)
		)
		.execute();
	const takenSlugs = new Set(taken.map((row) => row.slug));
	const free = candidates.find((slug) => !takenSlugs.has(slug));
	return free ? { ok: true, slug: free } : { ok: false, slug: base };
}

// ——— New entries ———

export interface NewEventDetails {
	startsAt: Date;
	endsAt: Date;
	/** IANA time zone; default Europe/Brussels. */
	timeZone?: string;
	place?: string | null;
	/** An https:// address. */
	onlineUrl?: string | null;
}

export interface NewVacancyDetails {
	/** `YYYY-MM-DD`. */
	closesOn: string;
	contract: string;
	place: string;
}

export interface CreateEntryInput {
	siteId: string;
	type: EntryType;
	sourceLocale: Locale;
	title: string;
	/** Omitted: made from the title. */
	slug?: string;
	summary?: string;
	body?: string;
	/** Required for pages and campaigns (ignored for other types): their site section, a key of i18n's sectionSegments. */
	section?: string | null;
	key?: string | null;
	authorName?: string | null;
	event?: NewEventDetails;
	vacancy?: NewVacancyDetails;
	userId: string;
	now?: Date;
}

export type CreateEntryResult =
	| { kind: 'created'; entryId: string; translation: EditableTranslation; revisionId: string }
	| SlugTakenResult
	| InvalidResult
	| NotFoundResult;

/** A new entry of `siteId` with its source-locale translation, as a draft. */
export async function createEntry(db: Db, input: CreateEntryInput): Promise<CreateEntryResult> {
	const invalid = (field: InvalidField, reason: InvalidReason): InvalidResult => ({
		kind: 'invalid',
		field,
		reason
	});
	// Pages and campaigns live under a site section; other types have none.
	const section = input.type === 'page' || input.type === 'campaign' ? (input.section ?? null) : null;
	if ((input.type === 'page' || input.type === 'campaign') && !section) return invalid('section', 'required');
	if (section && !/^[a-z][a-zA-Z]{1,40}$/.test(section)) return invalid('section', 'format');
	const { event, vacancy } = input;
	if (event) {
		if (event.endsAt < event.startsAt) return invalid('event', 'ends-before-start');
		if (!event.place && !event.onlineUrl) return invalid('event', 'required');
		if (event.onlineUrl && !event.onlineUrl.startsWith('https://')) return invalid('event', 'format');
	}
	if (vacancy && !/^\d{4}-\d{2}-\d{2}$/.test(vacancy.closesOn)) return invalid('vacancy', 'format');

	const result = await inTransaction(db, async (tx) => {
		const site = await tx
			.selectFrom('sites')
			.select('locales')
			.where('id', '=', input.siteId)
			.executeTakeFirst();
		if (!site) return { kind: 'not-found' } as const;
		const now = input.now ?? new Date();
		const { id } = await tx
			.insertInto('entries')
			.values({
				site_id: input.siteId,
				type: input.type,
				source_locale: input.sourceLocale,
				key: input.key ?? null,
				section,
				author_name: input.authorName ?? null,
				created_by: input.userId,
				created_at: now,
				updated_at: now
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		if (event) {
			await tx
				.insertInto('event_details')
				.values({
					entry_id: id,
					starts_at: event.startsAt,
					ends_at: event.endsAt,
					time_zone: event.timeZone ?? 'Europe/Brussels',
					place: event.place ?? null,
					online_url: event.onlineUrl ?? null
				})
				.execute();
		}
		if (vacancy) {
			await tx
				.insertInto('vacancy_details')
				.values({
					entry_id: id,
					closes_on: vacancy.closesOn,
					contract: vacancy.contract,
					place: vacancy.place
				})
				.execute();
		}
		const entry: EntryRef = {
			id,
			site_id: input.siteId,
			type: input.type,
			source_locale: input.sourceLocale,
			locales: site.locales
		};
		const saved = await writeTranslation(
			tx,
			entry,
			{
				locale: input.sourceLocale,
				expectedVersion: 0,
				title: input.title,
				slug: input.slug,
				summary: input.summary ?? '',
				body: input.body ?? '',
				status: 'draft',
				userId: input.userId,
				now
			},
			{ restoredFrom: null }
		);
		// Anything but a saved translation undoes the entry too.
		if (saved.kind !== 'saved') throw new Rollback(saved);
		return {
			kind: 'created',
			entryId: id,
			translation: saved.translation,
			revisionId: saved.revisionId
		} as const;
	});
	// A new entry cannot meet a version conflict; any other result passes through.
	if (result.kind === 'conflict' || result.kind === 'saved') throw new Error(`unexpected ${result.kind}`);
	return result;
}

// ——— Entry-level details ———

export interface SaveEntryDetailsInput {
	siteId: string;
	entryId: string;
	/** The entry's `version` the editor loaded. */
	expectedVersion: number;
	/** The main picture: an image of the site's library, or null for none. */
	imageId: string | null;
	/**
	 * The film shown after the body, or null for none. The caller checks it is a YouTube or Vimeo
	 * address (site-kit's `videoOf`, which this package cannot import); stored as given.
	 */
	videoUrl: string | null;
	/** Written only for an event (ignored for any other type; omitted: unchanged). */
	event?: NewEventDetails;
	/** Written only for a vacancy (ignored for any other type; omitted: unchanged). */
	vacancy?: NewVacancyDetails;
	userId: string;
	/** The clock, for tests. */
	now?: Date;
}

/** Someone saved the entry's details since the editor loaded them: nothing written. */
export interface DetailsConflictResult {
	kind: 'conflict';
	/** The version that won, which the form counts on from now on. */
	version: number;
	updated_at: Date;
}

export type SaveEntryDetailsResult =
	{ kind: 'saved'; version: number } | DetailsConflictResult | InvalidResult | NotFoundResult;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Field checks for an event's when and where; the database refuses the same with an SQL error. */
export function eventProblem(event: NewEventDetails): InvalidResult | undefined {
	const invalid = (field: InvalidField, reason: InvalidReason): InvalidResult => ({
		kind: 'invalid',
		field,
		reason
	});
	if (Number.isNaN(event.startsAt.getTime())) return invalid('startsAt', 'format');
	if (Number.isNaN(event.endsAt.getTime())) return invalid('endsAt', 'format');
	if (event.endsAt < event.startsAt) return invalid('endsAt', 'ends-before-start');
	const place = event.place?.trim() ?? '';
	const onlineUrl = event.onlineUrl?.trim() ?? '';
	if (place.length > 300) return invalid('place', 'too-long');
	if (onlineUrl !== '') {
		// Only web addresses: a `javascript:` or `data:` link must never reach a public page. The
		// schema takes https only (`event_details.online_url`), so plain http is refused as well.
		let url: URL | undefined;
		try {
			url = new URL(onlineUrl);
		} catch {
			url = undefined;
		}
		if (!url || url.protocol !== 'https:' || onlineUrl.length > 2000) return invalid('onlineUrl', 'format');
	}
	if (place === '' && onlineUrl === '') return invalid('place', 'required');
	return undefined;
}

function vacancyProblem(vacancy: NewVacancyDetails): InvalidResult | undefined {
	const invalid = (field: InvalidField, reason: InvalidReason): InvalidResult => ({
		kind: 'invalid',
		field,
		reason
	});
	if (!datePattern.test(vacancy.closesOn) || Number.isNaN(Date.parse(`${vacancy.closesOn}T00:00:00Z`)))
		return invalid('closesOn', 'format');
	if (vacancy.contract.trim() === '') return invalid('contract', 'required');
	if (vacancy.contract.length > 300) return invalid('contract', 'too-long');
	if (vacancy.place.trim() === '') return invalid('place', 'required');
	if (vacancy.place.length > 300) return invalid('place', 'too-long');
	return undefined;
}

/** The longest video address `entries.video_url` takes (its check). */
export const maxVideoUrlLength = 500;

/**
 * Saves what belongs to the entry rather than to one translation: its main picture, its film and,
 * for an event or a vacancy, its details. Refuses a save based on an outdated `entries.version`, an
 * image outside the site's library, a film's address longer than the column takes, and details the
 * public pages could not show. Nothing is written unless the result is `saved`.
 */
export async function saveEntryDetails(
	db: Db,
	input: SaveEntryDetailsInput
): Promise<SaveEntryDetailsResult> {
	if (!isUuid(input.entryId)) return { kind: 'not-found' };
	const invalid = (field: InvalidField, reason: InvalidReason): InvalidResult => ({
		kind: 'invalid',
		field,
		reason
	});
	if (input.imageId !== null && !isUuid(input.imageId)) return invalid('image', 'not-a-site-image');
	if (input.videoUrl !== null && input.videoUrl.length > maxVideoUrlLength)
		return invalid('video', 'too-long');
	try {
		return await db.transaction().execute(async (tx): Promise<SaveEntryDetailsResult> => {
			const entry = await tx
				.selectFrom('entries')
				.select(['id', 'type', 'version', 'updated_at'])
				.where('site_id', '=', input.siteId)
				.where('id', '=', input.entryId)
				.forUpdate()
				.executeTakeFirst();
			if (!entry) return { kind: 'not-found' };
			if (entry.version !== input.expectedVersion)
				return { kind: 'conflict', version: entry.version, updated_at: entry.updated_at };
			const event = entry.type === 'event' ? input.event : undefined;
			const vacancy = entry.type === 'vacancy' ? input.vacancy : undefined;
			const problem = (event && eventProblem(event)) ?? (vacancy && vacancyProblem(vacancy));
			if (problem) return problem;
			if (input.imageId !== null) {
				// Only a picture of this site's library (and an image, not another kind of file).
				const image = await tx
					.selectFrom('media')
					.select('id')
					.where('id', '=', input.imageId)
					.where('site_id', '=', input.siteId)
					.where('width', 'is not', null)
					.executeTakeFirst();
				if (!image) return invalid('image', 'not-a-site-image');
			}
			const now = input.now ?? new Date();
			const updated = await tx
				.updateTable('entries')
				.set({
					image_id: input.imageId,
					video_url: input.videoUrl,
					version: entry.version + 1,
					updated_at: now
				})
				.where('id', '=', entry.id)
				.where('version', '=', entry.version)
				.returning('version')
				.executeTakeFirstOrThrow();
			if (event) {
				const values = {
					starts_at: event.startsAt,
					ends_at: event.endsAt,
					time_zone: event.timeZone ?? 'Europe/Brussels',
					place: event.place?.trim() || null,
					online_url: event.onlineUrl?.trim() || null
				};
				await tx
					.insertInto('event_details')
					.values({ entry_id: entry.id, ...values })
					.onConflict((oc) => oc.column('entry_id').doUpdateSet(values))
					.execute();
			}
			if (vacancy) {
				const values = {
					closes_on: vacancy.closesOn,
					contract: vacancy.contract.trim(),
					place: vacancy.place.trim()
				};
				await tx
					.insertInto('vacancy_details')
					.values({ entry_id: entry.id, ...values })
					.onConflict((oc) => oc.column('entry_id').doUpdateSet(values))
					.execute();
			}
			return { kind: 'saved', version: updated.version };
		});
	} catch (error) {
		throw toDbError(error);
	}
}

// ——— Publication files ———

export interface SetPublicationFileInput {
	siteId: string;
	entryId: string;
	locale: string;
	/** A file already written to the media store (checked by the caller). */
	file: { storageKey: string; filename: string; mimeType: string; byteSize: number };
	userId: string;
}

/**
 * Attaches `file` as the publication's download in `locale` (replacing the one it had): a `media`
 * row of the site, then `publication_files`, in one transaction. Only a publication of `siteId`
 * and one of the site's locales; the same bytes already a file of the site are reused, bytes the
 * site has as an image are refused (`in-use`). Another site's rows do not matter: each site has
 * its own row, sharing the stored bytes. `storageKeys`: the replaced file's
 * stored bytes when no row needs them any more, for the caller to remove after this returns.
 */
export async function setPublicationFile(
	db: Db,
	input: SetPublicationFileInput
): Promise<{ kind: 'saved'; mediaId: string; storageKeys: string[] } | InvalidResult | NotFoundResult> {
	if (!isUuid(input.entryId)) return { kind: 'not-found' };
	const invalid = (field: InvalidField, reason: InvalidReason): InvalidResult => ({
		kind: 'invalid',
		field,
		reason
	});
	const filename = input.file.filename.trim().slice(0, 200);
	if (filename === '') return invalid('file', 'required');
	try {
		return await db.transaction().execute(async (tx) => {
			const entry = await tx
				.selectFrom('entries as e')
				.innerJoin('sites as s', 's.id', 'e.site_id')
				.select(['e.id', 's.locales'])
				.where('e.site_id', '=', input.siteId)
				.where('e.id', '=', input.entryId)
				.where('e.type', '=', 'publication')
				.forUpdate('e')
				.executeTakeFirst();
			if (!entry) return { kind: 'not-found' } as const;
			const locale = entry.locales.find((l) => l === input.locale);
			if (!locale) return invalid('locale', 'not-a-site-locale');
			const previous = await tx
				.selectFrom('publication_files')
				.select('media_id')
				.where('entry_id', '=', entry.id)
				.where('locale', '=', locale)
				.executeTakeFirst();
			// The existing row is locked (key share) so a concurrent removal cannot delete it before it
			// is linked; when one deleted it just before, a second insert makes it anew.
			let media: { id: string } | undefined;
			for (let attempt = 0; attempt < 2 && !media; attempt++) {
				media =
					(await tx
						.insertInto('media')
						.values({
							site_id: input.siteId,
							storage_key: input.file.storageKey,
							filename,
							mime_type: input.file.mimeType,
							byte_size: input.file.byteSize,
							width: null,
							height: null,
							created_by: input.userId
						})
						.onConflict((oc) => oc.columns(['site_id', 'storage_key']).doNothing())
						.returning('id')
						.executeTakeFirst()) ??
					(await tx
						.selectFrom('media')
						.select('id')
						.where('storage_key', '=', input.file.storageKey)
						.where('site_id', '=', input.siteId)
						.where('width', 'is', null)
						.forKeyShare()
						.executeTakeFirst());
			}
			if (!media) return invalid('file', 'in-use');
			const mediaId = media.id;
			await tx
				.insertInto('publication_files')
				.values({ entry_id: entry.id, locale, media_id: mediaId })
				.onConflict((oc) => oc.columns(['entry_id', 'locale']).doUpdateSet({ media_id: mediaId }))
				.execute();
			const storageKeys =
				previous && previous.media_id !== mediaId ? await dropUnusedFile(tx, previous.media_id) : [];
			return { kind: 'saved', mediaId, storageKeys } as const;
		});
	} catch (error) {
		throw toDbError(error);
	}
}

/**
 * Takes the publication's file in `locale` off; not-found when it had none. Its media row goes too
 * when no other publication offers it; `storageKeys`: the stored bytes no row needs any more,
 * for the caller to remove after this returns.
 */
export async function removePublicationFile(
	db: Db,
	input: { siteId: string; entryId: string; locale: string }
): Promise<{ kind: 'removed'; storageKeys: string[] } | NotFoundResult> {
	if (!isUuid(input.entryId)) return { kind: 'not-found' };
	try {
		return await db.transaction().execute(async (tx) => {
			const removed = await tx
				.deleteFrom('publication_files')
				.where('entry_id', '=', input.entryId)
				.where('locale', '=', input.locale as Locale)
				.where('entry_id', 'in', (qb) =>
					qb
						.selectFrom('entries')
						.select('id')
						.where('site_id', '=', input.siteId)
						.where('type', '=', 'publication')
				)
				.returning('media_id')
				.executeTakeFirst();
			if (!removed) return { kind: 'not-found' } as const;
			return { kind: 'removed', storageKeys: await dropUnusedFile(tx, removed.media_id) } as const;
		});
	} catch (error) {
		throw toDbError(error);
	}
}

/**
 * Once a publication's file no longer points at `mediaId`: deletes that media row when no
 * publication offers it any more (a file's row, never an image of the library), and answers
 * which of its stored keys no row needs.
 */
async function dropUnusedFile(tx: Db, mediaId: string): Promise<string[]> {
	// Locked before the check: a concurrent setPublicationFile linking this row waits for us.
	const media = await tx
		.selectFrom('media')
		.select('storage_key')
		.where('id', '=', mediaId)
		.where('width', 'is', null)
		.forUpdate()
		.executeTakeFirst();
	if (!media) return [];
	const offered = await tx
		.selectFrom('publication_files')
		.select('entry_id')
		.where('media_id', '=', mediaId)
		.limit(1)
		.executeTakeFirst();
	if (offered) return [];
	return deleteMediaRow(tx, mediaId, media.storage_key);
}

/** The files of a publication for its editor: name and size per locale. */
export async function publicationFilesForEditing(
	db: Db,
	siteId: string,
	entryId: string
): Promise<
	Array<{ locale: Locale; media_id: string; filename: string; mime_type: string; byte_size: number }>
> {
	if (!isUuid(entryId)) return [];
	const rows = await db
		.selectFrom('publication_files as p')
		.innerJoin('entries as e', 'e.id', 'p.entry_id')
		.innerJoin('media as m', 'm.id', 'p.media_id')
		.select(['p.locale', 'p.media_id', 'm.filename', 'm.mime_type', 'm.byte_size'])
		.where('e.site_id', '=', siteId)
		.where('p.entry_id', '=', entryId)
		.orderBy('p.locale')
		.execute();
	return rows.map((row) => ({ ...row, byte_size: Number(row.byte_size) }));
}

// ——— Revisions ———

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

// ——— Preview ———

/**
 * A translation of `siteId` whatever its status, in the shape the public page loaders render
 * (`publishedTranslation`): a site shows a draft exactly as it will look. The caller checks the
 * signed preview link first (`@solidair/auth/preview`).
 */
export async function previewTranslation(
	db: Db,
	siteId: string,
	translationId: string
): Promise<PublishedTranslation | undefined> {
	if (!isUuid(translationId)) return undefined;
	const row = await db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select(translationColumns)
		.where('t.site_id', '=', siteId)
		.where('t.id', '=', translationId)
		.executeTakeFirst();
	return row && { ...row, fallback: false };
}
