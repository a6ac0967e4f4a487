#!/usr/bin/env node
// A small static file server: Storybook's build on port 6006, and the baseline of benchmarks.
// Usage: node tooling/scripts/serve-static.mjs <folder> <port>
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

export function serveStatic(folder, port, host = process.env.HOST ?? '127.0.0.1') {
	const base = resolve(folder);
	const server = createServer(async (request, response) => {
		try {
			const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
			let file = normalize(join(base, pathname));
			// Never serve anything outside the folder.
			if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
			let info = await stat(file);
			if (info.isDirectory()) {
				file = join(file, 'index.html');
				info = await stat(file);
			}
			response.writeHead(200, {
				'content-type': types[extname(file)] ?? 'application/octet-stream',
				'content-length': info.size,
				'x-content-type-options': 'nosniff'
			});
			if (request.method === 'HEAD') response.end();
			else createReadStream(file).pipe(response);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		}
	});
	server.listen(port, host);
	return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [folder, port] = process.argv.slice(2);
	if (!folder || !port) {
		console.error('usage: serve-static.mjs <folder> <port>');
		process.exit(2);
	}
	serveStatic(folder, Number(port)).on('listening', () => console.log(`Serving ${folder} on port ${port}`));
}
