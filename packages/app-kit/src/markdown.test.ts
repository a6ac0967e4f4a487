import { parseFragment } from 'parse5';
import { describe, expect, test } from 'vitest';
import * as m from '@solidair/i18n/messages';
import { entryBody, markdownLabel, renderBody, videoOf, type BodyPart } from './markdown.ts';

/** The body's HTML, its videos left out. */
function htmlOf(source: string): string {
	return renderBody(source)
		.map((part) => (part.kind === 'html' ? part.html : ''))
		.join('');
}

interface ParsedNode {
	nodeName: string;
	attrs?: Array<{ name: string; value: string }>;
	childNodes?: ParsedNode[];
}

/** Every element of some HTML, parsed by a real HTML parser as a browser would. */
function parsed(html: string): ParsedNode[] {
	const nodes: ParsedNode[] = [];
	const walk = (node: ParsedNode) => {
		nodes.push(node);
		for (const child of node.childNodes ?? []) walk(child);
	};
	walk(parseFragment(html) as ParsedNode);
	return nodes;
}

function elementsOf(html: string): string[] {
	return parsed(html).map((node) => node.nodeName);
}

/** Every attribute value in some HTML that a browser would follow or run. */
function targetsOf(html: string): string[] {
	return parsed(html).flatMap((node) =>
		(node.attrs ?? []).filter((attr) => /^(href|src|on)/i.test(attr.name)).map((attr) => attr.value)
	);
}

test('headings, lists and links come out as HTML', () => {
	const html = htmlOf('## Hoe?\n\n- Vakbonden\n- Mutualiteiten\n\n[WSM](https://wsm.be)');
	expect(html).toContain('<h2>Hoe?</h2>');
	expect(html).toContain('<li>Vakbonden</li>');
	expect(html).toContain('<a href="https://wsm.be">WSM</a>');
});

test('a body without videos is one HTML part', () => {
	expect(renderBody('Een.\n\nTwee.')).toEqual([{ kind: 'html', html: '<p>Een.</p>\n<p>Twee.</p>\n' }]);
	expect(renderBody('')).toEqual([]);
});

test.each([
	['<script>alert(1)</script>', 'script'],
	['<img src=x onerror=alert(1)>', 'img'],
	['<iframe src="https://evil.example"></iframe>', 'iframe'],
	['[klik](javascript:alert(1))', 'a'],
	['[klik](JAVASCRIPT:alert(1))', 'a'],
	['![x](data:text/html;base64,PHNjcmlwdD4=)', 'img']
])('%s renders as no active element', (source, tag) => {
	expect(elementsOf(htmlOf(source))).not.toContain(tag);
});

