// Finding nginx on a bare machine (CI may have only Node and npm): a missing nginx is fetched
// from Debian's package without root, or the error says how to install it; never a silent skip.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findNginx, installHint, nginxConfig } from './nginx.ts';

const dir = mkdtempSync(join(tmpdir(), 'solidair-nginx-find-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A PATH with the tools the fallback needs (apt-get, dpkg) but no nginx: a shim folder that links
// only those two. /usr/sbin itself cannot be on it, since nginx is there on a Debian machine.
function pathWithout(name: string, tools: string[]) {
	const shims = mkdtempSync(join(dir, `without-${name}-`));
	for (const tool of tools) {
		const found = spawnSync('sh', ['-c', `command -v ${tool}`], {
			encoding: 'utf8',
			env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' }
		}).stdout.trim();
		if (!found) continue;
		const shim = join(shims, tool);
		writeFileSync(shim, `#!/bin/sh\nexec ${found} "$@"\n`);
		chmodSync(shim, 0o755);
	}
	return shims;
}

test('an NGINX that is not a program is refused, with the way to install one', () => {
	expect(() => findNginx({ toolingDir: dir, env: { NGINX: join(dir, 'nothing') } })).toThrow(installHint);
});

test('no nginx anywhere and no download: the error says how to install it', () => {
	const env = { PATH: pathWithout('all', ['sh']) };
	expect(() => findNginx({ toolingDir: join(dir, 'none'), env, systemPaths: [], download: false })).toThrow(
		installHint
	);
});

test("no nginx on the machine: Debian's package is unpacked into .tooling, or the error says how to install it", () => {
	const toolingDir = join(dir, 'tooling');
	const env = { PATH: pathWithout('nginx', ['apt-get', 'dpkg', 'dpkg-deb', 'tar', 'sh']) };
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { env }).status === 0;
	if (!hasApt) {
		expect(() => findNginx({ toolingDir, env, systemPaths: [] })).toThrow(installHint);
		return;
	}
	const nginx = findNginx({ toolingDir, env, systemPaths: [] });
	expect(nginx).toBe(join(toolingDir, 'nginx', 'usr', 'sbin', 'nginx'));
	expect(spawnSync(nginx, ['-v'], { encoding: 'utf8' }).stderr).toMatch(/^nginx version: nginx\//);
	// Found there the next time, without fetching again.
	expect(findNginx({ toolingDir, env: { PATH: '' }, systemPaths: [], download: false })).toBe(nginx);
}, 60_000);

test('the configuration balances each app over its instances and tells them about the proxy', () => {
	const config = nginxConfig('/tmp/lb', [
		{ port: 3500, servers: ['127.0.0.1:3501', '127.0.0.1:3502'] },
		{ port: 3510, servers: ['127.0.0.1:3511', '127.0.0.1:3512'] }
	]);
	expect(config).toMatch(/upstream app0 \{\s+server 127\.0\.0\.1:3501[^;]*;\s+server 127\.0\.0\.1:3502/);
	expect(config).toContain('listen 127.0.0.1:3510;');
	for (const header of ['X-Forwarded-Host', 'X-Forwarded-Proto', 'X-Forwarded-For'])
		expect(config).toContain(`proxy_set_header ${header} `);
	// Everything nginx writes stays in its folder.
	for (const line of config.split('\n').filter((l) => /(_path|^pid|error_log) /.test(l.trim())))
		expect(line).toContain('/tmp/lb/');
	expect(config).toContain('daemon off;');
});
