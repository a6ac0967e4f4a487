// The server every app runs behind, over real HTTP (and raw sockets where a client misbehaves),
// around a fixture handler rather than a built app.
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
	createAppServer,
	securityHeaders,
	strictTransportSecurity,
	type AppServerOptions,
	type Handler
} from './app-server.ts';

let handler: Handler;
beforeAll(async () => {
	const fixture = new URL('../test/fixture-handler.js', import.meta.url);
	({ handler } = (await import(fixture.href)) as { handler: Handler });
});

const servers: Server[] = [];
afterEach(async () => {
	for (const server of servers.splice(0)) {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
});

interface Started {
	url: string;
	port: number;
	/** The log lines so far, parsed. */
	lines: () => Array<Record<string, unknown>>;
	raw: string[];
}

async function start(options: AppServerOptions = {}): Promise<Started> {
	const raw: string[] = [];
	const server = createAppServer(handler, { log: (line) => raw.push(line), ...options });
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		raw,
		lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>)
	};
}

/** Waits (briefly) until `check` holds: log lines are written when the response has closed. */
async function until(check: () => boolean, ms = 2000): Promise<void> {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('timed out waiting');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** Sends bytes on a raw socket; resolves with what came back once the server closed it. */
function rawRequest(port: number, data: string, giveUpAfter = 3000): Promise<{ text: string; ms: number }> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const socket = connect(port, '127.0.0.1');
		let text = '';
		const timer = setTimeout(() => {
			socket.destroy();
			reject(new Error(`the server kept the connection open; it sent ${JSON.stringify(text)}`));
		}, giveUpAfter);
		socket.on('data', (chunk) => (text += chunk.toString('latin1')));
		socket.on('error', () => {});
		socket.on('close', () => {
			clearTimeout(timer);
			resolve({ text, ms: Date.now() - started });
		});
		socket.write(data);
	});
}

