// Runs a built SvelteKit app (adapter-node's handler) on a plain Node HTTP server. Why not
// adapter-node's own index.js: since Kit 3 it assumes HTTPS unless a proxy header says otherwise,
// so on plain HTTP (development, tests, a server behind a proxy that does not say) every form post
// would fail Kit's CSRF origin check. Here the protocol comes from the socket, or from the proxy
// when TRUST_PROXY=1 says there is one. The server itself (headers, limits, logs) is
// `createAppServer`; this reads and checks the environment, starts it, and stops it on SIGTERM.
//
// Limits, per app: the request body may be BODY_SIZE_LIMIT big (adapter-node's syntax: 512K, 1M,
// 50M; default 1M, enough for forms). An app that takes uploads raises its own default in its
// server.js, `serve({ handler, bodySizeLimit: '50M', requestTimeout: 300_000 })`, and the
// environment still wins over that. Headers may take 16 KiB (431 beyond), arrive within 10 s and
// the whole request within 30 s unless `requestTimeout` says otherwise (408 beyond).
import type { AddressInfo } from 'node:net';
import { createAppServer, type Handler } from './app-server.ts';
import { checkedVariables, parseBytes, readConfig, validByteSize } from './config.ts';
import { flushLogs, log } from './log.ts';
import { createPageCache } from './page-cache.ts';
import { startInvalidationListener } from './invalidation.ts';
import { startOutboxSender } from './outbox.ts';

export { createAppServer, securityHeaders, type AppServerOptions, type Handler } from './app-server.ts';
export { readConfig, type ServerConfig } from './config.ts';
export { cacheTagsHeader, createPageCache, type AppPageCache, type PageCache } from './page-cache.ts';
export { startInvalidationListener, type InvalidationListenerOptions } from './invalidation.ts';

/** Promises the app registers to finish on shutdown (e.g. closing its database pool). */
export const shutdownTasks = Symbol.for('solidair.shutdownTasks');

/** What a form post may weigh unless BODY_SIZE_LIMIT or the app says otherwise. */
export const defaultBodySizeLimit = '1M';

export interface ServeOptions {
	/** URL of the app's `build/handler.js`. */
	handler: URL;
	/** Override PORT and HOST. */
	port?: number;
	host?: string;
	/** This app's default for BODY_SIZE_LIMIT (adapter-node's syntax, e.g. '50M'); the environment wins. */
	bodySizeLimit?: string;
	/** Milliseconds a client has to send its whole request (default 30 s); uploads need more. */
	requestTimeout?: number;
	/** The paths that take uploads (e.g. /^\/[a-z]{2}\/files(\/|$)/); all others keep the form limit. */
	uploadPaths?: RegExp;
	/**
	 * Answer the pages the app marks cacheable from memory (the public sites; PAGE_CACHE_MB sizes
	 * it), and listen to the database to drop the pages a change touches (invalidation.ts).
	 */
	pageCache?: boolean;
	/** The page cache's `choiceCookie` (page-cache.ts): the site's language cookie. */
	choiceCookie?: string;
}

function fail(message: string, fields: Record<string, unknown> = {}): never {
	log('error', message, fields);
	process.exit(1);
}

