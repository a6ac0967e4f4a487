import { parseFragment } from 'parse5';
import { expect, test } from 'vitest';
import { renderMarkdown } from './markdown.ts';

test('headings, lists and links come out as HTML', () => {
	const html = renderMarkdown('## Hoe?\n\n- Vakbonden\n- Mutualiteiten\n\n[WSM](https://wsm.be)');
	expect(html).toContain('<h2>Hoe?</h2>');
	expect(html).toContain('<li>Vakbonden</li>');
	expect(html).toContain('<a href="https://wsm.be">WSM</a>');
});

test.each([
	['<script>alert(1)</script>', 'script'],
	['<img src=x onerror=alert(1)>', 'img'],
	['<iframe src="https://evil.example"></iframe>', 'iframe'],
	['[klik](javascript:alert(1))', 'a'],
	['[klik](JAVASCRIPT:alert(1))', 'a'],
	['![x](data:text/html;base64,PHNjcmlwdD4=)', 'img']
])('%s renders as no active element', (source, tag) => {
	// Parsed by a real HTML parser, as a browser would: no such element, no event handler.
	const fragment = parseFragment(renderMarkdown(source));
	const elements: string[] = [];
	const walk = (node: { nodeName: string; childNodes?: unknown[] }) => {
		elements.push(node.nodeName);
		for (const child of node.childNodes ?? []) walk(child as typeof node);
	};
	walk(fragment);
	expect(elements).not.toContain(tag);
});
