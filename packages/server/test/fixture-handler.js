// A stand-in for adapter-node's build/handler.js in the server's tests: a Node middleware that
// answers, echoes, throws and streams slowly. Like adapter-node, it reads its environment when
// it is imported, so a test can see what `serve()` set first.
const bodySizeLimitAtImport = process.env.BODY_SIZE_LIMIT;

/** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => unknown} */
export function handler(req, res, next) {
	const url = new URL(req.url ?? '/', 'http://fixture');
	switch (url.pathname) {
		case '/':
			res.setHeader('content-type', 'text/plain; charset=utf-8');
			res.end('hello');
			return;
		case '/echo': {
			const chunks = [];
			req.on('data', (chunk) => chunks.push(chunk));
			req.on('end', () => {
				res.setHeader('content-type', 'application/json');
				res.end(
					JSON.stringify({
						method: req.method,
						bytes: Buffer.concat(chunks).byteLength,
						proto: req.headers['x-forwarded-proto'] ?? null,
						host: req.headers['x-forwarded-host'] ?? null
					})
				);
			});
			return;
		}
		case '/nl/files': {
			// An upload page: says what the server told it about the body, and how much it read. Like
			// adapter-node, it reads no body when the length says there is none.
			const chunks = [];
			const answer = () => {
				res.writeHead(req.headers['x-solidair-body-too-large'] ? 413 : 200, {
					'content-type': 'application/json'
				});
				res.end(
					JSON.stringify({
						tooLarge: req.headers['x-solidair-body-too-large'] ?? null,
						bytes: Buffer.concat(chunks).byteLength
					})
				);
			};
			if (req.headers['content-length'] === '0') return answer();
			req.on('data', (chunk) => chunks.push(chunk));
			req.on('end', answer);
			return;
		}
		case '/html':
			// As SvelteKit sends a page: no charset.
			res.setHeader('content-type', 'text/html');
			res.end('<!doctype html><p>Zoë</p>');
			return;
		case '/html-head':
			res.writeHead(200, { 'Content-Type': 'text/html' });
			res.end('<!doctype html><p>Zoë</p>');
			return;
		case '/env':
			res.setHeader('content-type', 'application/json');
			res.end(JSON.stringify({ bodySizeLimitAtImport }));
			return;
		case '/framed':
			// An app that wants other values than the server's defaults keeps its own.
			res.setHeader('x-frame-options', 'SAMEORIGIN');
			res.writeHead(200, { 'referrer-policy': 'no-referrer', 'content-type': 'text/plain' });
			res.end('own headers');
			return;
		case '/throw':
			throw new Error('secret database detail');
		case '/reject':
			return Promise.reject(new Error('rejected later'));
		case '/slow': {
			// Streams three chunks, 50 ms apart.
			res.setHeader('content-type', 'text/plain');
			let sent = 0;
			const timer = setInterval(() => {
				res.write(`chunk ${++sent}\n`);
				if (sent === 3) {
					clearInterval(timer);
					res.end();
				}
			}, 50);
			res.once('close', () => clearInterval(timer));
			return;
		}
		default:
			next();
	}
}