export async function serve({
	handler: handlerUrl,
	port,
	host,
	bodySizeLimit,
	requestTimeout,
	uploadPaths,
	pageCache,
	choiceCookie
}: ServeOptions) {
	const checked = readConfig(process.env);
	if (!checked.ok) {
		for (const problem of checked.problems.slice(0, -1)) log('error', problem, { fatal: true });
		fail(checked.problems.at(-1)!, { fatal: true });
	}
	const { config } = checked;
	// Every absolute URL the app writes (mails, feeds, sitemap, canonical links) is built on ORIGIN
	// (app-kit's publicOrigin), never on the request's Host header, which anyone can forge.
	// adapter-node 6 no longer reads ORIGIN itself: the request's URL still names its Host.
	if (!process.env.ORIGIN) {
		fail(
			"ORIGIN must be set to the app's public address, such as https://wsm.be (no path): mails, feeds, the sitemap and canonical links are built on it, never on the request's Host header",
			{ fatal: true }
		);
	}
	if (bodySizeLimit !== undefined && !validByteSize(bodySizeLimit)) {
		fail(`serve({ bodySizeLimit }) must be like 512K, 1M or 50M, got ${JSON.stringify(bodySizeLimit)}`);
	}

	// What follows reads the environment too (adapter-node when its handler is imported, the
	// database, the outbox): an empty value means unset there as here. adapter-node would read
	// BODY_SIZE_LIMIT= as 0 bytes.
	for (const name of checkedVariables) if (process.env[name] === '') delete process.env[name];
	process.env.BODY_SIZE_LIMIT ??= bodySizeLimit ?? defaultBodySizeLimit;
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	if (config.trustProxy) {
		process.env.ADDRESS_HEADER ??= 'x-forwarded-for';
		process.env.HOST_HEADER ??= 'x-forwarded-host';
	}
	const { handler } = (await import(handlerUrl.href)) as { handler: Handler };

	const xffDepth = Number.parseInt(process.env.XFF_DEPTH ?? '1', 10);
	const cache = pageCache
		? createPageCache({ maxBytes: config.pageCacheMb * 1024 ** 2, choiceCookie })
		: undefined;
	const server = createAppServer(handler, {
		pageCache: cache,
		trustProxy: config.trustProxy,
		addressHeader: process.env.ADDRESS_HEADER?.toLowerCase(),
		xffDepth: xffDepth >= 1 ? xffDepth : 1,
		// The same limit as adapter-node's, so a body announced too large never reaches the app.
		bodySizeLimit: parseBytes(process.env.BODY_SIZE_LIMIT),
		...(uploadPaths && { uploadPaths, formBodySizeLimit: parseBytes(defaultBodySizeLimit) }),
		logRequests: config.logRequests,
		...(requestTimeout !== undefined && { requestTimeout })
	});

	const listenHost = host ?? config.host;
	const listenPort = port ?? config.port;
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(listenPort, listenHost, () => {
				server.off('error', reject);
				resolve();
			});
		});
	} catch (error) {
		fail(
			`Cannot listen on ${listenHost}:${listenPort}: ${error instanceof Error ? error.message : String(error)}`,
			{
				fatal: true
			}
		);
	}
	const { address, port: actualPort } = server.address() as AddressInfo;
	const shownHost = address.includes(':') ? `[${address}]` : address;
	log('info', 'Listening', { url: `http://${shownHost}:${actualPort}` });
	// OUTBOX=off for an instance that should not send mail (the others in the cluster do).
	const stopOutbox = config.outbox ? startOutboxSender() : async () => {};
	// A cache that keeps nothing (PAGE_CACHE_MB=0) needs no listener.
	const stopInvalidation =
		cache && config.pageCacheMb > 0 ? startInvalidationListener({ cache }) : async () => {};

	let stopping = false;
	const stop = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		log('info', 'Stopping', { signal });
		// Stop accepting, let requests in flight finish, then close what the app opened.
		const closed = new Promise<void>((resolve) => server.close(() => resolve()));
		server.closeIdleConnections();
		const timeout = setTimeout(() => server.closeAllConnections(), config.shutdownTimeout * 1000);
		await closed;
		clearTimeout(timeout);
		await stopOutbox();
		await stopInvalidation();
		process.emit('sveltekit:shutdown' as 'SIGTERM', signal as 'SIGTERM');
		const tasks =
			((globalThis as Record<symbol, unknown>)[shutdownTasks] as Promise<unknown>[] | undefined) ?? [];
		await Promise.allSettled(tasks);
		// The request log is written in batches: the last one goes out before the process does.
		flushLogs();
		process.exit(0);
	};
	process.once('SIGTERM', () => void stop('SIGTERM'));
	process.once('SIGINT', () => void stop('SIGINT'));
	return server;
}
