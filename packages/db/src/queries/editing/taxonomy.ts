// An entry's taxonomy as the editor sets it: its themes and dossiers (`tags`), the countries of the
// site's network it is about, its author and the day the site shows. These are what the public
// news list filters on and what puts a story on its country pages (site-kit's news and network).
// Tags are shared by the sites (one list of themes); countries belong to a site's network.
import type { Kysely, Transaction } from 'kysely';
import { tagLabelMaxLength, type NewTagInput } from '../../input/taxonomy.ts';
import type { Database, Locale } from '../../schema.ts';
import { isSlug, slugify } from '../../slugify.ts';
import { isUuid } from '../../uuid.ts';

type Db = Kysely<Database>;

export interface TaxonomyTagChoice {
	id: string;
	kind: 'tag' | 'dossier';
	/** In the editor's language, or another language when it has none yet. */
	label: string;
}

export interface TaxonomyChoices {
	/** Every theme and dossier, by label in the editor's language. */
	tags: TaxonomyTagChoice[];
	/** The site's network (`site_countries`), by name in the editor's language. */
	countries: Array<{ code: string; name: string }>;
}

/** What the editor offers: all themes and dossiers, and the countries of the site's network. */
export async function taxonomyChoices(db: Db, siteId: string, locale: Locale): Promise<TaxonomyChoices> {
	const [tagRows, countryRows] = await Promise.all([
		db
			.selectFrom('tags as g')
			.innerJoin('tag_translations as tt', 'tt.tag_id', 'g.id')
			.select(['g.id', 'g.kind', 'tt.locale', 'tt.label'])
			.execute(),
		db
			.selectFrom('site_countries as sc')
			.innerJoin('country_translations as ct', 'ct.country_code', 'sc.country_code')
			.select(['sc.country_code as code', 'ct.locale', 'ct.name'])
			.where('sc.site_id', '=', siteId)
			.execute()
	]);
	const collator = new Intl.Collator(locale);
	const tags = pickLabel(tagRows, (row) => row.id, locale).map(({ id, kind, label }) => ({
		id,
		kind,
		label
	}));
	const countries = pickLabel(
		countryRows.map((row) => ({ ...row, label: row.name })),
		(row) => row.code,
		locale
	).map(({ code, label }) => ({ code, name: label }));
	return {
		tags: tags.sort((a, b) => collator.compare(a.label, b.label)),
		countries: countries.sort((a, b) => collator.compare(a.name, b.name))
	};
}

/** One row per key: the one in `locale`, else the first by language code (a stable stand-in). */
function pickLabel<Row extends { locale: Locale; label: string }>(
	rows: Row[],
	key: (row: Row) => string,
	locale: Locale
): Row[] {
	const chosen = new Map<string, Row>();
	for (const row of rows) {
		const current = chosen.get(key(row));
		if (!current || row.locale === locale || (current.locale !== locale && row.locale < current.locale))
			chosen.set(key(row), row);
	}
	return [...chosen.values()];
}

export interface EntryTaxonomy {
	tagIds: string[];
	countryCodes: string[];
	authorName: string | null;
	/** `YYYY-MM-DD`, or null: the site shows the publication day. */
	displayDate: string | null;
}

/** The taxonomy of an entry of `siteId`; `undefined` if the site has no such entry. */
export async function entryTaxonomy(
	db: Db,
	siteId: string,
	entryId: string
): Promise<EntryTaxonomy | undefined> {
	if (!isUuid(entryId)) return undefined;
	const entry = await db
		.selectFrom('entries')
		.select(['id', 'author_name', 'display_date'])
		.where('site_id', '=', siteId)
		.where('id', '=', entryId)
		.executeTakeFirst();
	if (!entry) return undefined;
	const [tags, countries] = await Promise.all([
		db.selectFrom('entry_tags').select('tag_id').where('entry_id', '=', entry.id).execute(),
		db
			.selectFrom('entry_countries')
			.select('country_code')
			.where('entry_id', '=', entry.id)
			.orderBy('country_code')
			.execute()
	]);
	return {
		tagIds: tags.map((row) => row.tag_id).sort(),
		countryCodes: countries.map((row) => row.country_code),
		authorName: entry.author_name,
		displayDate: entry.display_date
	};
}

/** What the details form sets of an entry's taxonomy; `newTag` is created and attached with it. */
export interface EntryTaxonomyInput {
	tagIds: readonly string[];
	countryCodes: readonly string[];
	authorName: string | null;
	displayDate: string | null;
	newTag?: NewTagInput;
}

/**
 * Why a taxonomy save was refused, at the form's field: a tag that does not exist (`tags`), a
 * country outside the site's network (`countries`), or a new tag's label whose slug another tag
 * already has in that language (`newTag-<locale>`). Nothing is written.
 */
