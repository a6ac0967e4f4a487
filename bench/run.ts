// `pnpm bench`: every benchmark of the running system in one command (not a test). Builds the
// apps, starts them on a fresh embedded PostgreSQL with the seed, and measures:
//   - throughput and latency (wrk, one thread, 16 and 64 connections) of the main public pages
//     and of a logged-in portal page, each beside a static server sending the same HTML;
//   - HTML, CSS and JavaScript bytes (gzipped) of each page type;
//   - memory of each server before and after a 60-second soak at 64 connections, and its errors;
//   - Lighthouse scores of every public page type.
// Then it writes the section between the `pnpm bench` markers of BENCHMARKS.md. Needs `wrk`
// (Debian package `wrk`) and Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lighthouseReport, publicPages } from './lighthouse.ts';
import { wrk, wrkAsync, type WrkResult } from './wrk.ts';
import { root, startStack } from './stack.ts';
import { buildAll } from '@solidair/tooling/scripts/lib';

const steps = 6;
let step = 0;
const progress = (line: string) => console.error(`[${step}/${steps}] ${line}`);
const next = (line: string) => {
	step++;
	progress(line);
};

if (spawnSync('wrk', ['--version']).error) {
	console.error('pnpm bench needs wrk: sudo apt-get install -y wrk');
	process.exit(1);
}

next('building the apps (turbo, cached when nothing changed)');
// The same build as `npm start` and `npm test` (tooling/scripts/lib.mjs): what is measured is what runs.
const built = process.argv.includes('--skip-build') ? 0 : await buildAll();
if (built !== 0) process.exit(built);

const sites = [
	{ name: 'wsm', port: 3231 },
	{ name: 'fos', port: 3232 }
];
const portal = { name: 'platform', port: 3233 };
const staticPort = 3239;

