import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEmbedded } from './embedded.ts';

let dir: string;
let busy: Server;
const port = 54397;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'solidair-embedded-fail-'));
	busy = createServer();
	await new Promise<void>((resolve) => busy.listen(port, '127.0.0.1', resolve));
});
afterAll(() => {
	busy?.close();
	rmSync(dir, { recursive: true, force: true });
});

test('a server that cannot start says why: its port, and what PostgreSQL wrote', async () => {
	const failure: unknown = await startEmbedded({ dataDir: join(dir, 'data'), port }).then(
		() => 'started',
		(reason: unknown) => reason
	);
	// The library alone rejects with `undefined`: nothing to go on.
	expect(failure).toBeInstanceOf(Error);
	const { message } = failure as Error;
	expect(message).toMatch(/^PostgreSQL on port 54397 failed/);
	expect(message).toMatch(/address already in use|could not bind|could not create any TCP\/IP sockets/i);
}, 60_000);
