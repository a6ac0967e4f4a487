import { describe, expect, test } from 'vitest';
import {
	internalErrorMessage,
	isDatabaseUnavailable,
	newErrorId,
	serverErrorHandler,
	unavailableHandle,
	unavailableMessage,
	type CaughtServerError
} from './errors.ts';

function hook() {
	const lines: Array<Record<string, unknown>> = [];
	const handleError = serverErrorHandler((line) => lines.push(JSON.parse(line) as Record<string, unknown>));
	return { handleError, lines };
}

const event = (path: string, method = 'GET'): CaughtServerError['event'] => ({
	url: new URL(`http://wsm.test${path}`),
	request: new Request(`http://wsm.test${path}`, { method }),
	route: { id: '/[lang=locale]/contact' }
});

describe('the handleError hook', () => {
	test('an unexpected error: logged with an id and its stack; the visitor gets a generic message and the id', () => {
		const { handleError, lines } = hook();
		const error = new Error('duplicate key value violates unique constraint "users_email_key"', {
			cause: new Error('connection detail')
		});
		const body = handleError({ kind: 'unknown', error, event: event('/nl/contact?token=s3cret', 'POST') });
		expect(body).toEqual({ message: internalErrorMessage, errorId: expect.stringMatching(/^[0-9A-Z]{10}$/) });
		expect(JSON.stringify(body)).not.toContain('duplicate');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({
			level: 'error',
			msg: error.message,
			errorId: body!.errorId,
			status: 500,
			method: 'POST',
			path: '/nl/contact',
			route: '/[lang=locale]/contact'
		});
		expect(lines[0]!.stack).toContain(error.stack);
		expect(lines[0]!.stack).toContain('Caused by: Error: connection detail');
		expect(JSON.stringify(lines)).not.toContain('s3cret');
	});

	test('something thrown that is not an Error', () => {
		const { handleError, lines } = hook();
		expect(handleError({ kind: 'unknown', error: 'just a string', event: event('/') })).toMatchObject({
			message: internalErrorMessage
		});
		expect(lines[0]).toMatchObject({ msg: 'just a string', stack: 'just a string' });
	});

	test('404, 400 and 413 keep their own message and are not logged', () => {
		const { handleError, lines } = hook();
		expect(
			handleError({ kind: 'app', error: { status: 404, message: 'Not Found' }, event: event('/x') })
		).toBeUndefined();
		expect(
			handleError({ kind: 'framework', error: { status: 400, message: 'Bad Request' }, event: event('/%') })
		).toBeUndefined();
		expect(
			handleError({
				kind: 'framework',
				error: { status: 413, message: 'Payload Too Large' },
				event: event('/')
			})
		).toBeUndefined();
		expect(lines).toEqual([]);
	});

	test("an app's own 5xx keeps its message, gets an id and is logged", () => {
		const { handleError, lines } = hook();
		const body = handleError({
			kind: 'app',
			error: { status: 503, message: 'Even geduld: onderhoud' },
			event: event('/nl')
		});
		expect(body).toEqual({ errorId: expect.any(String) });
		expect(lines[0]).toMatchObject({
			level: 'error',
			msg: 'Even geduld: onderhoud',
			status: 503,
			errorId: body!.errorId
		});
	});

	test('failed validation of a remote function: a warning, without what the visitor sent', () => {
		const { handleError, lines } = hook();
		const body = handleError({
			kind: 'validation',
			error: { status: 400, message: 'Bad Request' },
			event: event('/_app/remote/abc'),
			remote: { name: 'subscribe', file: 'src/lib/newsletter.remote.ts' }
		});
		expect(body).toBeUndefined();
		expect(lines).toEqual([expect.objectContaining({ level: 'warn', remote: 'subscribe' })]);
	});

	test('ids are short, readable and differ', () => {
		const ids = new Set(Array.from({ length: 1000 }, newErrorId));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(id).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/);
	});
});

describe('an unreachable database', () => {
	const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54330'), { code: 'ECONNREFUSED' });
	const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
		code: '57P01'
	});

	test('is told apart from a bug: refused, terminated, timed out, also when wrapped', () => {
		expect(isDatabaseUnavailable(refused)).toBe(true);
		expect(isDatabaseUnavailable(shutdown)).toBe(true);
		expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
		expect(isDatabaseUnavailable(new Error('query failed', { cause: refused }))).toBe(true);
		expect(isDatabaseUnavailable(new AggregateError([refused], ''))).toBe(true);
		// A bug in a query, a constraint, anything else: not "unavailable".
		expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
		expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
		expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
		expect(isDatabaseUnavailable(undefined)).toBe(false);
	});

	test('answers 503 with Retry-After, keeping the error page; other 500s stay 500', async () => {
		const { handleError, lines } = hook();
		const down = event('/nl/news');
		const body = handleError({ kind: 'unknown', error: refused, event: down });
		expect(body).toEqual({ message: unavailableMessage, errorId: expect.any(String) });
		expect(lines[0]).toMatchObject({ level: 'warn', msg: 'database unavailable', status: 503 });
		const page = () =>
			new Response('<h1>Er ging iets mis</h1>', { status: 500, headers: { 'content-type': 'text/html' } });
		const response = await unavailableHandle({ event: down, resolve: page });
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('5');
		expect(response.headers.get('content-type')).toBe('text/html');
		expect(await response.text()).toBe('<h1>Er ging iets mis</h1>');

		const bug = event('/nl/news');
		handleError({ kind: 'unknown', error: new TypeError('x is undefined'), event: bug });
		expect((await unavailableHandle({ event: bug, resolve: page })).status).toBe(500);
	});
});
