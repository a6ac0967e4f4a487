// nginx as the load balancer in front of several instances of each app: found on this machine (or
// unpacked from Debian's package into .tooling/, as the bootstrap brings Chromium from npm), given
// a generated configuration in a temporary folder, and run as the current user in the foreground.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { delimiter, join } from 'node:path';

/** How to get nginx where it is missing: said by every failure to find one. */
export const installHint =
	'Install nginx (Debian: `apt-get install -y nginx`, or without root `apt-get download nginx` and ' +
	'`dpkg -x nginx_*.deb .tooling/nginx`), or set NGINX to the path of an nginx binary.';

function executable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

export interface FindNginxOptions {
	/** The repository's .tooling folder, where an unpacked Debian package is kept. */
	toolingDir: string;
	env?: NodeJS.ProcessEnv;
	/** Where a system nginx sits outside PATH (Debian puts it in /usr/sbin, not on a user's PATH). */
	systemPaths?: string[];
	/** Unpack Debian's package into `toolingDir` when no nginx is found (needs apt's package lists). */
	download?: boolean;
}

/**
 * The nginx binary to run: $NGINX, else `nginx` on PATH, else a system one, else one unpacked
 * earlier into .tooling/nginx, else Debian's package unpacked there now (`apt-get download` needs
 * no root, only package lists, which root fetches first if missing; `dpkg -x` only unpacks).
 * Throws with the way to install it: a test never skips for it.
 */
export function findNginx({
	toolingDir,
	env = process.env,
	systemPaths = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'],
	download = true
}: FindNginxOptions): string {
	if (env.NGINX) {
		if (executable(env.NGINX)) return env.NGINX;
		throw new Error(`NGINX=${env.NGINX} is not an executable file. ${installHint}`);
	}
	const onPath = (env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((dir) => join(dir, 'nginx'));
	const unpacked = join(toolingDir, 'nginx', 'usr', 'sbin', 'nginx');
	const found = [...onPath, ...systemPaths, unpacked].find(executable);
	if (found) return found;
	if (!download) throw new Error(`nginx was not found. ${installHint}`);

	const target = join(toolingDir, 'nginx');
	mkdirSync(target, { recursive: true });
	let fetched = spawnSync('apt-get', ['download', 'nginx'], { cwd: target, encoding: 'utf8', env });
	// A fresh machine may have no package lists yet; only root can fetch them.
	if (fetched.status !== 0 && process.getuid?.() === 0) {
		spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8', env });
		fetched = spawnSync('apt-get', ['download', 'nginx'], { cwd: target, encoding: 'utf8', env });
	}
	const deb = existsSync(target)
		? readdirSync(target).find((name) => /^nginx_.*\.deb$/.test(name))
		: undefined;
	if (fetched.status !== 0 || !deb) {
		throw new Error(
			`nginx was not found, and \`apt-get download nginx\` failed (${(fetched.stderr || fetched.error?.message || '').trim()}). ${installHint}`
		);
	}
	const unpack = spawnSync('dpkg', ['-x', deb, '.'], { cwd: target, encoding: 'utf8', env });
	if (unpack.status !== 0 || !executable(unpacked)) {
		throw new Error(`nginx's package could not be unpacked (${unpack.stderr?.trim()}). ${installHint}`);
	}
	return unpacked;
}

export interface Upstream {
	/** Where nginx listens for this app. */
	port: number;
	/** The app's instances, as host:port. */
	servers: string[];
}

/**
 * An nginx.conf for a folder of its own: one upstream per app with all its instances (round
 * robin), the X-Forwarded-* headers the apps trust with TRUST_PROXY=1, every path nginx would
 * write inside `dir`, and the instance that answered in an `x-upstream` header (for tests).
 */
export function nginxConfig(dir: string, upstreams: Upstream[], { root = false } = {}): string {
	const servers = upstreams.map(
		(upstream, i) => `
	upstream app${i} {
${upstream.servers.map((server) => `		server ${server} max_fails=0;`).join('\n')}
		keepalive 16;
	}
	server {
		listen 127.0.0.1:${upstream.port};
		location / {
			proxy_pass http://app${i};
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host $http_host;
			proxy_set_header X-Forwarded-Host $http_host;
			proxy_set_header X-Forwarded-Proto $scheme;
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			add_header X-Upstream $upstream_addr always;
		}
	}`
	);
	return `# Generated for a test or a benchmark; see docs/deploy.md for a production configuration.
${root ? `user ${userInfo().username};\n` : ''}daemon off;
master_process on;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events {
	worker_connections 1024;
}
http {
	access_log off;
	client_max_body_size 30m;
	client_body_temp_path ${join(dir, 'client_body')};
	proxy_temp_path ${join(dir, 'proxy')};
	fastcgi_temp_path ${join(dir, 'fastcgi')};
	uwsgi_temp_path ${join(dir, 'uwsgi')};
	scgi_temp_path ${join(dir, 'scgi')};
${servers.join('\n')}
}
`;
}

/** Writes the configuration into `dir` and runs nginx on it until `stop()`. */
export async function startNginx(binary: string, dir: string, upstreams: Upstream[]) {
	const config = join(dir, 'nginx.conf');
	writeFileSync(config, nginxConfig(dir, upstreams, { root: process.getuid?.() === 0 }));
	// -e: the error log before the configuration is read (the compiled-in one is not ours to write).
	const args = ['-p', dir, '-c', config, '-e', join(dir, 'error.log')];
	const test = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
	if (test.status !== 0) throw new Error(`nginx refused its configuration:\n${test.stderr}`);
	const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let errors = '';
	child.stderr!.on('data', (chunk: Buffer) => (errors += chunk));
	// Listening once every port answers.
	const deadline = Date.now() + 10_000;
	for (const { port } of upstreams) {
		for (;;) {
			if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${errors}`);
			const up = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' }).then(
				() => true,
				() => false
			);
			if (up) break;
			if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${errors}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	const exited = new Promise<void>((resolve) => {
		if (child.exitCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
	return {
		process: child,
		stop: async () => {
			// SIGQUIT: a graceful stop (connections finish); SIGTERM would be a fast one.
			if (child.exitCode === null) child.kill('SIGQUIT');
			await exited;
		}
	};
}
