// URL slugs from titles, in the one shape the database accepts for `entry_translations.slug`:
// lowercase ASCII words joined by single hyphens, at most 120 characters.

/** The longest slug the database accepts (`entry_translations` check constraint). */
export const slugMaxLength = 120;

/** What the database accepts as a slug (its check constraint, in JavaScript). */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Letters that Unicode decomposition does not turn into ASCII (é → e + accent does; ø does not).
const letters: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

/** Whether `slug` is one the database accepts. */
export function isSlug(slug: string): boolean {
	return slug.length <= slugMaxLength && slugPattern.test(slug);
}

/**
 * A slug for `text`: accents dropped (é → e, ç → c, ñ → n, ĳ → ij), every run of anything else
 * than a letter or digit (spaces, punctuation, apostrophes) becomes one hyphen, cut at a word
 * boundary to fit 120 characters. Text with no letter or digit gives `fallback`.
 */
export function slugify(text: string, fallback = 'untitled'): string {
	const ascii = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[ßæœøłđðþı]/g, (letter) => letters[letter] ?? '');
	const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return slug === '' ? fallback : truncateSlug(slug, slugMaxLength);
}

/** `slug` cut to `max` characters, at the last hyphen when that does not leave it too short. */
export function truncateSlug(slug: string, max: number): string {
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max);
	const lastHyphen = cut.lastIndexOf('-');
	// A cut inside a word drops that word, unless it would leave less than half the room.
	const wordCut = slug[max] !== '-' && lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut;
	return wordCut.replace(/-+$/, '');
}

/** `slug` with `-n` appended (n ≥ 2), shortened first so that the whole still fits. */
export function numberedSlug(slug: string, n: number): string {
	const suffix = `-${n}`;
	return `${truncateSlug(slug, slugMaxLength - suffix.length)}${suffix}`;
}
