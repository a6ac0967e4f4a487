// The `handleError` server hook every app exports from its hooks.server.ts. An unexpected error
// is logged as one JSON line with a short id; the visitor sees a generic message and that id
// ("Foutcode: …"), which support can find in the logs. Errors the app or SvelteKit raised on
// purpose (404, 400, 413) keep their own message and are not logged: the request line already
// has their status.
//
// This module is bundled into each app by Vite: it imports nothing but the logger.
import { errorDetail, log, type LogWriter } from './log.ts';

declare global {
	// eslint-disable-next-line @typescript-eslint/no-namespace
	namespace App {
		interface Error {
			/** Set when the error was logged: quote it to find the log line. */
			errorId?: string;
		}
	}
}

/** What SvelteKit passes to `handleError` (the parts used here; no dependency on Kit's types). */
export interface CaughtServerError {
	kind: 'app' | 'framework' | 'unknown' | 'validation';
	error: unknown;
	event: { url: URL; request: Request; route?: { id: string | null } };
	remote?: { name?: string; file?: string };
}

/** The generic message of every unexpected error: never the exception's own text. */
export const internalErrorMessage = 'Internal Error';
export const unavailableMessage = 'Service Unavailable';

// PostgreSQL's "connection exception" and "operator intervention" classes, and what pg and
// Node report when the server is gone or cannot be reached.
const unavailableCodes = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ENOTFOUND',
	'EAI_AGAIN',
	'08000',
	'08001',
	'08003',
	'08004',
	'08006',
	'57P01',
	'57P02',
	'57P03'
]);
const unavailableMessages =
	/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** Whether an error means the database cannot be reached right now (a 503, not a bug). */
export function isDatabaseUnavailable(error: unknown): boolean {
	for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && unavailableCodes.has(code)) return true;
		// Several connection attempts failing at once (e.g. IPv4 and IPv6).
		if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
		const message = (e as { message?: unknown }).message;
		if (typeof message === 'string' && unavailableMessages.test(message)) return true;
	}
	return false;
}

// Requests whose error was an unreachable database: `unavailableHandle` turns their 500 into a 503.
const unavailableRequests = new WeakSet<Request>();

// Crockford's base 32: no I, L, O or U to misread when someone reads the code out.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Ten characters (50 bits) a visitor can copy or read out. */
export function newErrorId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(10));
	return Array.from(bytes, (byte) => alphabet[byte % 32]).join('');
}

function statusOf(error: unknown): number | undefined {
	const status = (error as { status?: unknown } | null)?.status;
	return typeof status === 'number' ? status : undefined;
}

/** `handleError` with its own log writer (tests); apps use `handleError`. */
export function serverErrorHandler(write?: LogWriter) {
	return ({
		kind,
		error,
		event,
		remote
	}: CaughtServerError): { message?: string; errorId: string } | undefined => {
		const where = {
			method: event.request.method,
			path: event.url.pathname,
			...(event.route?.id && { route: event.route.id })
		};
		if (kind === 'validation') {
			// The issues may quote what the visitor sent; the function's name is enough here.
			log('warn', 'remote function arguments failed validation', { ...where, remote: remote?.name }, write);
			return undefined;
		}
		if (kind === 'unknown' && isDatabaseUnavailable(error)) {
			// Not a bug: the database is down or restarting. One warning, and a 503 the client may retry.
			const errorId = newErrorId();
			unavailableRequests.add(event.request);
			log(
				'warn',
				'database unavailable',
				{ errorId, status: 503, ...where, cause: errorDetail(error) },
				write
			);
			return { message: unavailableMessage, errorId };
		}
		if (kind === 'unknown') {
			const errorId = newErrorId();
			const msg = error instanceof Error ? error.message : String(error);
			log('error', msg, { errorId, status: 500, ...where, stack: errorDetail(error) }, write);
			return { message: internalErrorMessage, errorId };
		}
		// An error(…) from the app or one of SvelteKit's own: a server failure only from 500 on.
		const status = statusOf(error) ?? 500;
		if (status < 500) return undefined;
		const errorId = newErrorId();
		const msg = (error as { message?: unknown } | null)?.message;
		log('error', typeof msg === 'string' ? msg : `${kind} error`, { errorId, status, ...where }, write);
		return { errorId };
	};
}

/** The `handleError` hook of every app. */
export const handleError = serverErrorHandler();

interface HandleInput {
	event: { request: Request };
	resolve: (event: never) => Response | Promise<Response>;
}

/**
 * The first `handle` of every app: a page or form post that failed because the database cannot
 * be reached answers 503 with `Retry-After` (the error page, in the visitor's language, stays the
 * body), so clients and load balancers know to come back rather than report a bug.
 */
export async function unavailableHandle({ event, resolve }: HandleInput): Promise<Response> {
	const response = await resolve(event as never);
	if (response.status !== 500 || !unavailableRequests.has(event.request)) return response;
	const headers = new Headers(response.headers);
	headers.set('retry-after', '5');
	headers.set('cache-control', 'no-store');
	return new Response(response.body, { status: 503, statusText: unavailableMessage, headers });
}
