// The home page of a public site as staff compose it (`home_blocks`), and what its lead block
// shows. The other blocks' data come from the lists the site already has (listEntries, listEvents,
// networkCountries): the home costs a handful of queries whatever its blocks.
import { sql, type Kysely, type SqlBool } from 'kysely';
import { completeBlocks, type HomeBlock } from '../input/home.ts';
import type { Database, EntryType, Locale } from '../schema.ts';
import type { SiteLocales } from './content.ts';

type Db = Kysely<Database>;

/** The kinds of entry a lead can be: a campaign, or a news item. */
export const leadTypes: readonly EntryType[] = ['campaign', 'news'];

function visible(now: Date) {
	return sql<SqlBool>`(t.status in ('published', 'scheduled') and t.published_at <= ${now})`;
}

/** The blocks stored for a site's home in a locale, in order; undefined when none are. */
export async function storedHomeBlocks(
	db: Db,
	siteId: string,
	locale: Locale
): Promise<HomeBlock[] | undefined> {
	const rows = await db
		.selectFrom('home_blocks')
		.select(['kind', 'enabled', 'item_count', 'entry_id'])
		.where('site_id', '=', siteId)
		.where('locale', '=', locale)
		.orderBy('position')
		.execute();
	if (rows.length === 0) return undefined;
	return rows.map((row) => ({
		kind: row.kind,
		enabled: row.enabled,
		count: row.item_count,
		entryId: row.entry_id
	}));
}

/**
 * Stores the home's blocks for a site in a locale, replacing what was there (in the caller's
 * transaction). Every kind is stored, in the order given; one missing is appended, switched off.
 */
export async function saveHomeBlocks(
	db: Db,
	siteId: string,
	locale: Locale,
	blocks: readonly HomeBlock[]
): Promise<void> {
	await db.deleteFrom('home_blocks').where('site_id', '=', siteId).where('locale', '=', locale).execute();
	await db
		.insertInto('home_blocks')
		.values(
			completeBlocks(blocks).map((block, position) => ({
				site_id: siteId,
				locale,
				kind: block.kind,
				position,
				enabled: block.enabled,
				entry_id: block.kind === 'lead' ? block.entryId : null,
				item_count: block.count
			}))
		)
		.execute();
}

export interface LeadCandidate {
	entryId: string;
	type: 'campaign' | 'news';
	title: string;
	publishedAt: Date;
	hasImage: boolean;
}

/**
 * What staff may put in the lead of the site's home in a locale: its campaigns and news items
 * public in that language, campaigns first, newest first.
 */
export async function leadCandidates(
	db: Db,
	siteId: string,
	locale: Locale,
	{ limit = 40, now = new Date() }: { limit?: number; now?: Date } = {}
): Promise<LeadCandidate[]> {
	const rows = await db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select(['t.entry_id', 't.entry_type', 't.title', 't.published_at', 'e.image_id'])
		.where('t.site_id', '=', siteId)
		.where('t.locale', '=', locale)
		.where('t.entry_type', 'in', leadTypes)
		.where(visible(now))
		.orderBy(sql`t.entry_type = 'campaign'`, 'desc')
		.orderBy('t.published_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((row) => ({
		entryId: row.entry_id,
		type: row.entry_type as LeadCandidate['type'],
		title: row.title,
		publishedAt: row.published_at as Date,
		hasImage: row.image_id !== null
	}));
}

/** Whether `entryId` is a campaign or news item of the site that is public in `locale`. */
export async function isLeadCandidate(
	db: Db,
	siteId: string,
	locale: Locale,
	entryId: string,
	now: Date = new Date()
): Promise<boolean> {
	const row = await db
		.selectFrom('entry_translations as t')
		.select('t.id')
		.where('t.site_id', '=', siteId)
		.where('t.locale', '=', locale)
		.where('t.entry_id', '=', entryId)
		.where('t.entry_type', 'in', leadTypes)
		.where(visible(now))
		.executeTakeFirst();
	return row !== undefined;
}

export interface LeadStory {
	entry_id: string;
	type: 'campaign' | 'news';
	section: string | null;
	locale: Locale;
	slug: string;
	title: string;
	summary: string;
	image_id: string | null;
	/** The text is the default locale's, standing in for the visitor's. */
	fallback: boolean;
}

/**
 * The lead of the home in a locale, in one query: the chosen entry when it is public (in the
 * locale, else in the site's default one), otherwise the latest public campaign, otherwise the
 * latest news item with a picture; undefined when the site has none of these.
 */
export async function leadStory(
	db: Db,
	site: SiteLocales,
	locale: Locale,
	entryId: string | null,
	now: Date = new Date()
): Promise<LeadStory | undefined> {
	const row = await db
		.selectFrom('entry_translations as t')
		.innerJoin('entries as e', 'e.id', 't.entry_id')
		.select([
			't.entry_id',
			't.entry_type as type',
			'e.section',
			't.locale',
			't.slug',
			't.title',
			't.summary',
			'e.image_id',
			sql<boolean>`t.locale <> ${locale}`.as('fallback')
		])
		.where('t.site_id', '=', site.id)
		.where('t.locale', 'in', [locale, site.default_locale])
		.where('t.entry_type', 'in', leadTypes)
		.where(visible(now))
		.where((eb) =>
			eb.or([
				eb('t.entry_id', '=', entryId ?? sql<string>`null`),
				eb.and([eb('t.entry_type', '=', 'campaign'), eb('t.locale', '=', locale)]),
				eb.and([
					eb('t.entry_type', '=', 'news'),
					eb('t.locale', '=', locale),
					eb('e.image_id', 'is not', null)
				])
			])
		)
		// The chosen entry first, in the visitor's language first; then campaigns before news.
		.orderBy(sql`t.entry_id = ${entryId ?? sql`null`}`, (ob) => ob.desc().nullsLast())
		.orderBy(sql`t.locale = ${locale}`, 'desc')
		.orderBy(sql`t.entry_type = 'campaign'`, 'desc')
		.orderBy('t.published_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? { ...row, type: row.type as LeadStory['type'] } : undefined;
}
