// The crawl every app's end-to-end suite runs on its built server: follow every same-origin link
// from a few start pages (bounded), then request every route file's path with sample parameters,
// and report each response of 500 or more. A page that answers 5xx to anyone is a bug whoever
// the visitor is, so the crawl runs signed out and as each demo role.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { bundledNativeModules } from './bundle.ts';
import { fuzzCases, runFuzz } from './fuzz.ts';

export interface CrawlOptions {
	/** Carries the role's session cookie, if any. */
	request: APIRequestContext;
	/** The server's origin, e.g. `http://127.0.0.1:3001`. */
	origin: string;
	/** Where the crawl starts (paths). */
	start: string[];
	/** At most this many links followed. */
	limit: number;
	/** The app's `src/routes` folder: each route is also requested with sample parameters. */
	routesDir: string;
	/** The language put into `[lang=locale]` (one whose segments are the route folders' names). */
	lang: string;
}

/** A form that posts, as a crawled page shows it: where it posts and its fields' names and values. */
export interface CrawledForm {
	action: string;
	fields: Array<[name: string, value: string]>;
}

export interface CrawlResult {
	/** Every path requested, with its status. */
	statuses: Map<string, number>;
	/** The post forms found on the pages, one per action and set of field names. */
	forms: CrawledForm[];
	/** `status path` of each response ≥ 500 (and of each request that got no answer). */
	failures: string[];
}

// Paths never followed: signing out would end the role's session; built assets are not routes.
const skipped = [/\/logout(\/|$|\?)/, /^\/_app\//];
// Query-string variants of one path (pages, filters) are sampled, not exhausted.
const variantsPerPath = 3;

function linksIn(html: string, base: URL, origin: string): string[] {
	const links: string[] = [];
	for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
		const raw = match[1]!.replaceAll('&amp;', '&');
		let url: URL;
		try {
			url = new URL(raw, base);
		} catch {
			continue;
		}
		if (url.origin !== origin) continue;
		links.push(url.pathname + url.search);
	}
	return links;
}

const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]?.replaceAll('&amp;', '&');

/** The post forms of a page (their named fields, with the values the page gives them). */
export function formsIn(html: string, path: string): CrawledForm[] {
	const forms: CrawledForm[] = [];
	for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
		if ((attribute(match[1]!, 'method') ?? 'get').toLowerCase() !== 'post') continue;
		const action = new URL(attribute(match[1]!, 'action') ?? '', `http://x${path}`);
		const fields: Array<[string, string]> = [];
		for (const field of match[2]!.matchAll(/<(input|textarea|select)\b([^>]*)>/gi)) {
			const name = attribute(field[2]!, 'name');
			const type = attribute(field[2]!, 'type') ?? '';
			if (!name || /^(file|submit|button|image|reset)$/i.test(type)) continue;
			if (!fields.some(([existing]) => existing === name))
				fields.push([name, attribute(field[2]!, 'value') ?? '']);
		}
		forms.push({ action: action.pathname + action.search, fields });
	}
	return forms;
}

/** Route folders as path templates: `/[lang=locale]/files/[id]` (groups and optional params dropped). */
export function routeTemplates(routesDir: string): string[] {
	const templates = new Set<string>();
	const walk = (dir: string) => {
		const entries = readdirSync(dir, { withFileTypes: true });
		if (entries.some((e) => e.isFile() && /^\+(page|server)(\.server)?\.(ts|js|svelte)$/.test(e.name))) {
			const segments = relative(routesDir, dir)
				.split(sep)
				.filter((s) => s && !/^\(.*\)$/.test(s) && !/^\[\[.*\]\]$/.test(s));
			templates.add(`/${segments.join('/')}`);
		}
		for (const entry of entries) if (entry.isDirectory()) walk(join(dir, entry.name));
	};
	walk(routesDir);
	return [...templates].sort();
}

const paramPattern = /\[(\.\.\.)?([a-z_]+)(?:=[a-z_]+)?\]/gi;

/**
 * The paths to request for one template: each parameter given the values seen at its place in
 * the crawled paths (up to three) and two that match nothing (a word and a zero UUID).
 */
export function samplePaths(template: string, lang: string, seen: Iterable<string>): string[] {
	const withLang = template.replaceAll('[lang=locale]', lang);
	const names: string[] = [];
	const marked = withLang.replace(paramPattern, (_, rest: string | undefined, name: string) => {
		names.push(name);
		return rest ? '\u0001' : '\u0000';
	});
	const escaped = marked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const regex = new RegExp(
		`^${escaped.replaceAll('\u0000', '([^/?]+)').replaceAll('\u0001', '([^?]+)')}(?:\\?.*)?$`
	);
	if (names.length === 0) return [withLang];
	const values = names.map(() => new Set<string>());
	for (const path of seen) {
		const match = regex.exec(path);
		if (!match) continue;
		names.forEach((_, i) => {
			if (values[i]!.size < 3) values[i]!.add(match[i + 1]!);
		});
	}
	for (const set of values) {
		set.add('crawl-sample');
		set.add('00000000-0000-0000-0000-000000000000');
	}
	// Each parameter's values in turn, the others at their first value: not every combination.
	const paths = new Set<string>();
	const first = values.map((set) => [...set][0]!);
	values.forEach((set, i) => {
		for (const value of set) {
			let index = 0;
			paths.add(
				withLang.replace(paramPattern, () => {
					const chosen = index === i ? value : first[index]!;
					index++;
					return chosen;
				})
			);
		}
	});
	return [...paths];
}

