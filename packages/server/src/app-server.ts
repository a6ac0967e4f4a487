// The HTTP server around an app's handler (adapter-node's `handler.js`): the request's real
// protocol, security headers on every response, limits on what a client may send, one log line
// per request, and a 500 rather than a crash when the handler fails. `serve()` builds one from
// the environment; tests build one from options.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { bodyTooLargeHeader } from './limits.ts';
import { errorDetail, log, writeToConsole, type LogWriter } from './log.ts';
import type { AppPageCache } from './page-cache.ts';

/** A Node middleware, as adapter-node's handler is: it answers, or calls `next`. */
export type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => unknown;

export interface AppServerOptions {
	/** Protocol, host and client address come from X-Forwarded-* (a proxy in front says so). */
	trustProxy?: boolean;
	/** Which header holds the client's address behind a proxy, and how many proxies deep. */
	addressHeader?: string;
	xffDepth?: number;
	/** Requests that announce a larger body (Content-Length) get 413 before the app sees them. */
	bodySizeLimit?: number;
	/**
	 * Paths that take uploads: only these may use `bodySizeLimit`; every other path is held to
	 * `formBodySizeLimit`, so raising the limit for a file library does not raise it for a login.
	 */
	uploadPaths?: RegExp;
	formBodySizeLimit?: number;
	/** Bytes of request line and headers; more gets 431 (Node's default is also 16 KiB). */
	maxHeaderSize?: number;
	/** Milliseconds a client has to send all headers, and the whole request; then 408. */
	headersTimeout?: number;
	requestTimeout?: number;
	/** How often those two are checked (Node's default, 30 s, lets a slow client stay that much longer). */
	connectionsCheckingInterval?: number;
	/** Milliseconds an idle keep-alive connection stays open. */
	keepAliveTimeout?: number;
	/** One JSON line per request. */
	logRequests?: boolean;
	/** Where log lines go (stdout/stderr unless a test catches them). */
	log?: LogWriter;
	/** Public pages answered from memory before the handler runs (see page-cache.ts). */
	pageCache?: AppPageCache;
}

export const defaultLimits = {
	maxHeaderSize: 16 * 1024,
	headersTimeout: 10_000,
	requestTimeout: 30_000,
	connectionsCheckingInterval: 1_000,
	keepAliveTimeout: 5_000
} as const;

/** On every response, unless the app set the header itself. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	// The CSP's frame-ancestors 'none' says the same to current browsers; this is for the others
	// and for responses without a CSP (files, feeds, endpoints).
	'x-frame-options': 'DENY',
	// Topics (browsing-topics) replaced FLoC's interest-cohort, which browsers no longer know.
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** Only over HTTPS: browsers ignore it on plain HTTP, and it must not stick to a dev host. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

function firstValue(header: string | string[] | undefined): string | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	return value?.split(',')[0]?.trim();
}

/** The path as the app routes it: dot segments resolved, as `new URL` (and so SvelteKit) does. */
function normalisedPath(url: string | undefined): string {
	const raw = url ?? '/';
	const absolute = `http://localhost${raw.startsWith('/') ? raw : `/${raw}`}`;
	return URL.canParse(absolute) ? new URL(absolute).pathname : raw.split('?')[0]!;
}

/**
 * A body sent without Content-Length (chunked) is counted as it arrives: Node's parser pushes
 * each chunk into the request, and here they are held until the last one, then handed on with the
 * Content-Length they add up to. Over `limit`, the rest is dropped and `tooLarge` answers; the app
 * never sees the request. Only a form's body is held so (at most the form limit, 1M).
 */
function holdChunkedBody(req: IncomingMessage, limit: number, complete: () => void, tooLarge: () => void) {
	const push = req.push.bind(req);
	const chunks: Buffer[] = [];
	let size = 0;
	let over = false;
	req.push = (chunk: unknown, encoding?: BufferEncoding) => {
		if (chunk === null) {
			req.push = push;
			if (over) return push(null);
			req.headers['content-length'] = String(size);
			delete req.headers['transfer-encoding'];
			for (const held of chunks) push(held);
			chunks.length = 0;
			const result = push(null);
			complete();
			return result;
		}
		if (over) return true;
		const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
		size += bytes.byteLength;
		if (size > limit) {
			over = true;
			chunks.length = 0;
			tooLarge();
			return true;
		}
		chunks.push(bytes);
		return true;
	};
}

