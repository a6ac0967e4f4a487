// The benchmarks' baseline: nginx serving the very bytes an app answered (same body, same
// Content-Type, same Content-Encoding), so that "app / nginx" compares like for like.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';

/** What an app answered to one request, as it went over the wire (not decompressed). */
export interface Snapshot {
	body: Buffer;
	contentType: string;
	contentEncoding?: string;
}

export const installHint = 'sudo apt-get install -y nginx-light (Debian; or any nginx on PATH)';

/** nginx on PATH, else Debian's /usr/sbin/nginx; undefined when there is none. */
export function findNginx(): { path: string; version: string } | undefined {
	for (const path of ['nginx', '/usr/sbin/nginx']) {
		const run = spawnSync(path, ['-v'], { encoding: 'utf8' });
		if (!run.error && run.status === 0) {
			const version = /nginx\/(\S+)/.exec(run.stderr)?.[1] ?? 'unknown';
			return { path, version };
		}
	}
	return undefined;
}

/**
 * One GET with node:http rather than fetch, which would decompress the body: nginx must send
 * the compressed bytes the app sent.
 */
export function snapshot(url: string, headers: Record<string, string>): Promise<Snapshot> {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				if (res.statusCode !== 200) return reject(new Error(`${url} answered ${res.statusCode}`));
				resolve({
					body: Buffer.concat(chunks),
					contentType: res.headers['content-type'] ?? 'application/octet-stream',
					contentEncoding: res.headers['content-encoding']
				});
			});
		});
		req.on('error', reject);
		req.end();
	});
}

export interface Nginx {
	/** The URL at which nginx serves the index-th snapshot. */
	url(index: number): string;
	stop(): void;
}

/**
 * Starts nginx in the foreground on `port`, everything (config, pid, logs, temp) under `dir`.
 * One worker, as each app is one Node process; sendfile and keep-alive, no access log.
 */
export async function startNginx(
	binary: string,
	dir: string,
	port: number,
	pages: Snapshot[]
): Promise<Nginx> {
	mkdirSync(join(dir, 'pages'), { recursive: true });
	const locations = pages.map((page, index) => {
		const file = join(dir, 'pages', String(index));
		writeFileSync(file, page.body);
		// An empty `types` makes default_type the Content-Type; the encoding is the app's, stored
		// as is (gzip_static and brotli_static are not in every build, so a header it is).
		return [
			`		location = /${index} {`,
			`			types { }`,
			`			default_type "${page.contentType}";`,
			page.contentEncoding ? `			add_header Content-Encoding ${page.contentEncoding};` : '',
			`			alias ${file};`,
			'		}'
		]
			.filter(Boolean)
			.join('\n');
	});
	const conf = join(dir, 'nginx.conf');
	writeFileSync(
		conf,
		[
			// As root the workers would become `nobody`, who cannot read a private temp folder.
			process.getuid?.() === 0 ? 'user root;' : '',
			'worker_processes 1;',
			'daemon off;',
			`pid ${join(dir, 'nginx.pid')};`,
			`error_log ${join(dir, 'error.log')} warn;`,
			'events { worker_connections 1024; }',
			'http {',
			'	access_log off;',
			'	sendfile on;',
			'	tcp_nopush on;',
			'	keepalive_timeout 65;',
			'	keepalive_requests 1000000;',
			`	client_body_temp_path ${join(dir, 'body')};`,
			`	proxy_temp_path ${join(dir, 'proxy')};`,
			`	fastcgi_temp_path ${join(dir, 'fastcgi')};`,
			`	uwsgi_temp_path ${join(dir, 'uwsgi')};`,
			`	scgi_temp_path ${join(dir, 'scgi')};`,
			'	server {',
			`		listen 127.0.0.1:${port};`,
			...locations,
			'	}',
			'}',
			''
		].join('\n')
	);
	chmodSync(dir, 0o755);
	const args = ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')];
	const check = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`nginx refused its configuration:\n${check.stderr}`);
	const child: ChildProcess = spawn(binary, args, { stdio: 'inherit' });
	process.once('exit', () => child.kill('SIGQUIT'));
	const url = (index: number) => `http://127.0.0.1:${port}/${index}`;
	// nginx says nothing when it is ready: ask until it answers.
	for (let attempt = 0; ; attempt++) {
		try {
			await snapshot(url(0), {});
			break;
		} catch (error) {
			if (attempt > 50 || child.exitCode !== null) throw error;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	return { url, stop: () => child.kill('SIGQUIT') };
}