describe('a paragraph that is only a link to a video becomes a video part', () => {
	const video = (provider: 'youtube' | 'vimeo', videoId: string, title = ''): BodyPart => ({
		kind: 'video',
		provider,
		videoId,
		title
	});

	test.each([
		['https://www.youtube.com/watch?v=dQw4w9WgXcQ', video('youtube', 'dQw4w9WgXcQ')],
		['https://youtube.com/watch?v=dQw4w9WgXcQ', video('youtube', 'dQw4w9WgXcQ')],
		['https://m.youtube.com/watch?v=dQw4w9WgXcQ', video('youtube', 'dQw4w9WgXcQ')],
		['https://youtu.be/dQw4w9WgXcQ', video('youtube', 'dQw4w9WgXcQ')],
		['https://www.youtube.com/embed/a-b_c1D2e3F', video('youtube', 'a-b_c1D2e3F')],
		['https://youtube.com/embed/dQw4w9WgXcQ', video('youtube', 'dQw4w9WgXcQ')],
		['https://m.youtube.com/embed/dQw4w9WgXcQ', video('youtube', 'dQw4w9WgXcQ')],
		['https://vimeo.com/76979871', video('vimeo', '76979871')],
		['https://www.vimeo.com/76979871', video('vimeo', '76979871')],
		// Written as an autolink or with spaces around: still the paragraph's only content.
		['<https://youtu.be/dQw4w9WgXcQ>', video('youtube', 'dQw4w9WgXcQ')],
		['   https://youtu.be/dQw4w9WgXcQ   ', video('youtube', 'dQw4w9WgXcQ')]
	])('bare %s, with no title of its own', (source, expected) => {
		expect(renderBody(source)).toEqual([expected]);
	});

	test('a Markdown link gives the video its text as title, as plain text', () => {
		expect(renderBody('[FOS: zo werkt het niet](https://www.youtube.com/watch?v=FOSdemo2026)')).toEqual([
			video('youtube', 'FOSdemo2026', 'FOS: zo werkt het niet')
		]);
		expect(renderBody('[Een *mooie*\n`film` **van** ons](https://vimeo.com/76979871 "titel")')).toEqual([
			video('vimeo', '76979871', 'Een mooie film van ons')
		]);
		expect(renderBody('[](https://youtu.be/dQw4w9WgXcQ)')).toEqual([video('youtube', 'dQw4w9WgXcQ')]);
		// Entities are decoded into the text, which the page escapes when it shows it.
		expect(renderBody('[Werk &amp; loon](https://youtu.be/dQw4w9WgXcQ)')).toEqual([
			video('youtube', 'dQw4w9WgXcQ', 'Werk & loon')
		]);
	});

	test('a reference-style link counts too', () => {
		expect(renderBody('[De film][film]\n\n[film]: https://youtu.be/dQw4w9WgXcQ')).toEqual([
			video('youtube', 'dQw4w9WgXcQ', 'De film')
		]);
	});

	test('the HTML around videos stays in order; adjacent HTML is one part', () => {
		const parts = renderBody(
			[
				'## Over ons',
				'Eerste alinea.',
				'https://youtu.be/dQw4w9WgXcQ',
				'Tussen de twee.',
				'- een lijst',
				'[Tweede](https://vimeo.com/76979871)',
				'[Derde](https://youtu.be/aaaaaaaaaaa)',
				'Slot.'
			].join('\n\n')
		);
		expect(parts).toEqual([
			{ kind: 'html', html: '<h2>Over ons</h2>\n<p>Eerste alinea.</p>\n' },
			video('youtube', 'dQw4w9WgXcQ'),
			{ kind: 'html', html: '<p>Tussen de twee.</p>\n<ul>\n<li>een lijst</li>\n</ul>\n' },
			video('vimeo', '76979871', 'Tweede'),
			video('youtube', 'aaaaaaaaaaa', 'Derde'),
			{ kind: 'html', html: '<p>Slot.</p>\n' }
		]);
	});
});

describe('anything else stays an ordinary link', () => {
	test.each([
		// Not https.
		'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
		'http://youtu.be/dQw4w9WgXcQ',
		'http://vimeo.com/76979871',
		'youtu.be/dQw4w9WgXcQ',
		'www.youtube.com/watch?v=dQw4w9WgXcQ',
		// Other hosts, or look-alikes.
		'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
		'https://music.youtube.com/watch?v=dQw4w9WgXcQ',
		'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
		'https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ',
		'https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ',
		'https://player.vimeo.com/video/76979871',
		'https://www.example.org/watch?v=dQw4w9WgXcQ',
		// Not just the video's id.
		'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
		'https://www.youtube.com/watch?list=PL123&v=dQw4w9WgXcQ',
		'https://youtu.be/dQw4w9WgXcQ?si=abc',
		'https://youtu.be/dQw4w9WgXcQ/',
		'https://www.youtube.com/watch?v=dQw4w9WgXc',
		'https://www.youtube.com/watch?v=dQw4w9WgXcQQ',
		'https://www.youtube.com/shorts/dQw4w9WgXcQ',
		'https://www.youtube.com/@FOSvzw',
		'https://vimeo.com/channels/staffpicks/76979871',
		'https://vimeo.com/76979871#t=10',
		'https://vimeo.com/12345',
		'https://vimeo.com/about',
		// Text around the URL.
		'Kijk: https://youtu.be/dQw4w9WgXcQ',
		'https://youtu.be/dQw4w9WgXcQ is onze film',
		'https://youtu.be/dQw4w9WgXcQ.',
		'Kijk [hier](https://youtu.be/dQw4w9WgXcQ).',
		'https://youtu.be/dQw4w9WgXcQ https://vimeo.com/76979871',
		'https://youtu.be/dQw4w9WgXcQ\nhttps://vimeo.com/76979871',
		// Not a paragraph of its own.
		'- https://youtu.be/dQw4w9WgXcQ',
		'> https://youtu.be/dQw4w9WgXcQ',
		'## https://youtu.be/dQw4w9WgXcQ',
		'    https://youtu.be/dQw4w9WgXcQ',
		'`https://youtu.be/dQw4w9WgXcQ`',
		// An image in the link text.
		'[![still](/still.jpg)](https://youtu.be/dQw4w9WgXcQ)'
	])('%s', (source) => {
		const parts = renderBody(source);
		expect(parts.map((part) => part.kind)).toEqual(['html']);
	});

	test.each([
		['[klik](javascript:alert(1))'],
		['[https://youtu.be/dQw4w9WgXcQ](javascript:alert(1))'],
		['<javascript:alert(1)>'],
		['[film](javascript:https://youtu.be/dQw4w9WgXcQ)'],
		['[film](data:text/html,https://youtu.be/dQw4w9WgXcQ)']
	])('%s is neither a video nor an active link', (source) => {
		const parts = renderBody(source);
		expect(parts.map((part) => part.kind)).toEqual(['html']);
		// At most the https address inside is linked, as any address in text is.
		expect(targetsOf(htmlOf(source)).filter((target) => !target.startsWith('https://'))).toEqual([]);
	});
});

