import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { atomFeed, type AtomFeedOptions, type FeedEntry } from './feed.ts';

// The feed parser recovers from broken XML (it reads `<title>a</titl>` as "a"), so well-formedness is checked by
// the XML parser it is built on, fast-xml-parser, in its strict mode.

/** The document is well-formed XML 1.0 and holds only characters XML 1.0 allows (§2.2). */
function expectWellFormed(xml: string) {
	expect(XMLValidator.validate(xml)).toBe(true);
	const forbidden = [...xml].filter((character) => {
		const codePoint = character.codePointAt(0) ?? 0;
		const allowed =
			codePoint === 0x9 ||
			codePoint === 0xa ||
			codePoint === 0xd ||
			(codePoint >= 0x20 && codePoint <= 0xd7ff) ||
			(codePoint >= 0xe000 && codePoint <= 0xfffd) ||
			codePoint >= 0x10000;
		return !allowed;
	});
	expect(forbidden).toEqual([]);
}

const entry: FeedEntry = {
	id: 'tag:wsm.be,2026:news/1/nl',
	title: 'Waardig werk in Peru',
	url: 'https://wsm.be/nl/nieuws/waardig-werk-in-peru',
	summary: 'Vakbonden en mutualiteiten werken samen.',
	publishedAt: new Date('2026-03-29T00:30:00Z'),
	updatedAt: new Date('2026-03-30T09:15:00Z'),
	author: 'An Peeters',
	categories: ['Peru', 'Waardig werk']
};

const options: AtomFeedOptions = {
	id: 'tag:wsm.be,2026:news/nl',
	title: 'WSM — Nieuws',
	subtitle: 'Wereldsolidariteit',
	siteUrl: 'https://wsm.be/nl',
	feedUrl: 'https://wsm.be/nl/nieuws/feed.xml',
	language: 'nl',
	entries: [entry]
};

describe('the well-formedness check', () => {
	test.each([
		['a closing tag that does not match', '<feed xmlns="http://www.w3.org/2005/Atom"><title>a</titl></feed>'],
		['an unescaped ampersand', '<feed xmlns="http://www.w3.org/2005/Atom"><title>a & b</title></feed>'],
		['an unescaped element', '<feed xmlns="http://www.w3.org/2005/Atom"><title>a<b></title></feed>'],
		['an unescaped quote', '<feed xmlns="http://www.w3.org/2005/Atom"><category term="a"b"/></feed>'],
		['a control character', '<feed xmlns="http://www.w3.org/2005/Atom"><title>a\u0001b</title></feed>']
	])('fails on %s', (_, xml) => {
		expect(() => expectWellFormed(xml)).toThrow();
	});
});

