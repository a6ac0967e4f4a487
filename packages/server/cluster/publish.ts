// A publish as an editor makes it, over HTTP through the load balancer: sign in to the intranet,
// open an entry's editor, post its language's form back with a new title and "publish now"; then
// ask each public-site instance directly until it shows the new title. Shared by the cluster test
// and the publish-to-visible benchmark.
import { createDb } from '@solidair/db';
import type { Cluster } from './stack.ts';

/** The seed's WSM site editor (no second factor) and the demo password. */
export const editor = { email: 'an.janssens@wsm.be', password: 'solidair-demo-2026' };

/** Posts a form as a browser would without JavaScript: urlencoded, from the page's own origin. */
export function postForm(url: string, fields: Iterable<[string, string]>, cookie?: string) {
	const origin = new URL(url).origin;
	return fetch(url, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie && { cookie })
		},
		body: new URLSearchParams([...fields])
	});
}

/** Signs in through `origin` (the portal or the intranet, by its load balancer); returns the session cookie. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
	const response = await postForm(`${origin}/nl/login`, [
		['email', email],
		['password', password]
	]);
	const cookie = /session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
	if (response.status !== 303 || !cookie) throw new Error(`sign-in of ${email} failed: ${response.status}`);
	return cookie;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text as it was before HTML escaped it (the few entities a server-rendered page holds). */
export function unescapeHtml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return String.fromCodePoint(code);
		}
		return entities[name.toLowerCase()] ?? whole;
	});
}

/**
 * The fields a browser would send from the first `<form>` whose opening tag matches `action` and
 * whose markup holds `marker`: inputs (checkboxes only when checked; no buttons) and textareas.
 */
export function formFields(html: string, action: string, marker: string): Array<[string, string]> {
	const forms = html.split(/(?=<form\b)/).filter((part) => part.startsWith('<form'));
	const form = forms
		.map((part) => part.slice(0, part.indexOf('</form>') + 1 || undefined))
		.find((part) => part.slice(0, part.indexOf('>')).includes(action) && part.includes(marker));
	if (!form) throw new Error(`no form ${action} with ${marker} on the page`);
	const fields: Array<[string, string]> = [];
	const attribute = (tag: string, name: string) =>
		new RegExp(`\\s${name}(?:="([^"]*)")?`).exec(tag)?.[1] ??
		(new RegExp(`\\s${name}[\\s>/]`).test(tag) ? '' : undefined);
	for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
		const name = attribute(tag, 'name');
		const type = attribute(tag, 'type') ?? 'text';
		if (name === undefined || ['submit', 'button', 'file', 'image', 'reset'].includes(type)) continue;
		if ((type === 'checkbox' || type === 'radio') && attribute(tag, 'checked') === undefined) continue;
		fields.push([name, unescapeHtml(attribute(tag, 'value') ?? (type === 'checkbox' ? 'on' : ''))]);
	}
	for (const [, tag = '', text = ''] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
		const name = attribute(tag, 'name');
		// A textarea drops one newline right after its opening tag.
		if (name !== undefined) fields.push([name, unescapeHtml(text.replace(/^\r?\n/, ''))]);
	}
	return fields;
}

export interface PublishedEntry {
	id: string;
	/** The entry's Dutch page on the WSM site, from the site's root. */
	path: string;
	title: string;
}

/** A WSM news item published in Dutch (the newest), to edit. */
export async function wsmNewsItem(databaseUrl: string): Promise<PublishedEntry> {
	const db = createDb(databaseUrl, { max: 1 });
	try {
		const row = await db
			.selectFrom('entry_translations')
			.select(['entry_id', 'slug', 'title'])
			.where('site_id', '=', 'wsm')
			.where('entry_type', '=', 'news')
			.where('locale', '=', 'nl')
			.where('status', '=', 'published')
			.orderBy('published_at', 'desc')
			.executeTakeFirstOrThrow();
		return { id: row.entry_id, path: `/nl/nieuws/${row.slug}`, title: row.title };
	} finally {
		await db.destroy();
	}
}

/**
 * Gives the entry's Dutch text `title` and publishes it, through the intranet's load balancer with
 * `cookie` (an editor's session): the editor page's own form, posted back as a browser would.
 * Resolves once the intranet has redirected (the publish is stored).
 */
export async function publishTitle(cluster: Cluster, cookie: string, entryId: string, title: string) {
	const editorUrl = `${cluster.url.intranet}/nl/sites/wsm/entries/${entryId}`;
	const page = await fetch(editorUrl, { headers: { cookie } });
	if (page.status !== 200) throw new Error(`the editor answered ${page.status}`);
	const fields = formFields(await page.text(), 'action="?/save"', 'name="locale" value="nl"').filter(
		([name]) => name !== 'title'
	);
	const response = await postForm(
		`${editorUrl}?/save`,
		[...fields, ['title', title], ['intent', 'publish']],
		cookie
	);
	if (response.status !== 303) {
		throw new Error(`the publish answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
	}
}

/**
 * Milliseconds from now until `url` shows `text`, asking every 10 ms; throws after `timeout` ms
 * with the last answer's status.
 */
export async function untilShown(url: string, text: string, timeout = 10_000): Promise<number> {
	const start = performance.now();
	for (;;) {
		const response = await fetch(url);
		const body = await response.text();
		if (response.status === 200 && body.includes(text)) return performance.now() - start;
		if (performance.now() - start > timeout) {
			throw new Error(`${url} did not show "${text}" within ${timeout} ms (last answer ${response.status})`);
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/**
 * One publish, timed from the intranet's answer (the publish is stored) until every public-site
 * instance shows it, each asked directly past the load balancer; resolves to the slowest
 * instance's delay in milliseconds. Each instance is asked for the page first, so that a cache
 * holds the old text when the publish comes.
 */
export async function timedPublish(cluster: Cluster, cookie: string, entry: PublishedEntry, title: string) {
	const pages = cluster.instances.wsm.map((instance) => `${instance.url}${entry.path}`);
	for (const page of pages) {
		const response = await fetch(page);
		if (response.status !== 200) throw new Error(`${page} answered ${response.status} before the publish`);
		await response.arrayBuffer();
	}
	await publishTitle(cluster, cookie, entry.id, title);
	const start = performance.now();
	// The title as the page escapes it.
	const shown = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	await Promise.all(pages.map((page) => untilShown(page, shown)));
	return performance.now() - start;
}
