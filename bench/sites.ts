// Throughput of the built WSM server against nginx sending the same bytes (not a test):
//   pnpm --filter @solidair/wsm build && node bench/sites.ts   → a Markdown table for BENCHMARKS.md
// The quick, WSM-only version of `pnpm bench`'s throughput table: a fresh embedded PostgreSQL
// with the seed, the WSM server and nginx (bench/nginx.ts); wrk with one thread at 16 and 64
// connections, app and nginx interleaved, 3 rounds of 8 s, medians.
import { join } from 'node:path';
import { findNginx, installHint, snapshot, startNginx } from './nginx.ts';
import { startStack } from './stack.ts';
import { measureThroughput, throughputTable, type MeasuredPage } from './throughput.ts';

const appPort = 3201;
const nginxPort = 3202;

const nginx = findNginx();
if (!nginx) {
	console.error(`bench:sites compares with nginx, and there is none: ${installHint}`);
	process.exit(1);
}
console.error('starting PostgreSQL, the WSM server and nginx…');
const stack = await startStack([{ name: 'wsm', port: appPort }]);
try {
	const base = `http://127.0.0.1:${appPort}`;
	const list = await (await fetch(`${base}/nl/nieuws`)).text();
	const article = /href="(\/nl\/nieuws\/[a-z0-9-]+)"/.exec(list)?.[1];
	if (!article) throw new Error('no article on the news list');
	const headers = { Accept: 'text/html', 'Accept-Encoding': 'gzip, deflate, br' };
	const pages: MeasuredPage[] = [
		['home', '/nl'],
		['news list', '/nl/nieuws'],
		['article', article]
	].map(([label, path]) => ({
		label: label!,
		url: `${base}${path}`,
		headers: Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
		connections: [16, 64]
	}));
	const snapshots = await Promise.all(pages.map((page) => snapshot(page.url, headers)));
	const server = await startNginx(nginx.path, join(stack.dataDir, 'nginx'), nginxPort, snapshots);
	pages.forEach((page, index) => (page.nginxUrl = server.url(index)));
	try {
		const rows = measureThroughput(pages, { rounds: 3, seconds: 8, progress: console.error });
		console.log(throughputTable(rows).join('\n'));
	} finally {
		server.stop();
	}
} finally {
	await stack.stop();
}