export interface TaxonomyProblem {
	kind: 'taxonomy';
	field: 'tags' | 'countries' | `newTag-${Locale}`;
	reason: 'unknown-tag' | 'outside-network' | 'duplicate' | 'slug';
	/** What was refused (a tag id, a country code, a label), for the audit log. */
	value: string;
}

const problem = (
	field: TaxonomyProblem['field'],
	reason: TaxonomyProblem['reason'],
	value: string
): TaxonomyProblem => ({ kind: 'taxonomy', field, reason, value });

/**
 * Checks the taxonomy against the database: everything that can be refused is refused here, before
 * `writeTaxonomy` writes a row. Run inside the save's transaction.
 */
export async function taxonomyProblem(
	tx: Transaction<Database>,
	siteId: string,
	input: EntryTaxonomyInput
): Promise<TaxonomyProblem | undefined> {
	const tagIds = [...new Set(input.tagIds)];
	const badId = tagIds.find((id) => !isUuid(id));
	if (badId !== undefined) return problem('tags', 'unknown-tag', badId);
	if (tagIds.length > 0) {
		const found = await tx.selectFrom('tags').select('id').where('id', 'in', tagIds).execute();
		const known = new Set(found.map((row) => row.id));
		const unknown = tagIds.find((id) => !known.has(id));
		if (unknown !== undefined) return problem('tags', 'unknown-tag', unknown);
	}
	const codes = [...new Set(input.countryCodes)];
	if (codes.length > 0) {
		const found = await tx
			.selectFrom('site_countries')
			.select('country_code')
			.where('site_id', '=', siteId)
			.where('country_code', 'in', codes)
			.execute();
		const inNetwork = new Set(found.map((row) => row.country_code));
		const outside = codes.find((code) => !inNetwork.has(code));
		if (outside !== undefined) return problem('countries', 'outside-network', outside);
	}
	for (const [locale, label] of newTagLabels(input.newTag)) {
		const slug = slugify(label, '');
		if (!isSlug(slug) || label.length > tagLabelMaxLength) return problem(`newTag-${locale}`, 'slug', label);
		const taken = await tx
			.selectFrom('tag_translations')
			.select('tag_id')
			.where('locale', '=', locale)
			.where(({ eb, or, fn }) =>
				or([eb('slug', '=', slug), eb(fn('lower', ['label']), '=', label.toLowerCase())])
			)
			.executeTakeFirst();
		if (taken) return problem(`newTag-${locale}`, 'duplicate', label);
	}
	return undefined;
}

function newTagLabels(tag: NewTagInput | undefined): Array<[Locale, string]> {
	if (!tag) return [];
	return (Object.entries(tag.labels) as Array<[Locale, string | undefined]>).flatMap(([locale, label]) =>
		label ? [[locale, label] as [Locale, string]] : []
	);
}

/**
 * Replaces the entry's tags and countries, sets its author and display day, and creates the new
 * tag (if any) and attaches it. Call after `taxonomyProblem` found nothing, in the same transaction.
 */
export async function writeTaxonomy(
	tx: Transaction<Database>,
	entryId: string,
	input: EntryTaxonomyInput
): Promise<void> {
	const tagIds = new Set(input.tagIds);
	const labels = newTagLabels(input.newTag);
	if (input.newTag && labels.length > 0) {
		const [, first] = labels[0]!;
		const key = await freeTagKey(tx, slugify(first));
		const { id } = await tx
			.insertInto('tags')
			.values({ key, kind: input.newTag.kind })
			.returning('id')
			.executeTakeFirstOrThrow();
		await tx
			.insertInto('tag_translations')
			.values(labels.map(([locale, label]) => ({ tag_id: id, locale, label, slug: slugify(label) })))
			.execute();
		tagIds.add(id);
	}
	await tx
		.updateTable('entries')
		.set({ author_name: input.authorName, display_date: input.displayDate })
		.where('id', '=', entryId)
		.execute();
	await tx.deleteFrom('entry_tags').where('entry_id', '=', entryId).execute();
	if (tagIds.size > 0)
		await tx
			.insertInto('entry_tags')
			.values([...tagIds].map((tag_id) => ({ entry_id: entryId, tag_id })))
			.execute();
	await tx.deleteFrom('entry_countries').where('entry_id', '=', entryId).execute();
	const codes = [...new Set(input.countryCodes)];
	if (codes.length > 0)
		await tx
			.insertInto('entry_countries')
			.values(codes.map((country_code) => ({ entry_id: entryId, country_code })))
			.execute();
}

/** `base`, or `base-2`, `base-3`…: the first key no tag has (keys are internal, unique names). */
async function freeTagKey(tx: Transaction<Database>, base: string): Promise<string> {
	const rows = await tx
		.selectFrom('tags')
		.select('key')
		.where(({ eb, or }) => or([eb('key', '=', base), eb('key', 'like', `${base}-%`)]))
		.execute();
	const taken = new Set(rows.map((row) => row.key));
	let key = base;
	for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
	return key;
}
