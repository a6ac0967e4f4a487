// Throughput of the built WSM server against a plain static file server (not a test):
//   pnpm --filter @solidair/wsm build && node bench/sites.ts   → a Markdown table for BENCHMARKS.md
// Starts a fresh embedded PostgreSQL with the seed, the WSM server and our static server
// (tooling/scripts/serve-static.mjs) serving the very same HTML saved as files; then wrk with one
// thread at 16 and 64 connections, 10 s per run after a 2 s warm-up, one run at a time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startStack } from './stack.ts';
import { wrk } from './wrk.ts';

const appPort = 3201;
const staticPort = 3202;

console.error('starting PostgreSQL, the WSM server and the static server…');
const stack = await startStack([{ name: 'wsm', port: appPort }]);
try {
	// The pages, and a copy of each one's HTML for the static server.
	const base = `http://127.0.0.1:${appPort}`;
	const list = await (await fetch(`${base}/nl/nieuws`)).text();
	const article = /href="(\/nl\/nieuws\/[a-z0-9-]+)"/.exec(list)?.[1];
	if (!article) throw new Error('no article on the news list');
	const pages = [
		['home', '/nl'],
		['news list', '/nl/nieuws'],
		['article', article]
	] as const;
	const staticDir = join(stack.dataDir, 'static');
	for (const [, path] of pages) {
		const file = join(staticDir, path, 'index.html');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, await (await fetch(`${base}${path}`)).text());
	}
	await stack.start('node', ['tooling/scripts/serve-static.mjs', staticDir, String(staticPort)], {}, /./);

	console.log(
		'| page | connections | WSM req/s | WSM p50 / p99 (ms) | static req/s | static p99 (ms) | ratio | errors |'
	);
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
	for (const [name, path] of pages) {
		for (const connections of [16, 64]) {
			const app = wrk(`${base}${path}`, connections, 10);
			const file = wrk(`http://127.0.0.1:${staticPort}${path}/`, connections, 10);
			console.log(
				`| ${name} | ${connections} | ${app.rps.toFixed(0)} | ${app.p50.toFixed(2)} / ${app.p99.toFixed(2)} | ${file.rps.toFixed(0)} | ${file.p99.toFixed(2)} | ${((app.rps / file.rps) * 100).toFixed(0)} % | ${app.errors} |`
			);
		}
	}
} finally {
	await stack.stop();
}
