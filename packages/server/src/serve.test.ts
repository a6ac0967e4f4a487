// `serve()` as an app's server.js runs it: a separate Node process configured by its environment.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

const script = fileURLToPath(new URL('../test/serve-fixture.js', import.meta.url));

interface Run {
	child: ChildProcess;
	stdout: () => string;
	stderr: () => string;
	exited: Promise<number | null>;
}

const running: ChildProcess[] = [];
afterEach(() => {
	for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(env: Record<string, string>): Run {
	const child = spawn(process.execPath, [script], {
		// Only what is given: nothing from the developer's environment (DATABASE_URL, PORT…).
		env: { PATH: process.env.PATH ?? '', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	running.push(child);
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

const jsonLines = (output: string) =>
	output
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('serve() refuses a bad environment', () => {
	test('exit code 1 and one message naming the variable', async () => {
		const { stdout, stderr, exited } = run({ PORT: 'abc' });
		expect(await exited).toBe(1);
		expect(stdout()).toBe('');
		const lines = jsonLines(stderr());
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({
			level: 'error',
			msg: 'PORT must be a whole number from 1 to 65535, got "abc"'
		});
	});

	test('without ORIGIN it does not start: absolute URLs would otherwise come from the Host header', async () => {
		const { stdout, stderr, exited } = run({
			PORT: String(await freePort()),
			HOST: '127.0.0.1',
			OUTBOX: 'off'
		});
		expect(await exited).toBe(1);
		expect(stdout()).toBe('');
		expect(jsonLines(stderr())).toEqual([
			expect.objectContaining({ level: 'error', msg: expect.stringMatching(/^ORIGIN must be set/) })
		]);
	});

	test('every bad variable is named, before anything starts', async () => {
		const { stderr, exited } = run({ TRUST_PROXY: 'true', BODY_SIZE_LIMIT: '1MB', LOG_REQUESTS: 'no' });
		expect(await exited).toBe(1);
		expect(jsonLines(stderr()).map((line) => String(line.msg).split(' ')[0])).toEqual([
			'TRUST_PROXY',
			'BODY_SIZE_LIMIT',
			'LOG_REQUESTS'
		]);
	});
});

describe('serve() with a good environment', () => {
	test('listens, limits bodies to 1M by default, logs JSON lines, stops on SIGTERM', async () => {
		const port = await freePort();
		const { child, stdout, stderr, exited } = run({
			PORT: String(port),
			HOST: '127.0.0.1',
			OUTBOX: 'off',
			ORIGIN: `http://127.0.0.1:${port}`
		});
		await until(() => stdout().includes('"Listening"'), 'the server to listen');
		expect(jsonLines(stdout())[0]).toMatchObject({
			level: 'info',
			msg: 'Listening',
			url: `http://127.0.0.1:${port}`
		});
		const url = `http://127.0.0.1:${port}`;

		// adapter-node reads BODY_SIZE_LIMIT when its handler is imported: serve() set it first.
		expect(await (await fetch(`${url}/env`)).json()).toEqual({ bodySizeLimitAtImport: '1M' });
		const home = await fetch(`${url}/?secret=1`);
		expect(home.status).toBe(200);
		expect(home.headers.get('x-frame-options')).toBe('DENY');
		expect(home.headers.get('strict-transport-security')).toBeNull();
		const large = await fetch(`${url}/echo`, { method: 'POST', body: new Uint8Array(1024 * 1024 + 1) });
		expect(large.status).toBe(413);
		const fits = await fetch(`${url}/echo`, { method: 'POST', body: new Uint8Array(1024 * 1024) });
		expect(await fits.json()).toMatchObject({ bytes: 1024 * 1024 });

		await until(() => jsonLines(stdout()).length >= 5, 'the request lines');
		expect(
			jsonLines(stdout())
				.slice(1)
				.map((line) => [line.msg, line.path, line.status])
		).toEqual([
			['request', '/env', 200],
			['request', '/', 200],
			['request', '/echo', 413],
			['request', '/echo', 200]
		]);

		child.kill('SIGTERM');
		expect(await exited).toBe(0);
		expect(jsonLines(stdout()).at(-1)).toMatchObject({ msg: 'Stopping', signal: 'SIGTERM' });
		expect(stderr()).toBe('');
	});

	test('BODY_SIZE_LIMIT and LOG_REQUESTS=0 from the environment', async () => {
		const port = await freePort();
		const { child, stdout, exited } = run({
			PORT: String(port),
			HOST: '127.0.0.1',
			OUTBOX: 'off',
			ORIGIN: `http://127.0.0.1:${port}`,
			BODY_SIZE_LIMIT: '2K',
			LOG_REQUESTS: '0'
		});
		await until(() => stdout().includes('"Listening"'), 'the server to listen');
		const url = `http://127.0.0.1:${port}`;
		expect(await (await fetch(`${url}/env`)).json()).toEqual({ bodySizeLimitAtImport: '2K' });
		expect((await fetch(`${url}/echo`, { method: 'POST', body: new Uint8Array(3000) })).status).toBe(413);
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
		expect(jsonLines(stdout()).map((line) => line.msg)).toEqual(['Listening', 'Stopping']);
	});
});