describe('atomFeed', () => {
	test('the feed: title, subtitle, links, language, updated, id, as a reader sees them', () => {
		const xml = atomFeed(options);
		expectWellFormed(xml);
		const feed = parseFeed(xml);
		expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
		expect(feed.title).toBe('WSM — Nieuws');
		expect(feed.description).toBe('Wereldsolidariteit');
		expect(feed.url).toBe('https://wsm.be/nl');
		expect(feed.self).toBe('https://wsm.be/nl/nieuws/feed.xml');
		expect(feed.language).toBe('nl');
		expect(feed.updated?.toISOString()).toBe(entry.updatedAt.toISOString());
		// The site answers for entries that name no author.
		expect(feed.authors.map((author) => author.name)).toEqual(['WSM — Nieuws']);
		expect(
			xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')
		).toBe(true);
	});

	test('an entry: id, title, link, dates, summary, author, categories', () => {
		const [item, ...rest] = parseFeed(atomFeed(options)).items;
		expect(rest).toEqual([]);
		expect(item?.id).toBe(entry.id);
		expect(item?.title).toBe(entry.title);
		expect(item?.url).toBe(entry.url);
		expect(item?.published?.toISOString()).toBe(entry.publishedAt.toISOString());
		expect(item?.updated?.toISOString()).toBe(entry.updatedAt.toISOString());
		expect(item?.description).toBe(entry.summary);
		expect(item?.authors.map((author) => author.name)).toEqual(['An Peeters']);
		expect(item?.categories.map((category) => category.term)).toEqual(['Peru', 'Waardig werk']);
	});

	test('markup, ampersands and quotes in text come back as text, not elements', () => {
		const hostile = `<script>alert("x")</script> & <b>Tom's</b> "café" ’ 😀 ]]> <!-- -->`;
		const xml = atomFeed({
			...options,
			title: hostile,
			subtitle: hostile,
			entries: [
				{
					...entry,
					title: hostile,
					summary: `${hostile}\nTweede regel.`,
					author: hostile,
					categories: [hostile]
				}
			]
		});
		expectWellFormed(xml);
		const feed = parseFeed(xml);
		expect(feed.title).toBe(hostile);
		expect(feed.description).toBe(hostile);
		const item = feed.items[0];
		expect(item?.title).toBe(hostile);
		expect(item?.description).toBe(`${hostile}\nTweede regel.`);
		expect(item?.authors[0]?.name).toBe(hostile);
		expect(item?.categories[0]?.term).toBe(hostile);
	});

	test('characters XML does not allow are removed, and the feed still parses', () => {
		const controls = 'a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg\ud800h\udfffi\tj';
		const xml = atomFeed({
			...options,
			title: controls,
			entries: [{ ...entry, title: controls, summary: controls, categories: [controls] }]
		});
		expectWellFormed(xml);
		const feed = parseFeed(xml);
		expect(feed.title).toBe('abcdefghi\tj');
		expect(feed.items[0]?.title).toBe('abcdefghi\tj');
		expect(feed.items[0]?.description).toBe('abcdefghi\tj');
		// In an attribute a tab is a space, as XML's attribute-value normalisation would make it anyway.
		expect(feed.items[0]?.categories[0]?.term).toBe('abcdefghi j');
	});

	test('entries keep the order they are given in', () => {
		const entries = ['Eerste', 'Tweede', 'Derde'].map((title, index) => ({
			...entry,
			id: `tag:wsm.be,2026:news/${index}/nl`,
			title,
			url: `https://wsm.be/nl/nieuws/${index}`,
			// Not in date order: the caller decides the order.
			updatedAt: new Date(Date.UTC(2026, 0, [5, 20, 10][index]))
		}));
		const feed = parseFeed(atomFeed({ ...options, entries }));
		expect(feed.items.map((item) => [item.title, item.url])).toEqual([
			['Eerste', 'https://wsm.be/nl/nieuws/0'],
			['Tweede', 'https://wsm.be/nl/nieuws/1'],
			['Derde', 'https://wsm.be/nl/nieuws/2']
		]);
		expect(feed.updated?.toISOString()).toBe('2026-01-20T00:00:00.000Z');
	});

	test('the feed is updated when its newest entry is, or later when told', () => {
		const later = new Date('2026-04-02T10:00:00Z');
		const earlier = new Date('2026-01-01T00:00:00Z');
		expect(parseFeed(atomFeed({ ...options, updatedAt: later })).updated?.toISOString()).toBe(
			later.toISOString()
		);
		expect(parseFeed(atomFeed({ ...options, updatedAt: earlier })).updated?.toISOString()).toBe(
			entry.updatedAt.toISOString()
		);
	});

	test('an empty feed parses', () => {
		const updatedAt = new Date('2026-04-01T00:00:00Z');
		const xml = atomFeed({ ...options, subtitle: undefined, entries: [], updatedAt });
		expectWellFormed(xml);
		const feed = parseFeed(xml);
		expect(feed.title).toBe('WSM — Nieuws');
		expect(feed.items).toEqual([]);
		expect(feed.updated?.toISOString()).toBe(updatedAt.toISOString());
		expect(parseFeed(atomFeed({ ...options, entries: [] })).updated?.toISOString()).toBe(
			'1970-01-01T00:00:00.000Z'
		);
	});

	test('an id that is not an absolute IRI, or a link that is not http(s), is refused', () => {
		expect(() => atomFeed({ ...options, id: 'news-nl' })).toThrow(TypeError);
		expect(() => atomFeed({ ...options, entries: [{ ...entry, id: '42' }] })).toThrow(TypeError);
		expect(() => atomFeed({ ...options, siteUrl: '/nl' })).toThrow(TypeError);
		expect(() => atomFeed({ ...options, entries: [{ ...entry, url: 'javascript:alert(1)' }] })).toThrow(
			TypeError
		);
		expect(() => atomFeed({ ...options, entries: [{ ...entry, updatedAt: new Date('nope') }] })).toThrow(
			RangeError
		);
	});
});
