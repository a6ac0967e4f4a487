// Runs a built SvelteKit app (adapter-node's handler) on a plain Node HTTP server. Why not
// adapter-node's own index.js: since Kit 3 it assumes HTTPS unless a proxy header says otherwise,
// so on plain HTTP (development, tests, a server behind a proxy that does not say) every form post
// would fail Kit's CSRF origin check. Here the protocol comes from the socket, or from the proxy
// when TRUST_PROXY=1 says there is one.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { startOutboxSender } from './outbox.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Promises the app registers to finish on shutdown (e.g. closing its database pool). */
export const shutdownTasks = Symbol.for('solidair.shutdownTasks');

export interface ServeOptions {
	/** URL of the app's `build/handler.js`. */
	handler: URL;
	port?: number;
	host?: string;
}

function env(name: string): string | undefined {
	const value = process.env[name];
	return value === undefined || value === '' ? undefined : value;
}

export async function serve({
	handler: handlerUrl,
	port = Number(env('PORT') ?? 3000),
	host = env('HOST') ?? '0.0.0.0'
}: ServeOptions) {
	const trustProxy = env('TRUST_PROXY') === '1';
	// adapter-node reads these when its handler is imported, so they are set first.
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	if (trustProxy) {
		process.env.ADDRESS_HEADER ??= 'x-forwarded-for';
		process.env.HOST_HEADER ??= 'x-forwarded-host';
	}
	const { handler } = (await import(handlerUrl.href)) as { handler: Handler };

	const server = createServer((req, res) => {
		if (!trustProxy) {
			// The socket is the truth; a client cannot claim another protocol or host.
			req.headers['x-forwarded-proto'] = (req.socket as Socket & { encrypted?: boolean }).encrypted
				? 'https'
				: 'http';
			delete req.headers['x-forwarded-host'];
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.keepAliveTimeout = 5_000;
	server.headersTimeout = 10_000;
	server.requestTimeout = 30_000;

	await new Promise<void>((resolve) => server.listen(port, host, resolve));
	console.log(`Listening on http://${host}:${port}`);
	// OUTBOX=off for an instance that should not send mail (the others in the cluster do).
	const stopOutbox = env('OUTBOX') === 'off' ? async () => {} : startOutboxSender();

	let stopping = false;
	const stop = async (signal: string) => {
		if (stopping) return;
		stopping = true;
		// Stop accepting, let requests in flight finish, then close what the app opened.
		const closed = new Promise<void>((resolve) => server.close(() => resolve()));
		server.closeIdleConnections();
		const timeout = setTimeout(
			() => server.closeAllConnections(),
			Number(env('SHUTDOWN_TIMEOUT') ?? 20) * 1000
		);
		await closed;
		clearTimeout(timeout);
		await stopOutbox();
		process.emit('sveltekit:shutdown' as 'SIGTERM', signal as 'SIGTERM');
		const tasks =
			((globalThis as Record<symbol, unknown>)[shutdownTasks] as Promise<unknown>[] | undefined) ?? [];
		await Promise.allSettled(tasks);
		process.exit(0);
	};
	process.once('SIGTERM', () => void stop('SIGTERM'));
	process.once('SIGINT', () => void stop('SIGINT'));
	return server;
}
