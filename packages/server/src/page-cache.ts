// Public pages answered from memory, in front of the app: a hit never reaches SvelteKit (nor
// adapter-node's request conversion), so it costs what a static file server costs. A page is
// kept only when the app marks it cacheable with `x-solidair-cache-tags` (what it shows: `site:…`,
// `lists:…`, `entry:…`, `media:…`), and lives until one of its tags is invalidated (a publish
// notified through PostgreSQL) or it is the least recently used when memory runs short.
import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { strictTransportSecurity } from './app-server.ts';

/** What the invalidation listener needs: drop the pages showing any of these tags, or all. */
export interface PageCache {
	invalidate(tags: Iterable<string>): void;
	clear(): void;
}

/** The header with which the app marks a response cacheable; never sent to a client. */
export const cacheTagsHeader = 'x-solidair-cache-tags';

export interface PageCacheOptions {
	/** Memory for bodies (all three encodings); 0 stores nothing (the tags header is still removed). */
	maxBytes: number;
	/** Brotli quality, 0–11 (see `defaultBrotliQuality`). */
	brotliQuality?: number;
	/**
	 * The cookie in which the site remembers a choice its URLs already carry as their first segment
	 * (the language: `locale=fr` for `/fr/…`). A request with only that cookie, naming the URL's
	 * own first segment, is answered as one without cookies: the page is the same, and the app
	 * would set nothing. Any other cookie, or a click from one of the site's pages to another
	 * first segment (a choice the app remembers), goes to the app.
	 */
	choiceCookie?: string;
}

/**
 * Measured on the WSM article and home (22 and 77 KB of HTML): quality 6 makes 4.5 and 17.7 KB in
 * 1–3 ms; 11 makes 4.1 and 15.8 KB (10 % less) in 20–95 ms. A page is compressed once per publish
 * and then served from memory, but its first visitor (and all waiting for the same page) wait for
 * it, and a publish drops every list page at once: 2 KB less per hit is not worth 90 ms there.
 */
export const defaultBrotliQuality = 6;

/** Types the app may mark cacheable: pages, feeds, calendars, the sitemap and robots.txt. */
const cacheableType = /^(text\/(html|plain|xml|calendar)|application\/(atom\+xml|rss\+xml|xml))\s*(;|$)/i;

/** Headers of the app's response that are not kept: the server sets them anew on each answer. */
const notKept = new Set([
	cacheTagsHeader,
	'content-length',
	'content-encoding',
	'transfer-encoding',
	'etag',
	'vary',
	'connection',
	'keep-alive',
	'date',
	'strict-transport-security'
]);

type Encoding = 'br' | 'gzip' | 'identity';
const encodings: readonly Encoding[] = ['br', 'gzip', 'identity'];

interface Variant {
	body: Buffer;
	etag: string;
	/** Flat `[name, value, …]` arrays for `writeHead`, built once: over HTTP and over HTTPS. */
	headers: [string[], string[]];
	notModified: [string[], string[]];
}

interface Entry {
	key: string;
	tags: readonly string[];
	variants: Record<Encoding, Variant>;
	/** Every ETag of the page's encodings, for If-None-Match. */
	etags: readonly string[];
	bytes: number;
}

