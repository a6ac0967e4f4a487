// HTML, CSS and JavaScript bytes (gzipped) of each page type, as a browser would load them.
import { gzipSync } from 'node:zlib';

export interface Page {
	label: string;
	url: string;
	headers?: Record<string, string>;
}

/** fetch, once more on a connection error: a kept-alive socket the server has meanwhile closed. */
export async function get(url: string | URL, headers: Record<string, string> = {}): Promise<Response> {
	try {
		return await fetch(url, { headers });
	} catch {
		return fetch(url, { headers: { ...headers, connection: 'close' } });
	}
}

export async function bytesTable(pages: Page[]): Promise<string[]> {
	const lines = ['| page | HTML | CSS | JavaScript |', '| --- | ---: | ---: | ---: |'];
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	for (const page of pages) {
		const html = await (await get(page.url, page.headers)).text();
		// Attributes come in any order (Kit writes href before rel).
		const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
		const attribute = (tag: string, key: string) => new RegExp(`\\s${key}="([^"]+)"`).exec(tag)?.[1];
		const links = (rel: string) =>
			tags('link')
				.filter((tag) => attribute(tag, 'rel') === rel)
				.map((tag) => attribute(tag, 'href')!);
		const css = links('stylesheet');
		const js = [...tags('script').flatMap((tag) => attribute(tag, 'src') ?? []), ...links('modulepreload')];
		const size = async (hrefs: string[]) => {
			let total = 0;
			for (const href of new Set(hrefs))
				total += gzipSync(Buffer.from(await (await get(new URL(href, page.url))).arrayBuffer())).byteLength;
			return total;
		};
		lines.push(
			`| ${page.label} | ${kb(gzipSync(html).byteLength)} | ${kb(await size(css))} | ${kb(await size(js))} |`
		);
	}
	return lines;
}
