// Entries' Markdown as the public sites show it. Safe in the browser as on the server: the
// intranet's live preview renders with it while the text is typed.
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import MarkdownIt from 'markdown-it';

// Raw HTML is off, so whatever an editor types is escaped; markdown-it also refuses
// `javascript:`, `vbscript:` and `data:` (except images) link targets. What comes out is safe
// to put in a page as it is rendered on every request.
const markdown = new MarkdownIt({ html: false, linkify: true });

// A table wider than a phone scrolls in its own box, not the page. The box can be focused (to
// scroll it from the keyboard) and is named after the table's column headings.
markdown.renderer.rules.table_open = (tokens, index) => {
	const headings: string[] = [];
	for (let i = index + 1; i < tokens.length && tokens[i]!.type !== 'thead_close'; i++) {
		if (tokens[i]!.type === 'inline') headings.push(tokens[i]!.content);
	}
	const label = markdown.utils.escapeHtml(headings.join(', '));
	return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}"><table>\n`;
};
markdown.renderer.rules.table_close = () => '</table></div>\n';

type Token = ReturnType<typeof markdown.parse>[number];

/** A token of a parsed body (markdown-it's), for code that reads a body's structure. */
export type MarkdownToken = Token;

/**
 * A body's tokens as `renderBody` reads them: the same parser and options, so what the intranet's
 * content checks find (headings, links, images) is what the site will show.
 */
export const parseMarkdown = (source: string): Token[] => markdown.parse(source, {});

/**
 * Text to put between Markdown's brackets (a link's text, an image's alt text): a bracket or a
 * backslash in it would end or escape them.
 */
export const markdownLabel = (text: string) => text.replace(/[\\[\]]/g, '\\$&');

/** A piece of an entry's body: rendered Markdown, or a video the page embeds (see `renderBody`). */
export type BodyPart =
	| {
			kind: 'html';
			/** Rendered from Markdown; safe (see above). */
			html: string;
	  }
	| {
			kind: 'video';
			provider: 'youtube' | 'vimeo';
			videoId: string;
			/** The link's text, as plain text (the page escapes it); empty for a bare URL. */
			title: string;
	  };

type Video = Omit<Extract<BodyPart, { kind: 'video' }>, 'title' | 'kind'>;

// The addresses that become a player, exactly: https only, the video's id and nothing else (no
// timestamp, playlist or tracking parameter). Anything else stays an ordinary link.
const videoUrls: Array<[RegExp, Video['provider']]> = [
	[/^https:\/\/(?:(?:www|m)\.)?youtube\.com\/watch\?v=([A-Za-z0-9_-]{11})$/, 'youtube'],
	[/^https:\/\/(?:(?:www|m)\.)?youtube\.com\/embed\/([A-Za-z0-9_-]{11})$/, 'youtube'],
	[/^https:\/\/youtu\.be\/([A-Za-z0-9_-]{11})$/, 'youtube'],
	[/^https:\/\/(?:www\.)?vimeo\.com\/(\d{6,12})$/, 'vimeo']
];

/**
 * The video an address shows, if it is one of `videoUrls`: the rule for a Markdown paragraph that
 * becomes a player, and the check of an entry's film (`entries.video_url`) in the intranet.
 */
export function videoOf(url: string): Video | undefined {
	for (const [pattern, provider] of videoUrls) {
		const videoId = pattern.exec(url)?.[1];
		if (videoId) return { provider, videoId };
	}
	return undefined;
}

// What may make up a link's text for it to become a video's title: text with emphasis, nothing else.
const titleTokens = new Set([
	'text',
	'code_inline',
	'softbreak',
	'hardbreak',
	'em_open',
	'em_close',
	'strong_open',
	'strong_close',
	's_open',
	's_close'
]);

/** The video of a paragraph made of a single link to one (bare URL or `[Title](url)`), if it is one. */
function videoParagraph(inline: Token | undefined): Extract<BodyPart, { kind: 'video' }> | undefined {
	const children = inline?.type === 'inline' ? (inline.children ?? []) : [];
	const open = children[0];
	const close = children.at(-1);
	if (children.length < 2 || open?.type !== 'link_open' || close?.type !== 'link_close') return undefined;
	const text = children.slice(1, -1);
	if (!text.every((token) => titleTokens.has(token.type))) return undefined;
	const href = open.attrGet('href');
	const video = typeof href === 'string' ? videoOf(href) : undefined;
	if (!video) return undefined;
	// A bare URL (linkified, or written as <url>) has no title of its own: the page gives one.
	const bare = open.markup === 'linkify' || open.markup === 'autolink';
	const title = bare
		? ''
		: text
				.map((token) => (token.type.endsWith('break') ? ' ' : token.content))
				.join('')
				.replace(/\s+/g, ' ')
				.trim();
	return { kind: 'video', ...video, title };
}

export interface RenderOptions {
	/**
	 * Where the site's media addresses (`/media/…`, in images and links to files) point instead: the
	 * intranet serves each site's library under its own path (`/nl/sites/wsm`), where `/media/…`
	 * does not exist. The text keeps the site's addresses, so it works on the site.
	 */
	mediaBase?: string;
}

/** Puts the site's media addresses of a parsed body under `base`. */
function rebaseMedia(tokens: Token[], base: string) {
	for (const token of tokens) {
		for (const child of token.children ?? []) {
			const attribute = child.type === 'image' ? 'src' : child.type === 'link_open' ? 'href' : undefined;
			const url = attribute && child.attrGet(attribute);
			if (attribute && typeof url === 'string' && url.startsWith('/media/'))
				child.attrSet(attribute, `${base}${url}`);
		}
	}
}

/**
 * An entry's Markdown body as the page shows it: HTML, except that a paragraph that is nothing but
 * a link to a YouTube or Vimeo video (see `videoUrls`) becomes a video part, which the page turns
 * into a player that loads nothing from the provider until the visitor asks for it.
 */
export function renderBody(source: string, options: RenderOptions = {}): BodyPart[] {
	const env = {};
	const tokens = markdown.parse(source, env);
	if (options.mediaBase) rebaseMedia(tokens, options.mediaBase);
	const parts: BodyPart[] = [];
	let start = 0;
	const flush = (end: number) => {
		const html = end > start ? markdown.renderer.render(tokens.slice(start, end), markdown.options, env) : '';
		if (html.trim()) parts.push({ kind: 'html', html });
	};
	for (let index = 0; index < tokens.length; index++) {
		// Only a paragraph of its own, not one inside a list or a quote.
		if (tokens[index]!.type !== 'paragraph_open' || tokens[index]!.level !== 0) continue;
		const video = videoParagraph(tokens[index + 1]);
		if (!video || tokens[index + 2]?.type !== 'paragraph_close') continue;
		flush(index);
		parts.push(video);
		start = index + 3;
		index += 2;
	}
	flush(tokens.length);
	return parts;
}

/**
 * What a public page shows of an entry's body: its Markdown (`renderBody`), then the entry's film
 * when an editor set one, as one more video part titled after the entry ("Video: Wie zijn wij")
 * in the language of its text. An address that is not a video (none gets past the intranet's
 * check) shows nothing rather than a broken player.
 */
export function entryBody(entry: {
	body: string;
	title: string;
	/** The language of the text (the default locale's when it stands in for another). */
	locale: Locale;
	video_url: string | null;
}): BodyPart[] {
	const parts = renderBody(entry.body);
	const video = entry.video_url === null ? undefined : videoOf(entry.video_url);
	if (video)
		parts.push({
			kind: 'video',
			...video,
			title: m.video_entry_title({ title: entry.title }, { locale: entry.locale })
		});
	return parts;
}