describe('an entry’s film: checked by the rule that makes a paragraph a player, shown after the body', () => {
	const addresses = [
		'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
		'https://youtu.be/dQw4w9WgXcQ',
		'https://m.youtube.com/embed/a-b_c1D2e3F',
		'https://vimeo.com/76979871',
		'https://www.vimeo.com/76979871',
		'https://example.org/x',
		'http://youtu.be/dQw4w9WgXcQ',
		'https://youtu.be/dQw4w9WgXcQ?si=abc',
		'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
		'https://player.vimeo.com/video/76979871',
		'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
		'javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ',
		' https://youtu.be/dQw4w9WgXcQ',
		''
	];

	test.each(addresses)('%j is a film exactly when it is a player in Markdown', (address) => {
		const parts = renderBody(`[Film](${address.trim()})`);
		const player = parts.length === 1 && parts[0]!.kind === 'video' && address === address.trim();
		expect(videoOf(address) !== undefined).toBe(player);
	});

	test('the provider and id of an address', () => {
		expect(videoOf('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual({
			provider: 'youtube',
			videoId: 'dQw4w9WgXcQ'
		});
		expect(videoOf('https://vimeo.com/76979871')).toEqual({ provider: 'vimeo', videoId: '76979871' });
		expect(videoOf('https://example.org/x')).toBeUndefined();
	});

	const page = { body: 'Eerste alinea.', title: 'Wie zijn wij', locale: 'nl' as const };

	test('without a film the body is its Markdown alone', () => {
		expect(entryBody({ ...page, video_url: null })).toEqual(renderBody(page.body));
		// An address that is not a video (never past the intranet's check) shows nothing, not a link.
		expect(entryBody({ ...page, video_url: 'https://example.org/x' })).toEqual(renderBody(page.body));
	});

	test('a film comes after the body’s own parts, titled after the entry in the language of its text', () => {
		expect(entryBody({ ...page, video_url: 'https://youtu.be/dQw4w9WgXcQ' })).toEqual([
			{ kind: 'html', html: '<p>Eerste alinea.</p>\n' },
			{
				kind: 'video',
				provider: 'youtube',
				videoId: 'dQw4w9WgXcQ',
				title: m.video_entry_title({ title: 'Wie zijn wij' }, { locale: 'nl' })
			}
		]);
		// A video in the body stays the first; the film is the next (`?video=2`).
		const french = entryBody({
			body: '[Notre film](https://youtu.be/aaaaaaaaaaa)\n\nFin.',
			title: 'Qui sommes-nous',
			locale: 'fr',
			video_url: 'https://vimeo.com/76979871'
		});
		expect(french.map((part) => (part.kind === 'video' ? part.title : part.kind))).toEqual([
			'Notre film',
			'html',
			m.video_entry_title({ title: 'Qui sommes-nous' }, { locale: 'fr' })
		]);
		expect(m.video_entry_title({ title: 'Qui sommes-nous' }, { locale: 'fr' })).toContain('Qui sommes-nous');
	});
});

