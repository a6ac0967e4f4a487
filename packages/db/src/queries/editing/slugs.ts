// Slugs and their redirects as a save writes them: which slug the translation gets (the rule is
// slug-choice.ts; here the database says what is taken), and the old address of a text that has
// been public kept as a redirect.
import type { Kysely } from 'kysely';
import type { Database, Locale } from '../../schema.ts';
import type { SlugTakenResult } from './results.ts';
import { firstFreeSlug, slugChoice, typedSlugFree } from './slug-choice.ts';
import type { EntryRef } from './stored.ts';

type Db = Kysely<Database>;

/** The translation being saved, as far as its slug goes (undefined: a new one). */
interface CurrentSlug {
	id: string;
	slug: string;
}

/**
 * The slug a save of `entry`'s translation in `locale` writes: the typed one if it is free, the
 * current one, or the first free one made from the title; `slug-taken` when there is none.
 */
export async function slugForSave(
	tx: Db,
	entry: EntryRef,
	locale: Locale,
	input: { slug?: string; title: string },
	existing: CurrentSlug | undefined
): Promise<string | SlugTakenResult> {
	const choice = slugChoice(input.slug, existing?.slug, input.title, entry.type);
	switch (choice.kind) {
		case 'kept':
			return choice.slug;
		case 'typed': {
			const clash = await tx
				.selectFrom('entry_translations')
				.select('id')
				.where('site_id', '=', entry.site_id)
				.where('locale', '=', locale)
				.where('slug', '=', choice.slug)
				.executeTakeFirst();
			const redirected = await tx
				.selectFrom('slug_redirects')
				.select('translation_id')
				.where('site_id', '=', entry.site_id)
				.where('locale', '=', locale)
				.where('old_slug', '=', choice.slug)
				.executeTakeFirst();
			return typedSlugFree(clash !== undefined, redirected?.translation_id, existing?.id)
				? choice.slug
				: { kind: 'slug-taken', slug: choice.slug };
		}
		case 'derived': {
			const taken = await takenSlugs(tx, entry.site_id, locale, choice.candidates);
			const free = firstFreeSlug(choice.candidates, taken);
			return free ?? { kind: 'slug-taken', slug: choice.candidates[0] ?? '' };
		}
	}
}

/**
 * Which of `candidates` are taken in the site and locale. Slugs other translations used to have
 * count as taken too: a new text must not take over an old URL.
 */
async function takenSlugs(
	db: Db,
	siteId: string,
	locale: Locale,
	candidates: string[]
): Promise<Set<string>> {
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
	return new Set(taken.map((row) => row.slug));
}

/**
 * After a save moved translation `translationId` from `oldSlug` to `newSlug`: the slug it takes
 * back (A → B → A) no longer redirects to itself, and the old slug of a text that went live
 * redirects to it. A draft's old slug just goes: only a URL that has been public can be linked to
 * or indexed. Redirects name the translation, not a slug, so A → B → C needs no chain: A and B
 * both lead to C.
 */
export async function redirectOldSlug(
	tx: Db,
	entry: EntryRef,
	locale: Locale,
	change: { translationId: string; oldSlug: string; newSlug: string; wentLive: boolean; now: Date }
): Promise<void> {
	if (change.oldSlug === change.newSlug) return;
	await tx
		.deleteFrom('slug_redirects')
		.where('site_id', '=', entry.site_id)
		.where('locale', '=', locale)
		.where('old_slug', '=', change.newSlug)
		.where('translation_id', '=', change.translationId)
		.execute();
	if (!change.wentLive) return;
	await tx
		.insertInto('slug_redirects')
		.values({
			site_id: entry.site_id,
			locale,
			old_slug: change.oldSlug,
			translation_id: change.translationId,
			created_at: change.now
		})
		.onConflict((oc) =>
			oc.columns(['site_id', 'locale', 'old_slug']).doUpdateSet({ translation_id: change.translationId })
		)
		.execute();
}