/** What `createAppServer` calls for each request. */
export interface AppPageCache extends PageCache {
	/**
	 * Answers the request from memory when it can. Otherwise calls `toApp` — at once, or when a
	 * render of the same page already under way ends without an answer for it — and watches the
	 * app's response: its tags header is removed, and a cacheable page is stored and sent from memory.
	 */
	respond(req: IncomingMessage, res: ServerResponse, https: boolean, toApp: () => void): void;
	/** Pages and bytes held (for tests and logs). */
	readonly size: number;
	readonly bytes: number;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Which encodings `Accept-Encoding` allows, best first (br > gzip > identity); q=0 refuses one. */
export function negotiate(accept: string | undefined): Encoding {
	if (!accept) return 'identity';
	const q: Partial<Record<string, number>> = {};
	for (const part of accept.split(',')) {
		const [name = '', ...params] = part.split(';');
		let weight = 1;
		for (const param of params) {
			const [key, value] = param.split('=');
			if (key?.trim().toLowerCase() === 'q') weight = Number(value);
		}
		q[name.trim().toLowerCase()] = Number.isNaN(weight) ? 0 : weight;
	}
	const allowed = (name: string) => (q[name] ?? q['*'] ?? (name === 'identity' ? 1 : 0)) > 0;
	// Even refused, identity is what is left: answering 406 would help no one.
	return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : 'identity';
}

/** Browsers send a handful of different headers: each is parsed once (up to 100 remembered). */
const negotiated = new Map<string, Encoding>();
function chosenEncoding(accept: string | undefined): Encoding {
	if (accept === undefined) return 'identity';
	let encoding = negotiated.get(accept);
	if (encoding === undefined) {
		encoding = negotiate(accept);
		if (negotiated.size >= 100) negotiated.clear();
		negotiated.set(accept, encoding);
	}
	return encoding;
}

/** `If-None-Match` holds one of these ETags (weakly compared, as RFC 9110 says for it), or `*`. */
function matches(header: string, etags: readonly string[]): boolean {
	for (const part of header.split(',')) {
		const tag = part.trim().replace(/^W\//, '');
		if (tag === '*' || etags.includes(tag)) return true;
	}
	return false;
}

function headerArray(base: string[], extra: string[]): string[] {
	return [...base, ...extra];
}

async function makeEntry(
	key: string,
	tags: readonly string[],
	kept: string[],
	body: Buffer,
	brotliQuality: number
): Promise<Entry> {
	const [br, gz] = await Promise.all([
		brotliAsync(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: brotliQuality,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		}),
		gzipAsync(body)
	]);
	// Strong ETags, one per encoding: the bytes differ, so must the validators.
	const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
	const variant = (bytes: Buffer, encoding: Encoding): Variant => {
		const etag = encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding === 'br' ? 'br' : 'gz'}"`;
		const common = ['etag', etag, 'vary', 'accept-encoding'];
		const coded = encoding === 'identity' ? [] : ['content-encoding', encoding];
		const full = headerArray(kept, [...common, ...coded, 'content-length', String(bytes.byteLength)]);
		// A 304 carries what a 200 would have (a cache updates its stored headers from it), less the length.
		const short = headerArray(kept, common);
		const hsts = ['strict-transport-security', strictTransportSecurity];
		return {
			body: bytes,
			etag,
			headers: [full, [...full, ...hsts]],
			notModified: [short, [...short, ...hsts]]
		};
	};
	const variants = { br: variant(br, 'br'), gzip: variant(gz, 'gzip'), identity: variant(body, 'identity') };
	return {
		key,
		tags,
		variants,
		etags: encodings.map((encoding) => variants[encoding].etag),
		// Headers are counted roughly: a few hundred bytes against tens of kilobytes of body.
		bytes: body.byteLength + br.byteLength + gz.byteLength + 2048
	};
}

/** The headers a response will send, as `name, value` pairs (lower case, arrays joined). */
function keptHeaders(res: ServerResponse, given: OutgoingHttpHeaders | undefined): string[] {
	const all: OutgoingHttpHeaders = { ...res.getHeaders() };
	for (const [name, value] of Object.entries(given ?? {})) all[name.toLowerCase()] = value;
	const pairs: string[] = [];
	for (const [name, value] of Object.entries(all)) {
		if (value === undefined || notKept.has(name)) continue;
		pairs.push(name, Array.isArray(value) ? value.join(', ') : String(value));
	}
	return pairs;
}

function isCacheable(status: number, res: ServerResponse, given: OutgoingHttpHeaders | undefined): boolean {
	const header = (name: string) => given?.[name] ?? res.getHeader(name);
	const type = header('content-type');
	const control = String(header('cache-control') ?? '');
	return (
		status === 200 &&
		typeof type === 'string' &&
		cacheableType.test(type) &&
		header('set-cookie') === undefined &&
		!/no-store|private/i.test(control)
	);
}

const isHeaderObject = (arg: unknown): arg is OutgoingHttpHeaders =>
	typeof arg === 'object' && arg !== null && !Array.isArray(arg);

/** The `headers` object a `writeHead(status, [message], [headers])` call was given (lower case), if any. */
function givenHeaders(args: unknown[]): OutgoingHttpHeaders | undefined {
	const found = args.find(isHeaderObject);
	if (!found) return undefined;
	const lower: OutgoingHttpHeaders = {};
	for (const [name, value] of Object.entries(found)) lower[name.toLowerCase()] = value;
	return lower;
}

