import MarkdownIt from 'markdown-it';

// Raw HTML is off, so whatever an editor types is escaped; markdown-it also refuses
// `javascript:`, `vbscript:` and `data:` (except images) link targets. What comes out is safe
// to put in a page as it is rendered on every request.
const markdown = new MarkdownIt({ html: false, linkify: true });

/** The HTML of an entry's Markdown body. */
export function renderMarkdown(source: string): string {
	return markdown.render(source);
}
