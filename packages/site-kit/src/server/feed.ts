// Atom 1.0 (RFC 4287): the news feed of one site in one locale.

/** One news item in the feed. */
export interface FeedEntry {
	/**
	 * The entry's permanent identifier, an absolute IRI that never changes, even when the title, slug or domain does:
	 * e.g. `tag:wsm.be,2026:news/${entryId}/nl` (RFC 4151), one per translation since each is its own entry.
	 */
	id: string;
	title: string;
	/** The entry's page (absolute http(s) URL). */
	url: string;
	/** Plain text. */
	summary: string;
	publishedAt: Date;
	updatedAt: Date;
	author?: string;
	categories?: string[];
}

/** What the feed says about itself; entries are written in the order given (newest first, by convention). */
export interface AtomFeedOptions {
	/**
	 * The feed's permanent identifier, an absolute IRI: a `tag:` URI such as `tag:wsm.be,2026:news/nl` (RFC 4151)
	 * rather than the feed URL, because readers key subscriptions on it and URLs move.
	 */
	id: string;
	title: string;
	subtitle?: string;
	/** The HTML page the feed follows (absolute http(s) URL). */
	siteUrl: string;
	/** Where the feed itself is served (absolute http(s) URL). */
	feedUrl: string;
	/** BCP 47 language tag, e.g. `nl` or `es-PE`. */
	language: string;
	/** At least the newest entry's update; without entries and without this, the epoch. */
	updatedAt?: Date;
	entries: FeedEntry[];
}

/** An Atom 1.0 feed document (UTF-8). */
export function atomFeed(options: AtomFeedOptions): string {
	const updated = newest([options.updatedAt, ...options.entries.map((entry) => entry.updatedAt)]);
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${attribute(options.language)}">`,
		`\t<id>${xmlEscape(iri(options.id, 'feed id'))}</id>`,
		`\t<title type="text">${xmlEscape(options.title)}</title>`,
		...(options.subtitle ? [`\t<subtitle type="text">${xmlEscape(options.subtitle)}</subtitle>`] : []),
		`\t<updated>${rfc3339(updated)}</updated>`,
		`\t<link rel="self" type="application/atom+xml" href="${attribute(httpUrl(options.feedUrl, 'feedUrl'))}"/>`,
		`\t<link rel="alternate" type="text/html" href="${attribute(httpUrl(options.siteUrl, 'siteUrl'))}"/>`,
		// Atom requires an author for every entry; the site stands for those that name none.
		`\t<author><name>${xmlEscape(options.title)}</name></author>`,
		...options.entries.flatMap(entryLines),
		'</feed>'
	];
	return lines.join('\n') + '\n';
}

function entryLines(entry: FeedEntry): string[] {
	return [
		'\t<entry>',
		`\t\t<id>${xmlEscape(iri(entry.id, 'entry id'))}</id>`,
		`\t\t<title type="text">${xmlEscape(entry.title)}</title>`,
		`\t\t<link rel="alternate" type="text/html" href="${attribute(httpUrl(entry.url, `url of ${entry.id}`))}"/>`,
		`\t\t<published>${rfc3339(entry.publishedAt)}</published>`,
		`\t\t<updated>${rfc3339(entry.updatedAt)}</updated>`,
		...(entry.author?.trim() ? [`\t\t<author><name>${xmlEscape(entry.author)}</name></author>`] : []),
		...(entry.categories ?? [])
			.filter((category) => category.trim())
			.map((category) => `\t\t<category term="${attribute(category)}"/>`),
		`\t\t<summary type="text">${xmlEscape(entry.summary)}</summary>`,
		'\t</entry>'
	];
}

// Everything outside XML 1.0's Char production (§2.2): C0 controls but tab, LF and CR; lone surrogates (matched
// as code points thanks to the `u` flag); U+FFFE and U+FFFF.
const invalidXmlCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Text safe anywhere in XML 1.0 content or attribute values: markup escaped, characters XML forbids removed. */
export function xmlEscape(value: string): string {
	return value
		.replace(invalidXmlCharacters, '')
		.replace(/[&<>"']/g, (character) => entities[character] ?? '');
}

/**
 * An attribute value, tab, LF and CR as spaces: XML parsers normalise them so (§3.3.3), and character references
 * for them are left undecoded by some feed readers.
 */
function attribute(value: string): string {
	return xmlEscape(value).replace(/[\t\n\r]/g, ' ');
}

/** `2026-03-29T01:30:00Z`. */
function rfc3339(date: Date): string {
	// toISOString throws a RangeError on an invalid date, which is what we want.
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function newest(dates: Array<Date | undefined>): Date {
	const times = dates.filter((date) => date !== undefined).map((date) => date.getTime());
	return new Date(times.length ? Math.max(...times) : 0);
}

function iri(value: string, field: string): string {
	// Atom ids are compared character by character, so they are written exactly as given, but must be absolute.
	if (!/^[a-z][a-z\d+.-]*:[^\s]+$/i.test(value))
		throw new TypeError(`The ${field} must be an absolute IRI: ${value}`);
	return value;
}

function httpUrl(value: string, field: string): string {
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
		throw new TypeError(`The ${field} must be an absolute http(s) URL: ${value}`);
	}
	return url.href;
}
