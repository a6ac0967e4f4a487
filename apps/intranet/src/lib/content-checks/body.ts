// The parts of a Markdown body the checks look at, read from markdown-it's tokens (the parser the
// site renders with), never with regular expressions: a `[` in code or an escaped `!` stays text.
import { parseMarkdown, type MarkdownToken } from '@solidair/app-kit/markdown';

export interface BodyImage {
	alt: string;
	src: string;
	line: number;
}

export interface BodyLink {
	/** The link's text as read: its words, and an image's description when it links an image. */
	text: string;
	href: string;
	line: number;
}

export interface BodyHeading {
	level: number;
	text: string;
	line: number;
}

export interface ParsedBody {
	images: BodyImage[];
	links: BodyLink[];
	headings: BodyHeading[];
}

/** The plain text of inline tokens: what a screen reader reads out for them. */
function plainText(tokens: MarkdownToken[]): string {
	return tokens
		.map((token) => {
			if (token.type === 'image') return token.content;
			if (token.type === 'softbreak' || token.type === 'hardbreak') return ' ';
			return token.type === 'text' || token.type === 'code_inline' ? token.content : '';
		})
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

export function parseBody(source: string): ParsedBody {
	const tokens = parseMarkdown(source);
	const body: ParsedBody = { images: [], links: [], headings: [] };
	for (const [index, token] of tokens.entries()) {
		// Inline tokens carry no line of their own: the block they are in does (`map`, from 0).
		const line = (token.map?.[0] ?? 0) + 1;
		if (token.type === 'heading_open') {
			const inline = tokens[index + 1];
			body.headings.push({
				level: Number(token.tag.slice(1)),
				text: plainText(inline?.children ?? []),
				line
			});
		}
		if (token.type !== 'inline') continue;
		const children = token.children ?? [];
		for (const [at, child] of children.entries()) {
			if (child.type === 'image') {
				body.images.push({ alt: child.content.trim(), src: String(child.attrGet('src') ?? ''), line });
			}
			if (child.type === 'link_open') {
				const close = children.findIndex((next, i) => i > at && next.type === 'link_close');
				const inner = children.slice(at + 1, close === -1 ? undefined : close);
				body.links.push({ text: plainText(inner), href: String(child.attrGet('href') ?? ''), line });
			}
		}
	}
	return body;
}