/** The path without its query string (which may carry tokens). */
function pathOf(url: string | undefined): string {
	if (!url) return '';
	const path = url.startsWith('/') ? url : URL.canParse(url) ? new URL(url).pathname : url;
	const end = path.indexOf('?');
	return (end === -1 ? path : path.slice(0, end)).slice(0, 2000);
}

function byteLength(chunk: unknown, encoding: unknown): number {
	if (typeof chunk === 'string') {
		return Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
	}
	return ArrayBuffer.isView(chunk) ? chunk.byteLength : 0;
}

const htmlWithoutCharset = /^\s*text\/html\s*;?\s*$/i;

/**
 * HTML says its encoding: SvelteKit sends `text/html` alone, which leaves a browser to guess
 * (and a guess other than UTF-8 turns text into markup in old browsers). Every app's pages are UTF-8.
 */
function declareCharset(res: ServerResponse): void {
	const fix = (value: unknown) =>
		typeof value === 'string' && htmlWithoutCharset.test(value) ? 'text/html; charset=utf-8' : value;
	const setHeader = res.setHeader;
	res.setHeader = function (this: ServerResponse, name: string, value: unknown) {
		return (setHeader as (...args: unknown[]) => ServerResponse).call(
			this,
			name,
			name.toLowerCase() === 'content-type' ? fix(value) : value
		);
	} as ServerResponse['setHeader'];
	const writeHead = res.writeHead;
	res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
		const headers = args.find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg));
		if (headers) {
			for (const name of Object.keys(headers)) {
				if (name.toLowerCase() === 'content-type') {
					(headers as Record<string, unknown>)[name] = fix((headers as Record<string, unknown>)[name]);
				}
			}
		}
		return (writeHead as (...args: unknown[]) => ServerResponse).apply(this, args);
	} as ServerResponse['writeHead'];
}

/** Counts the body bytes written to a response. */
function countBytes(res: ServerResponse): () => number {
	let bytes = 0;
	const write = res.write;
	const end = res.end;
	res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
		bytes += byteLength(chunk, rest[0]);
		return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	} as ServerResponse['write'];
	res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
		if (typeof chunk !== 'function') bytes += byteLength(chunk, rest[0]);
		return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
	} as ServerResponse['end'];
	return () => bytes;
}