describe('markup in a link’s text is never markup in the page', () => {
	const payloads = [
		'<img src=x onerror=alert(1)>',
		'<script>alert(1)</script>',
		'"><svg onload=alert(1)>',
		'</p><iframe src="https://evil.example">'
	];

	test.each(payloads)('a video titled %s keeps it as text', (payload) => {
		const [part] = renderBody(`[${payload}](https://youtu.be/dQw4w9WgXcQ)`);
		// The title is text for the page to escape (Svelte does); no HTML part carries it.
		expect(part).toMatchObject({ kind: 'video', videoId: 'dQw4w9WgXcQ' });
		expect(part?.kind === 'video' && part.title).toBe(payload.replace(/\s+/g, ' '));
	});

	test.each(payloads)('an ordinary link titled %s is escaped', (payload) => {
		const html = htmlOf(
			`Zie [${payload}](https://wsm.be) en [${payload}](https://youtu.be/dQw4w9WgXcQ "${payload}").`
		);
		const elements = elementsOf(html);
		for (const tag of ['img', 'script', 'svg', 'iframe']) expect(elements).not.toContain(tag);
		expect(elements).toContain('a');
		expect(targetsOf(html).every((target) => target.startsWith('https://'))).toBe(true);
		expect(html).toContain('&lt;');
	});
});

/** The text of a parsed node and everything in it. */
const textOf = (node: ParsedNode): string =>
	node.nodeName === '#text'
		? (node as { value?: string }).value!
		: (node.childNodes ?? []).map(textOf).join('');
const attribute = (node: ParsedNode, name: string) => node.attrs?.find((attr) => attr.name === name)?.value;

test('a title with brackets or a backslash stays whole as a link text or an alt text once labelled', () => {
	const title = 'Werk [en] loon \\ overal]';
	const links = (source: string) =>
		parsed(htmlOf(source))
			.filter((node) => node.nodeName === 'a')
			.map((node) => [textOf(node), attribute(node, 'href')]);
	expect(links(`Lees [${markdownLabel(title)}](/nl/nieuws/werk)`)).toEqual([[title, '/nl/nieuws/werk']]);
	// As typed, the same title breaks the link: the escaping is what keeps it whole.
	expect(links(`Lees [${title}](/nl/nieuws/werk)`)).not.toEqual([[title, '/nl/nieuws/werk']]);
	const images = parsed(htmlOf(`![${markdownLabel(title)}](/media/1/960w-abc.jpg)`)).filter(
		(node) => node.nodeName === 'img'
	);
	expect(images.map((node) => [attribute(node, 'alt'), attribute(node, 'src')])).toEqual([
		[title, '/media/1/960w-abc.jpg']
	]);
});

describe('the site’s media addresses, rendered for the intranet', () => {
	const source =
		'Een markt:\n\n![Een markt](/media/1/960w-abc.jpg)\n\n[Het rapport](/media/2/rapport.pdf) en [nieuws](/nl/nieuws).';

	test('stay as they are by default, as the site serves them', () => {
		expect(htmlOf(source)).toContain('src="/media/1/960w-abc.jpg"');
		expect(htmlOf(source)).toContain('href="/media/2/rapport.pdf"');
	});

	test('go under the base given, images and files alike; other addresses do not', () => {
		const html = renderBody(source, { mediaBase: '/nl/sites/wsm' })
			.map((part) => (part.kind === 'html' ? part.html : ''))
			.join('');
		expect(html).toContain('src="/nl/sites/wsm/media/1/960w-abc.jpg"');
		expect(html).toContain('href="/nl/sites/wsm/media/2/rapport.pdf"');
		expect(html).toContain('href="/nl/nieuws"');
	});
});

describe('tables', () => {
	test('a table scrolls in its own focusable box, named after its column headings', () => {
		const html = htmlOf('| Land | Partner & bond |\n| --- | --- |\n| Benin | <b>CSA</b> |');
		const box = parsed(html).find((node) => node.nodeName === 'div');
		const attrs = Object.fromEntries((box?.attrs ?? []).map((a) => [a.name, a.value]));
		expect(attrs).toEqual({
			class: 'table-scroll',
			role: 'region',
			tabindex: '0',
			'aria-label': 'Land, Partner & bond'
		});
		expect(box?.childNodes?.[0]?.nodeName).toBe('table');
		expect(html).toContain('&lt;b&gt;CSA&lt;/b&gt;');
	});
});
