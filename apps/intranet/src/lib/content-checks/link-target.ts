// Links to pages of the site that do not exist. Links to other sites are not fetched: a check
// that calls out at every save would be slow, and would fail whenever they do.
import type { ParsedBody } from './body.ts';
import type { CheckInput, Finding } from './types.ts';

/** The site's path a link leads to, or undefined for what is not checked (other sites, mail, fragments). */
export function internalPath(href: string, siteOrigin?: string): string | undefined {
	let address = href.trim();
	if (siteOrigin && (address === siteOrigin || address.startsWith(`${siteOrigin}/`)))
		address = address.slice(siteOrigin.length) || '/';
	// `//host/…` is another site without its scheme.
	if (!address.startsWith('/') || address.startsWith('//')) return undefined;
	let path = address.replace(/[?#].*$/, '');
	// The library's files are served as they are, not as pages.
	if (path.startsWith('/media/')) return undefined;
	try {
		path = decodeURI(path);
	} catch {
		// Not decodable: compared as written, so it is reported rather than ignored.
	}
	return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function linkTargets(input: CheckInput, body: ParsedBody): Finding[] {
	const findings: Finding[] = [];
	for (const link of body.links) {
		const path = internalPath(link.href, input.siteOrigin);
		if (path !== undefined && !input.linkExists(path))
			findings.push({
				check: 'link-target',
				severity: 'error',
				field: 'body',
				where: link.href,
				line: link.line
			});
	}
	return findings;
}