next('starting PostgreSQL with the seed, the servers and a static server');
const stack = await startStack([...sites, portal], 54396);
const report: string[] = [];
try {
	// A member's session for the portal page: logged in as a browser would.
	const portalBase = `http://127.0.0.1:${portal.port}`;
	const login = await fetch(`${portalBase}/nl/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: portalBase, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: 'karim.elamrani@abvv-fgtb.be', password: 'solidair-demo-2026' })
	});
	const cookie = /session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
	if (login.status !== 303 || !cookie) throw new Error(`could not log in to the portal (${login.status})`);

	const wsmPages = Object.fromEntries(await publicPages(sites[0]!));
	const fosPages = Object.fromEntries(await publicPages(sites[1]!));
	const measured: Array<{ label: string; base: string; path: string; headers?: string[] }> = [
		{ label: 'WSM home', base: `http://127.0.0.1:${sites[0]!.port}`, path: wsmPages.home! },
		{ label: 'WSM news list', base: `http://127.0.0.1:${sites[0]!.port}`, path: wsmPages['news list']! },
		{ label: 'WSM article', base: `http://127.0.0.1:${sites[0]!.port}`, path: wsmPages.article! },
		{ label: 'WSM event', base: `http://127.0.0.1:${sites[0]!.port}`, path: wsmPages.event! },
		{ label: 'FOS article', base: `http://127.0.0.1:${sites[1]!.port}`, path: fosPages.article! },
		{
			label: 'portal: members area (logged in)',
			base: portalBase,
			path: '/nl/members',
			headers: [`Cookie: ${cookie}`]
		}
	];

	// The same HTML as static files, served by our plain static server.
	const staticDir = join(stack.dataDir, 'static');
	for (const [index, page] of measured.entries()) {
		const html = await (await get(`${page.base}${page.path}`, page.headers)).text();
		const file = join(staticDir, String(index), 'index.html');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, html);
	}
	await stack.start('node', ['tooling/scripts/serve-static.mjs', staticDir, String(staticPort)], {}, /./);

	next('wrk: each page and its static copy, 16 and 64 connections, 10 s each');
	const rows = [
		'| page | connections | app req/s | app p50 / p99 (ms) | static req/s | static p50 / p99 (ms) | ratio | errors |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	let totalErrors = 0;
	for (const [index, page] of measured.entries()) {
		for (const connections of [16, 64]) {
			progress(`wrk ${page.label}, ${connections} connections`);
			const app = wrk(`${page.base}${page.path}`, connections, 10, page.headers);
			const file = wrk(`http://127.0.0.1:${staticPort}/${index}/`, connections, 10);
			totalErrors += app.errors;
			rows.push(
				`| ${page.label} | ${connections} | ${app.rps.toFixed(0)} | ${app.p50.toFixed(1)} / ${app.p99.toFixed(1)} | ${file.rps.toFixed(0)} | ${file.p50.toFixed(1)} / ${file.p99.toFixed(1)} | ${((app.rps / file.rps) * 100).toFixed(0)} % | ${app.errors} |`
			);
		}
	}
	report.push('### Throughput against a static server', '', ...rows);

	next('bytes per page type (gzipped)');
	const bytes = ['| page | HTML | CSS | JavaScript |', '| --- | ---: | ---: | ---: |'];
	for (const page of measured) {
		const html = await (await get(`${page.base}${page.path}`, page.headers)).text();
		// Attributes come in any order (Kit writes href before rel).
		const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
		const attribute = (tag: string, key: string) => new RegExp(`\\s${key}="([^"]+)"`).exec(tag)?.[1];
		const links = (rel: string) =>
			tags('link')
				.filter((tag) => attribute(tag, 'rel') === rel)
				.map((tag) => attribute(tag, 'href')!);
		const css = links('stylesheet');
		const js = [...tags('script').flatMap((tag) => attribute(tag, 'src') ?? []), ...links('modulepreload')];
		const size = async (hrefs: string[]) => {
			let total = 0;
			for (const href of new Set(hrefs))
				total += gzipSync(
					Buffer.from(await (await get(new URL(href, `${page.base}${page.path}`))).arrayBuffer())
				).byteLength;
			return total;
		};
		const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
		bytes.push(
			`| ${page.label} | ${kb(gzipSync(html).byteLength)} | ${kb(await size(css))} | ${kb(await size(js))} |`
		);
	}
	report.push('', '### Bytes per page type', '', ...bytes);

	next('soak: 64 connections for 60 s on each server, memory before and after');
	const rss = (name: string) => {
		const status = readFileSync(`/proc/${stack.pids.get(name)}/status`, 'utf8');
		return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
	};
	const soaked = [
		{ name: 'wsm', url: `http://127.0.0.1:${sites[0]!.port}${wsmPages.article}` },
		{ name: 'fos', url: `http://127.0.0.1:${sites[1]!.port}${fosPages.article}` },
		{ name: 'platform', url: `${portalBase}/nl/members`, headers: [`Cookie: ${cookie}`] }
	];
	// One server at a time, so each has the machine to itself (wrk shares it). Memory is read
	// after a 10-second warm-up at the same load: what grows after that is growth.
	const before = new Map<string, number>();
	const soakResults: WrkResult[] = [];
	for (const s of soaked) {
		progress(`soak ${s.name}: 10 s warm-up, then 60 s`);
		await wrkAsync(s.url, 64, 10, s.headers);
		before.set(s.name, rss(s.name));
		soakResults.push(await wrkAsync(s.url, 64, 60, s.headers));
	}
	const soakRows = [
		'| server | page | requests | p99 (ms) | errors | memory after warm-up | after 60 s | growth |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const [index, s] of soaked.entries()) {
		const result = soakResults[index]!;
		const after = rss(s.name);
		totalErrors += result.errors;
		soakRows.push(
			`| ${s.name} | ${new URL(s.url).pathname} | ${result.requests} | ${result.p99.toFixed(0)} | ${result.errors}${result.errorKinds} | ${before.get(s.name)!.toFixed(0)} MB | ${after.toFixed(0)} MB | ${(after - before.get(s.name)!).toFixed(0)} MB |`
		);
	}
	report.push('', '### 60-second soak', '', ...soakRows);

	next('Lighthouse on every public page type');
	report.push('', '### Lighthouse (mobile, Debian Chromium)', '', await lighthouseReport(sites, progress));
	report.unshift(
		`Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores, Node ${process.version}; errors in all wrk runs and the soak: **${totalErrors}**.`,
		''
	);
} finally {
	await stack.stop();
}

const file = join(root, 'BENCHMARKS.md');
const start = '<!-- pnpm bench: start -->';
const end = '<!-- pnpm bench: end -->';
const section = `${start}\n## \`pnpm bench\` (issue 9)\n\nCommand: \`pnpm bench\` (bench/run.ts; the text between these markers is rewritten by each run).\n\n${report.join('\n')}\n${end}`;
const current = readFileSync(file, 'utf8');
const updated = current.includes(start)
	? current.slice(0, current.indexOf(start)) + section + current.slice(current.indexOf(end) + end.length)
	: current.replace(/\n## /, `\n${section}\n\n## `);
writeFileSync(file, updated);
console.log(report.join('\n'));
console.error('BENCHMARKS.md updated.');

/** fetch, once more on a connection error: a kept-alive socket the server has meanwhile closed. */
async function get(url: string | URL, headers?: string[]): Promise<Response> {
	try {
		return await fetch(url, { headers: headerObject(headers) });
	} catch {
		return fetch(url, { headers: { ...headerObject(headers), connection: 'close' } });
	}
}

function headerObject(headers: string[] = []): Record<string, string> {
	return Object.fromEntries(
		headers.map((h) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1).trim()])
	);
}