/** The URL's first path segment: `fr` for `/fr/nieuws?x`. */
function firstSegment(url: string): string {
	const end = url.slice(1).search(/[/?#]/);
	return end === -1 ? url.slice(1) : url.slice(1, end + 1);
}

/**
 * Whether a request's cookies and origin leave the page as one without them (`choiceCookie`): no
 * cookie and not a click from the site itself, or the choice cookie alone naming the URL's own
 * first segment.
 */
export function answeredAsAnonymous(
	cookie: string | undefined,
	url: string,
	navigation: boolean,
	choiceCookie: string | undefined
): boolean {
	if (cookie === undefined) return !navigation;
	if (choiceCookie === undefined) return false;
	const [name, value, ...more] = cookie.trim().split('=');
	if (more.length > 0 || name !== choiceCookie || value === undefined || value.includes(';')) return false;
	return value !== '' && value === firstSegment(url);
}

export function createPageCache({
	maxBytes,
	brotliQuality = defaultBrotliQuality,
	choiceCookie
}: PageCacheOptions): AppPageCache {
	/** In least-recently-used order: a Map iterates in insertion order, and a hit re-inserts. */
	const entries = new Map<string, Entry>();
	const byTag = new Map<string, Set<string>>();
	/** Renders under way, by key: others asking for the same page wait for them. */
	const pending = new Map<string, Promise<Entry | undefined>>();
	let bytes = 0;
	/** Changes on every invalidation: a page rendered before one is not stored after it. */
	let generation = 0;
	// One page may take at most an eighth of the memory, so one huge page cannot empty the cache.
	const maxEntryBytes = maxBytes / 8;

	const drop = (key: string) => {
		const entry = entries.get(key);
		if (!entry) return;
		entries.delete(key);
		bytes -= entry.bytes;
		for (const tag of entry.tags) {
			const keys = byTag.get(tag);
			keys?.delete(key);
			if (keys?.size === 0) byTag.delete(tag);
		}
	};

	const store = (entry: Entry) => {
		drop(entry.key);
		entries.set(entry.key, entry);
		bytes += entry.bytes;
		for (const tag of entry.tags) {
			let keys = byTag.get(tag);
			if (!keys) byTag.set(tag, (keys = new Set()));
			keys.add(entry.key);
		}
		for (const oldest of entries.keys()) {
			if (bytes <= maxBytes) break;
			drop(oldest);
		}
	};

	/** Sends a stored page; the body bytes sent. */
	const send = (entry: Entry, req: IncomingMessage, res: ServerResponse, https: boolean): number => {
		const variant = entry.variants[chosenEncoding(req.headers['accept-encoding'])];
		const secure = https ? 1 : 0;
		const condition = req.headers['if-none-match'];
		if (condition !== undefined && matches(condition, entry.etags)) {
			res.writeHead(304, variant.notModified[secure]);
			res.end();
			return 0;
		}
		res.writeHead(200, variant.headers[secure]);
		if (req.method === 'HEAD') {
			res.end();
			return 0;
		}
		res.end(variant.body);
		return variant.body.byteLength;
	};

	/**
	 * Watches the app's answer to a request: the tags header never leaves; when `key` is given and
	 * the answer is cacheable, its body is held, stored (unless an invalidation came meanwhile) and
	 * sent from memory like any hit. Resolves with the stored page, or undefined.
	 */
	const watch = (req: IncomingMessage, res: ServerResponse, https: boolean, key: string | undefined) => {
		let settle: (entry: Entry | undefined) => void = () => {};
		const done = new Promise<Entry | undefined>((resolve) => (settle = resolve));
		const started = generation;
		const { writeHead, write, end } = res;
		const restore = () => {
			res.writeHead = writeHead;
			res.write = write;
			res.end = end;
		};
		let held: Buffer[] | undefined;
		let kept: string[] = [];
		let tags: string[] = [];

		res.writeHead = function (this: ServerResponse, code: number, ...args: unknown[]) {
			const given = givenHeaders(args);
			const tagList = String(given?.[cacheTagsHeader] ?? res.getHeader(cacheTagsHeader) ?? '').trim();
			res.removeHeader(cacheTagsHeader);
			if (given) delete given[cacheTagsHeader];
			if (key !== undefined && tagList && isCacheable(code, res, given)) {
				kept = keptHeaders(res, given);
				tags = tagList.split(/\s+/);
				held = [];
				return res;
			}
			restore();
			settle(undefined);
			// Headers given as an object go without the tags header.
			const rest = args.map((arg) => (isHeaderObject(arg) && given ? given : arg));
			return (writeHead as (...a: unknown[]) => ServerResponse).call(this, code, ...rest);
		} as ServerResponse['writeHead'];

		const hold = (chunk: unknown, encoding: unknown) => {
			if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
			held!.push(
				typeof chunk === 'string'
					? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
					: Buffer.from(chunk as Uint8Array)
			);
		};
		res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
			if (!held) {
				// Written before any writeHead: the headers go now, as they stand.
				if (!res.headersSent) res.writeHead(res.statusCode);
				if (!held) return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
			}
			hold(chunk, rest[0]);
			const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
			if (callback) process.nextTick(callback);
			return true;
		} as ServerResponse['write'];
		res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
			if (!held) {
				if (!res.headersSent) res.writeHead(res.statusCode);
				if (!held) return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
			}
			if (typeof chunk === 'function') res.once('finish', chunk as () => void);
			else hold(chunk, rest[0]);
			const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
			if (callback) res.once('finish', callback);
			restore();
			const body = Buffer.concat(held);
			held = [];
			makeEntry(key!, tags, kept, body, brotliQuality).then(
				(entry) => {
					if (generation === started && entry.bytes <= maxEntryBytes) store(entry);
					settle(entry);
					if (!res.destroyed) send(entry, req, res, https);
				},
				(error: unknown) => {
					settle(undefined);
					res.destroy(error instanceof Error ? error : new Error(String(error)));
				}
			);
			return res;
		} as ServerResponse['end'];
		// A client gone before the page was ready: those waiting for it render their own.
		res.once('close', () => settle(undefined));
		return done;
	};

	return {
		get size() {
			return entries.size;
		},
		get bytes() {
			return bytes;
		},
		invalidate(tags) {
			generation++;
			pending.clear();
			for (const tag of tags) {
				const keys = byTag.get(tag);
				if (keys) for (const key of [...keys]) drop(key);
			}
		},
		clear() {
			generation++;
			pending.clear();
			entries.clear();
			byTag.clear();
			bytes = 0;
		},
		respond(req, res, https, toApp) {
			const method = req.method;
			const url = req.url;
			// Anything personal (a cookie, credentials) is the app's to answer; so is an absolute URL,
			// and a click from one of the site's pages into a choice the app remembers (the language
			// switcher's cookie), which a stored page would not set (`answeredAsAnonymous`).
			if (
				maxBytes <= 0 ||
				(method !== 'GET' && method !== 'HEAD') ||
				url === undefined ||
				url.charCodeAt(0) !== 47 /* / */ ||
				req.headers.authorization !== undefined ||
				!answeredAsAnonymous(
					req.headers.cookie,
					url,
					req.headers['sec-fetch-site'] === 'same-origin' && req.headers['sec-fetch-mode'] === 'navigate',
					choiceCookie
				)
			) {
				void watch(req, res, https, undefined);
				toApp();
				return;
			}
			const entry = entries.get(url);
			if (entry) {
				// Most recently used goes last.
				entries.delete(url);
				entries.set(url, entry);
				send(entry, req, res, https);
				return;
			}
			const rendering = pending.get(url);
			if (rendering) {
				void rendering.then((page) => {
					if (res.destroyed) return;
					if (page) send(page, req, res, https);
					else {
						void watch(req, res, https, undefined);
						toApp();
					}
				});
				return;
			}
			// A HEAD has no body to keep: it is answered by the app, and stores nothing.
			if (method === 'HEAD') {
				void watch(req, res, https, undefined);
				toApp();
				return;
			}
			const render = watch(req, res, https, url);
			pending.set(url, render);
			void render.then(() => {
				if (pending.get(url) === render) pending.delete(url);
			});
			toApp();
		}
	};
}