/** Crawls as the request context's visitor; see the file's comment. */
export async function crawl(options: CrawlOptions): Promise<CrawlResult> {
	const { request, origin } = options;
	const statuses = new Map<string, number>();
	const failures: string[] = [];
	const variants = new Map<string, number>();
	const forms = new Map<string, CrawledForm>();

	const fetchOne = async (path: string): Promise<string | null> => {
		try {
			const response = await request.get(origin + path, { maxRedirects: 0, timeout: 15_000 });
			const status = response.status();
			statuses.set(path, status);
			if (status >= 500) failures.push(`${status} ${path}`);
			const location = response.headers()['location'];
			if (status >= 300 && status < 400 && location) return `location:${location}`;
			const type = response.headers()['content-type'] ?? '';
			return status === 200 && type.startsWith('text/html') ? await response.text() : null;
		} catch (error) {
			statuses.set(path, 0);
			failures.push(`no answer ${path}: ${(error as Error).message.split('\n')[0]}`);
			return null;
		}
	};

	const queue = [...options.start];
	const queued = new Set(queue);
	const enqueue = (path: string) => {
		if (queued.has(path) || skipped.some((pattern) => pattern.test(path))) return;
		const bare = path.split('?')[0]!;
		const count = variants.get(bare) ?? 0;
		if (path.includes('?') && count >= variantsPerPath) return;
		variants.set(bare, count + 1);
		queued.add(path);
		queue.push(path);
	};
	let followed = 0;
	while (queue.length > 0 && followed < options.limit) {
		const path = queue.shift()!;
		followed++;
		const body = await fetchOne(path);
		if (body === null) continue;
		if (body.startsWith('location:')) {
			const target = new URL(body.slice('location:'.length), origin + path);
			if (target.origin === origin) enqueue(target.pathname + target.search);
			continue;
		}
		for (const link of linksIn(body, new URL(origin + path), origin)) enqueue(link);
		for (const form of formsIn(body, path))
			forms.set(`${form.action} ${form.fields.map(([name]) => name).join(',')}`, form);
	}

	for (const template of routeTemplates(options.routesDir)) {
		for (const path of samplePaths(template, options.lang, statuses.keys())) {
			if (statuses.has(path) || skipped.some((pattern) => pattern.test(path))) continue;
			await fetchOne(path);
		}
	}
	return { statuses, failures, forms: [...forms.values()] };
}

/** A visitor the crawl goes round as: signed out, or signed in by `signIn` on a fresh context. */
export interface CrawlRole {
	name: string;
	signIn?: (context: BrowserContext, baseURL: string) => Promise<void>;
}

/**
 * Registers an app's crawl tests: its built server bundles no native module, and no path answers
 * 5xx to any of the roles.
 */
export function crawlTests(options: {
	root: string;
	app: string;
	start: string[];
	lang: string;
	roles: CrawlRole[];
	/** Links followed per role. */
	limit: number;
	/**
	 * What the database holds that a refused request must not change (e.g. its row counts, but for
	 * the audit log and sessions): compared before and after each role's fuzzing.
	 */
	stateOf?: () => Promise<unknown>;
}): void {
	test(`the built ${options.app} server loads native modules from node_modules, not from its bundle`, () => {
		expect(bundledNativeModules(options.root, options.app)).toEqual([]);
	});
	for (const role of options.roles) {
		test(`no path of ${options.app} answers 5xx, nor leaks under bad input: ${role.name}`, async ({
			browser,
			baseURL
		}) => {
			test.setTimeout(300_000);
			const context = await browser.newContext({ baseURL });
			try {
				await role.signIn?.(context, baseURL!);
				const { statuses, failures, forms } = await crawl({
					request: context.request,
					origin: new URL(baseURL!).origin,
					start: options.start,
					limit: options.limit,
					routesDir: join(options.root, 'apps', options.app, 'src', 'routes'),
					lang: options.lang
				});
				const byStatus = Map.groupBy(statuses.values(), (status) => status);
				console.log(
					`${options.app} ${role.name}: ${statuses.size} paths`,
					[...byStatus].map(([status, all]) => `${status}×${all.length}`).join(' ')
				);
				expect(failures, `${failures.length} of ${statuses.size} paths`).toEqual([]);
				// A crawl that found nothing to follow proves nothing.
				expect(statuses.size).toBeGreaterThan(20);

				// Then bad input at every door this visitor found (tooling/playwright/fuzz.ts).
				const paths = [...statuses].filter(([, status]) => status === 200).map(([path]) => path);
				const cases = fuzzCases({
					templates: routeTemplates(join(options.root, 'apps', options.app, 'src', 'routes')),
					lang: options.lang,
					// Every fourth page is enough: pages of one route share their code.
					paths: paths.filter((_, i) => i % 4 === 0),
					forms: forms.slice(0, 60),
					forgedPosts: !role.signIn
				});
				const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
				const origin = new URL(baseURL!).origin;
				const problems = await runFuzz(
					origin,
					cookie,
					cases.filter((fuzzCase) => !fuzzCase.mustRefuse)
				);
				// The posts that must be refused, with what the database holds before and after.
				const before = await options.stateOf?.();
				problems.push(
					...(await runFuzz(
						origin,
						cookie,
						cases.filter((fuzzCase) => fuzzCase.mustRefuse)
					))
				);
				console.log(`${options.app} ${role.name}: ${cases.length} fuzz cases, ${problems.length} problems`);
				expect(problems, `${problems.length} of ${cases.length} fuzz cases`).toEqual([]);
				if (options.stateOf)
					expect(await options.stateOf(), 'what refused posts left behind').toEqual(before);
			} finally {
				await context.close();
			}
		});
	}
}