describe('security headers', () => {
	test('are on every response: pages, errors, not found', async () => {
		const { url } = await start();
		for (const path of ['/', '/throw', '/nothing-here']) {
			const response = await fetch(url + path);
			for (const [name, value] of Object.entries(securityHeaders)) {
				expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
			}
		}
		const headers = (await fetch(url)).headers;
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(headers.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
	});

	test('HTML says it is UTF-8, however the app set its type; other types are left alone', async () => {
		const { url } = await start();
		for (const path of ['/html', '/html-head']) {
			expect((await fetch(`${url}${path}`)).headers.get('content-type'), path).toBe(
				'text/html; charset=utf-8'
			);
		}
		expect((await fetch(`${url}/framed`)).headers.get('content-type')).toBe('text/plain');
	});

	test('do not replace what the app set itself', async () => {
		const { url } = await start();
		const response = await fetch(`${url}/framed`);
		expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	test('no HSTS over plain HTTP, even when the client claims HTTPS', async () => {
		const { url } = await start();
		const response = await fetch(`${url}/echo`, {
			headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' }
		});
		expect(response.headers.get('strict-transport-security')).toBeNull();
		// Nor does the app believe the claim.
		expect(await response.json()).toMatchObject({ proto: 'http', host: null });
	});

	test('HSTS when a trusted proxy says the request came over HTTPS', async () => {
		const { url } = await start({ trustProxy: true });
		const https = await fetch(`${url}/echo`, {
			headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'wsm.be' }
		});
		expect(https.headers.get('strict-transport-security')).toBe(strictTransportSecurity);
		expect(strictTransportSecurity).toBe('max-age=31536000; includeSubDomains');
		expect(await https.json()).toMatchObject({ proto: 'https', host: 'wsm.be' });
		const http = await fetch(url, { headers: { 'x-forwarded-proto': 'http' } });
		expect(http.headers.get('strict-transport-security')).toBeNull();
	});
});

describe('request limits', () => {
	test('431 for 20 KiB of headers', async () => {
		const { port } = await start();
		const { text } = await rawRequest(
			port,
			`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`
		);
		expect(text).toMatch(/^HTTP\/1\.1 431 /);
	});

	test('headers of 10 KiB still pass', async () => {
		const { url } = await start();
		const response = await fetch(url, { headers: { 'x-big': 'a'.repeat(10 * 1024) } });
		expect(response.status).toBe(200);
	});

	test('the header limit is the one given', async () => {
		const { port } = await start({ maxHeaderSize: 4096 });
		const { text } = await rawRequest(
			port,
			`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(5000)}\r\n\r\n`
		);
		expect(text).toMatch(/^HTTP\/1\.1 431 /);
	});

	test('408 and a closed connection when the headers never end', async () => {
		const { port, lines } = await start({
			headersTimeout: 200,
			requestTimeout: 400,
			connectionsCheckingInterval: 50
		});
		const { text, ms } = await rawRequest(port, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n');
		expect(text).toMatch(/^HTTP\/1\.1 408 /);
		expect(ms).toBeGreaterThanOrEqual(150);
		expect(ms).toBeLessThan(2500);
		// Never a request the app saw, so never a request line.
		expect(lines()).toEqual([]);
	});

	test('408 when the body stops coming', async () => {
		const { port } = await start({
			headersTimeout: 200,
			requestTimeout: 400,
			connectionsCheckingInterval: 50
		});
		const { text } = await rawRequest(
			port,
			'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly a little'
		);
		expect(text).toMatch(/^HTTP\/1\.1 408 /);
	});

	test('413 for a body announced larger than the limit; the server goes on', async () => {
		const { url } = await start({ bodySizeLimit: 1024 });
		const small = await fetch(`${url}/echo`, { method: 'POST', body: new Uint8Array(1024) });
		expect(await small.json()).toMatchObject({ bytes: 1024 });
		const large = await fetch(`${url}/echo`, { method: 'POST', body: new Uint8Array(2 * 1024 * 1024) });
		expect(large.status).toBe(413);
		expect(large.headers.get('x-frame-options')).toBe('DENY');
		expect((await fetch(url)).status).toBe(200);
	});

	test('only upload paths may send the larger body; every other form keeps the form limit', async () => {
		const { url } = await start({
			bodySizeLimit: 64 * 1024,
			uploadPaths: /^\/nl\/files(\/|$)/,
			formBodySizeLimit: 1024
		});
		const body = new Uint8Array(8 * 1024);
		const upload = await fetch(`${url}/nl/files?/upload`, { method: 'POST', body });
		expect(await upload.json()).toEqual({ tooLarge: null, bytes: 8 * 1024 }); // reached the app
		const login = await fetch(`${url}/nl/login`, { method: 'POST', body });
		expect(login.status).toBe(413);
		// A path that only looks like the library is not the library.
		expect((await fetch(`${url}/nl/filesx`, { method: 'POST', body })).status).toBe(413);
		expect((await fetch(`${url}/echo`, { method: 'POST', body: new Uint8Array(512) })).status).toBe(200);
	});

	test('a chunked body, without Content-Length, is counted against the same limits', async () => {
		const { port } = await start({
			bodySizeLimit: 64 * 1024,
			uploadPaths: /^\/nl\/files(\/|$)/,
			formBodySizeLimit: 1024
		});
		const chunked = (path: string, bytes: number) => {
			const chunks = [];
			for (let left = bytes; left > 0; left -= 500) chunks.push('x'.repeat(Math.min(500, left)));
			const body = chunks.map((chunk) => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
			return rawRequest(
				port,
				`POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n${body}0\r\n\r\n`
			);
		};
		// A form (here /echo) over the form limit never reaches the app.
		const large = await chunked('/echo', 8 * 1024);
		expect(large.text).toMatch(/^HTTP\/1\.1 413 /);
		expect(large.text).not.toContain('"bytes"');
		// Within it, the app reads the whole body, as if its length had been given.
		const small = await chunked('/echo', 1000);
		expect(small.text).toMatch(/^HTTP\/1\.1 200 /);
		expect(small.text).toContain('"bytes":1000');
		// An upload path keeps the larger limit (adapter-node counts it there).
		const upload = await chunked('/nl/files', 8 * 1024);
		expect(upload.text).toMatch(/^HTTP\/1\.1 200 /);
		expect(upload.text).toContain('"bytes":8192');
	});

	test('the upload limit goes by the path the app routes: dot segments do not borrow it', async () => {
		const { port } = await start({
			bodySizeLimit: 64 * 1024,
			uploadPaths: /^\/nl\/files(\/|$)/,
			formBodySizeLimit: 1024
		});
		const body = new Uint8Array(8 * 1024);
		for (const path of ['/nl/files/../../echo', '/nl/files/%2e%2e/%2E%2E/echo']) {
			const { text } = await rawRequest(
				port,
				`POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: ${body.byteLength}\r\n\r\n${'x'.repeat(body.byteLength)}`
			);
			expect(text, path).toMatch(/^HTTP\/1\.1 413 /);
		}
		// And the other way: a path that reaches the library through dot segments is an upload.
		const { text } = await rawRequest(
			port,
			`POST /nl/x/../files?/upload HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: ${body.byteLength}\r\n\r\n${'x'.repeat(body.byteLength)}`
		);
		expect(text).toMatch(/^HTTP\/1\.1 200 /);
		expect(text).toContain('"bytes":8192');
	});

	test('an upload over the limit reaches its page without a body, told why; no client can say so', async () => {
		const { url } = await start({ bodySizeLimit: 64 * 1024, uploadPaths: /^\/nl\/files(\/|$)/ });
		const upload = await fetch(`${url}/nl/files?/upload`, {
			method: 'POST',
			body: new Uint8Array(2 * 1024 * 1024)
		});
		// The page answers (here the fixture's 413 and JSON), not the server's bare text.
		expect(upload.status).toBe(413);
		expect(await upload.json()).toEqual({ tooLarge: '1', bytes: 0 });
		const forged = await fetch(`${url}/nl/files?/upload`, {
			method: 'POST',
			headers: { 'x-solidair-body-too-large': '1' },
			body: new Uint8Array(10)
		});
		expect(await forged.json()).toEqual({ tooLarge: null, bytes: 10 });
		// Elsewhere a body over the limit is still refused by the server itself.
		expect((await fetch(`${url}/echo`, { method: 'POST', body: new Uint8Array(128 * 1024) })).status).toBe(
			413
		);
		expect((await fetch(url)).status).toBe(200);
	});

	test('413 before the body is sent when the client asks first (Expect: 100-continue)', async () => {
		const { port } = await start({ bodySizeLimit: 1024 });
		const { text } = await rawRequest(
			port,
			'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\n\r\n'
		);
		expect(text).toMatch(/^HTTP\/1\.1 413 /);
		expect(text).not.toContain('100 Continue');
	});

	test('a body within the limit is let through after 100 Continue', async () => {
		const { port } = await start({ bodySizeLimit: 1024 });
		const { text } = await rawRequest(
			port,
			'POST /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\nExpect: 100-continue\r\n\r\n'
		);
		expect(text).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
	});
});

describe('a failing handler', () => {
	test('answers 500 without the error text, logs it, and the server goes on', async () => {
		const { url, lines } = await start();
		for (const path of ['/throw', '/reject']) {
			const response = await fetch(url + path);
			expect(response.status).toBe(500);
			expect(await response.text()).toBe('Internal Error');
		}
		expect((await fetch(url)).status).toBe(200);
		await until(() => lines().length >= 5);
		const errors = lines().filter((line) => line.level === 'error');
		expect(errors.map((line) => [line.msg, line.path])).toEqual([
			['secret database detail', '/throw'],
			['rejected later', '/reject']
		]);
		expect(errors[0]!.stack).toMatch(/fixture-handler\.js/);
	});
});

describe('request logs', () => {
	test('one JSON line per request, without query string, headers or cookies', async () => {
		const { url, lines, raw } = await start();
		await fetch(`${url}/?token=s3cr3t-token&x=1`, {
			headers: { cookie: 'session=c00kie-value', authorization: 'Bearer b3arer' }
		});
		await fetch(`${url}/nothing-here`);
		await fetch(`${url}/echo?reset=t0ken`, { method: 'POST', body: 'form=data-value' });
		await until(() => lines().length >= 3);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(raw).toHaveLength(3);
		expect(raw.join('\n')).not.toMatch(/s3cr3t|c00kie|b3arer|t0ken|data-value|\?/);
		const [home, missing, echo] = lines();
		expect(Object.keys(home!)).toEqual([
			'time',
			'level',
			'msg',
			'method',
			'path',
			'status',
			'ms',
			'bytes',
			'ip'
		]);
		expect(home).toMatchObject({
			level: 'info',
			msg: 'request',
			method: 'GET',
			path: '/',
			status: 200,
			bytes: 5
		});
		expect(home!.ip).toBe('127.0.0.1');
		expect(new Date(home!.time as string).toISOString()).toBe(home!.time);
		expect(home!.ms).toEqual(expect.any(Number));
		expect(missing).toMatchObject({ path: '/nothing-here', status: 404, bytes: 'Not found'.length });
		expect(echo).toMatchObject({ method: 'POST', path: '/echo', status: 200 });
	});

	test('bytes and time of a streamed response; aborted ones say so', async () => {
		const { url, lines } = await start();
		const slow = await fetch(`${url}/slow`);
		expect(await slow.text()).toBe('chunk 1\nchunk 2\nchunk 3\n');
		await until(() => lines().length >= 1);
		expect(lines()[0]).toMatchObject({ path: '/slow', status: 200, bytes: 24 });
		expect(lines()[0]!.ms).toBeGreaterThanOrEqual(100);

		const controller = new AbortController();
		const aborted = await fetch(`${url}/slow`, { signal: controller.signal });
		controller.abort();
		await aborted.text().catch(() => {});
		await until(() => lines().length >= 2);
		expect(lines()[1]).toMatchObject({ path: '/slow', aborted: true });
	});

	test('the client address from a trusted proxy', async () => {
		const { url, lines } = await start({ trustProxy: true });
		await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.2' } });
		await until(() => lines().length >= 1);
		expect(lines()[0]!.ip).toBe('10.0.0.2');
		// Two proxies of ours: the client is the one before the last.
		const twoDeep = await start({ trustProxy: true, xffDepth: 2 });
		await fetch(twoDeep.url, { headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.2' } });
		await until(() => twoDeep.lines().length >= 1);
		expect(twoDeep.lines()[0]!.ip).toBe('203.0.113.7');
	});

	test('none when turned off', async () => {
		const { url, raw } = await start({ logRequests: false });
		await fetch(url);
		await fetch(`${url}/throw`);
		await new Promise((resolve) => setTimeout(resolve, 50));
		// Errors are still logged.
		expect(raw.map((line) => JSON.parse(line).msg)).toEqual(['secret database detail']);
	});
});
