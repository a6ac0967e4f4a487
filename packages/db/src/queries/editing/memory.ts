// The translation memory, small and honest: for the sentences of a source text, how the same
// sentences were translated before on this site. Only exact matches (after normalizing spaces and
// Markdown markers), and only pairs we can be sure of: title with title, summary with summary, and
// a body's sentences only where both bodies have as many blocks and, block by block, as many
// sentences (then by position). No pair is guessed and no translation service is called.
import type { Kysely } from 'kysely';
import type { Database, Locale } from '../../schema.ts';
import { bodySentences, normalizeSegment, segmentsOf, type SegmentedText } from '../../sentences.ts';
import { isUuid } from '../../uuid.ts';

type Db = Kysely<Database>;

/** How many of the site's entries the memory reads, the most recently translated first. */
export const memoryScanLimit = 500;
/** How many earlier translations it shows per sentence. */
export const memoryMatchLimit = 3;

export interface TranslationMemoryInput {
	siteId: string;
	/** The entry being translated: its own texts are not a memory. */
	entryId: string;
	sourceLocale: Locale;
	targetLocale: Locale;
	/** The source text being translated. */
	text: SegmentedText;
}

export interface MemoryMatch {
	/** The earlier translation of the sentence. */
	translation: string;
	/** The entry it comes from, and its title in the target language. */
	entryId: string;
	title: string;
	/** When that translation was last saved. */
	updatedAt: Date;
}

export interface MemorySegment {
	/** The source sentence (normalized). */
	source: string;
	/** Its earlier translations, newest first, each different. */
	matches: MemoryMatch[];
}

interface Pair {
	source: string;
	target: string;
}

/** The sentence pairs two texts of one entry give, where they line up exactly. */
export function alignedPairs(source: SegmentedText, target: SegmentedText): Pair[] {
	const pairs: Pair[] = [
		{ source: source.title, target: target.title },
		{ source: source.summary, target: target.summary }
	];
	const from = bodySentences(source.body);
	const to = bodySentences(target.body);
	if (from.length === to.length && from.every((block, i) => block.length === to[i]!.length)) {
		from.forEach((block, i) =>
			block.forEach((sentence, j) => pairs.push({ source: sentence, target: to[i]![j]! }))
		);
	}
	return (
		pairs
			.map((pair) => ({ source: normalizeSegment(pair.source), target: normalizeSegment(pair.target) }))
			// An empty side or a "translation" identical to its source teaches nothing.
			.filter((pair) => pair.source !== '' && pair.target !== '' && pair.source !== pair.target)
	);
}

/**
 * For each sentence of `text` that was translated before in another entry of the site (its source
 * in `sourceLocale`, a translation in `targetLocale` that is not outdated), up to three earlier
 * translations, newest first. Sentences without any are left out; the order is the text's.
 */
export async function translationMemory(db: Db, input: TranslationMemoryInput): Promise<MemorySegment[]> {
	if (!isUuid(input.entryId) || input.sourceLocale === input.targetLocale) return [];
	const rows = await db
		.selectFrom('entries as e')
		.innerJoin('entry_translations as s', (join) =>
			join.onRef('s.entry_id', '=', 'e.id').on('s.locale', '=', input.sourceLocale)
		)
		.innerJoin('entry_translations as t', (join) =>
			join.onRef('t.entry_id', '=', 'e.id').on('t.locale', '=', input.targetLocale)
		)
		.select([
			'e.id',
			's.title as source_title',
			's.summary as source_summary',
			's.body as source_body',
			't.title',
			't.summary',
			't.body',
			't.updated_at'
		])
		.where('e.site_id', '=', input.siteId)
		.where('e.source_locale', '=', input.sourceLocale)
		.where('e.id', '!=', input.entryId)
		// Not outdated (see isOutdated): the source has no stamp, or the translation caught up with it.
		.where((eb) =>
			eb.or([
				eb('s.source_updated_at', 'is', null),
				eb('t.source_updated_at', '>=', eb.ref('s.source_updated_at'))
			])
		)
		.orderBy('t.updated_at', 'desc')
		.orderBy('e.id')
		.limit(memoryScanLimit)
		.execute();

	const wanted = new Set(segmentsOf(input.text).map(normalizeSegment));
	const found = new Map<string, MemoryMatch[]>();
	for (const row of rows) {
		const source = { title: row.source_title, summary: row.source_summary, body: row.source_body };
		for (const pair of alignedPairs(source, row)) {
			if (!wanted.has(pair.source)) continue;
			const matches = found.get(pair.source) ?? [];
			if (matches.length >= memoryMatchLimit || matches.some((match) => match.translation === pair.target))
				continue;
			matches.push({
				translation: pair.target,
				entryId: row.id,
				title: row.title,
				updatedAt: row.updated_at
			});
			found.set(pair.source, matches);
		}
	}
	return [...wanted].flatMap((source) => {
		const matches = found.get(source);
		return matches ? [{ source, matches }] : [];
	});
}