export function createAppServer(handler: Handler, options: AppServerOptions = {}): Server {
	const {
		trustProxy = false,
		addressHeader = 'x-forwarded-for',
		xffDepth = 1,
		bodySizeLimit = Infinity,
		logRequests = true,
		log: write = writeToConsole,
		pageCache
	} = options;
	const requestTimeout = options.requestTimeout ?? defaultLimits.requestTimeout;
	const headersTimeout = options.headersTimeout ?? defaultLimits.headersTimeout;
	const limits = {
		maxHeaderSize: options.maxHeaderSize ?? defaultLimits.maxHeaderSize,
		// Node refuses headers given longer than the whole request (0: no limit).
		headersTimeout: requestTimeout > 0 ? Math.min(headersTimeout, requestTimeout) : headersTimeout,
		requestTimeout,
		connectionsCheckingInterval:
			options.connectionsCheckingInterval ?? defaultLimits.connectionsCheckingInterval,
		keepAliveTimeout: options.keepAliveTimeout ?? defaultLimits.keepAliveTimeout
	};

	const clientAddress = (req: IncomingMessage): string | undefined => {
		if (trustProxy) {
			const header = req.headers[addressHeader];
			const addresses = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
			const address = addresses[addresses.length - xffDepth]?.trim();
			if (address) return address;
		}
		return req.socket.remoteAddress;
	};

	// On the path the app will route, not the raw one: `/nl/files/../login` is the login page, and
	// must not borrow the file library's limit. adapter-node builds the request's URL the same way.
	const isUpload = (req: IncomingMessage) => options.uploadPaths?.test(normalisedPath(req.url)) ?? false;

	/** The most body bytes this request may send. */
	const limitOf = (req: IncomingMessage): number =>
		options.uploadPaths && options.formBodySizeLimit !== undefined && !isUpload(req)
			? Math.min(options.formBodySizeLimit, bodySizeLimit)
			: bodySizeLimit;

	const tooLarge = (req: IncomingMessage): boolean =>
		Number(req.headers['content-length'] ?? 0) > limitOf(req);

	const refuseBody = (res: ServerResponse, close: boolean) => {
		res.writeHead(413, {
			'content-type': 'text/plain; charset=utf-8',
			// With `Expect: 100-continue` the client holds its body back: end the exchange. Otherwise
			// Node reads and drops the body, so the client (still sending) gets to read the answer.
			...(close && { connection: 'close' })
		});
		res.end('Payload Too Large');
	};

	const failed = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
		log(
			'error',
			error instanceof Error ? error.message : String(error),
			{ method: req.method, path: pathOf(req.url), stack: errorDetail(error) },
			write
		);
		if (res.headersSent) {
			res.destroy();
		} else {
			res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Internal Error');
		}
	};

	const respond = (req: IncomingMessage, res: ServerResponse, continued = false) => {
		const started = performance.now();
		if (logRequests) {
			const bytes = countBytes(res);
			res.once('close', () => {
				const ip = clientAddress(req);
				log(
					'info',
					'request',
					{
						method: req.method,
						path: pathOf(req.url),
						status: res.statusCode,
						ms: Math.round((performance.now() - started) * 10) / 10,
						bytes: bytes(),
						...(ip && { ip }),
						...(!res.writableFinished && { aborted: true })
					},
					write
				);
			});
		}

		const encrypted = (req.socket as Socket & { encrypted?: boolean }).encrypted === true;
		if (!trustProxy) {
			// The socket is the truth; a client cannot claim another protocol or host.
			req.headers['x-forwarded-proto'] = encrypted ? 'https' : 'http';
			delete req.headers['x-forwarded-host'];
		}
		const https =
			encrypted || (trustProxy && firstValue(req.headers['x-forwarded-proto'])?.toLowerCase() === 'https');
		// A stored page carries the security headers it was rendered with, so a hit skips what follows.
		if (pageCache && !continued) pageCache.respond(req, res, https, () => toApp(req, res, https, false));
		else toApp(req, res, https, continued);
	};

	const toApp = (req: IncomingMessage, res: ServerResponse, https: boolean, continued: boolean) => {
		// Set before the app runs: whatever the app sets replaces them.
		for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
		declareCharset(res);
		if (https) res.setHeader('strict-transport-security', strictTransportSecurity);

		delete req.headers[bodyTooLargeHeader];
		if (tooLarge(req)) {
			if (!isUpload(req)) return refuseBody(res, continued);
			// An upload page answers with its form and the reason: the app gets no body, and a header
			// that says why. The body is never read (Node drops it, or the client holds it back).
			req.headers[bodyTooLargeHeader] = '1';
			req.headers['content-length'] = '0';
			if (continued) res.setHeader('connection', 'close');
		} else if (continued) res.writeContinue();

		const run = () => {
			try {
				const result = handler(req, res, () => {
					res.statusCode = 404;
					res.setHeader('content-type', 'text/plain; charset=utf-8');
					res.end('Not found');
				});
				if (result instanceof Promise) result.catch((error: unknown) => failed(req, res, error));
			} catch (error) {
				failed(req, res, error);
			}
		};
		// A body without a length (chunked): a form's is counted against its limit before the app
		// runs; an upload's is counted by adapter-node against BODY_SIZE_LIMIT as it reads it.
		if (
			req.headers['content-length'] === undefined &&
			req.headers['transfer-encoding'] !== undefined &&
			!isUpload(req)
		) {
			holdChunkedBody(req, limitOf(req), run, () => refuseBody(res, true));
			return;
		}
		run();
	};

	const server = createServer(
		{
			maxHeaderSize: limits.maxHeaderSize,
			headersTimeout: limits.headersTimeout,
			requestTimeout: limits.requestTimeout,
			connectionsCheckingInterval: limits.connectionsCheckingInterval,
			keepAliveTimeout: limits.keepAliveTimeout
		},
		(req, res) => respond(req, res)
	);
	// `Expect: 100-continue`: refuse a too large body before the client sends it.
	server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => respond(req, res, true));
	return server;
}
