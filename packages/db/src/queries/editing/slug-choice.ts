// Which slug a save gives a translation, without a database: the one the editor typed, or the one
// it has, or for a new translation one derived from its title and numbered until it is free. The
// queries (slugs.ts) ask the database what is taken; these functions decide.
import type { EntryType } from '../../schema.ts';
import { numberedSlug, slugify } from '../../slugify.ts';

/** How many numbered variants of a derived slug a save tries before it gives up (`base`, `base-2`… `base-50`). */
export const slugAttempts = 50;

export type SlugChoice =
	/** The editor typed a slug other than the current one: it must be free. */
	| { kind: 'typed'; slug: string }
	/** No slug typed (or the same one): the translation keeps its own. */
	| { kind: 'kept'; slug: string }
	/** A new translation without a typed slug: the first free of these, in order. */
	| { kind: 'derived'; candidates: string[] };

/**
 * The slug rule of a save: a typed slug that differs from the current one is checked and taken;
 * an existing translation otherwise keeps its slug; a new one gets its title's slug (the entry
 * type's name when the title has no letter or digit), numbered when that is taken.
 */
export function slugChoice(
	typed: string | undefined,
	current: string | undefined,
	title: string,
	type: EntryType
): SlugChoice {
	if (typed !== undefined && typed !== current) return { kind: 'typed', slug: typed };
	if (current !== undefined) return { kind: 'kept', slug: current };
	return { kind: 'derived', candidates: slugCandidates(slugify(title, type)) };
}

/** `base`, then `base-2`, `base-3`… up to `slugAttempts` slugs, each short enough to store. */
export function slugCandidates(base: string): string[] {
	return [base, ...Array.from({ length: slugAttempts - 1 }, (_, i) => numberedSlug(base, i + 2))];
}

/** The first candidate not in `taken`, or undefined when all are. */
export function firstFreeSlug(candidates: readonly string[], taken: ReadonlySet<string>): string | undefined {
	return candidates.find((slug) => !taken.has(slug));
}

/**
 * Whether a typed slug may be taken: no other translation of the site and locale has it, and no
 * other translation's old address leads there (taking it would steal its links). A translation's
 * own old address it may take back (A → B → A).
 */
export function typedSlugFree(
	usedByAnother: boolean,
	redirectsTo: string | undefined,
	translationId: string | undefined
): boolean {
	return !usedByAnother && (redirectsTo === undefined || redirectsTo === translationId);
}
