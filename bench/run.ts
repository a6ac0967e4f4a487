// `pnpm bench`: every benchmark of the running system in one command (not a test). Builds the
// apps, starts all four on a fresh embedded PostgreSQL with the seed, and measures:
//   - throughput and latency (wrk, one thread) of the public article and home of both sites at
//     16 and 64 connections and of the logged-in portal members page at 16, each beside nginx
//     sending the very same bytes, interleaved (app, nginx, app, nginx…), medians of 3 rounds;
//   - HTML, CSS and JavaScript bytes (gzipped) of each page type;
//   - a 60-second soak at 64 connections on each measured server, and the resident memory of
//     the whole estate (four apps and PostgreSQL's processes) before and after it;
//   - Lighthouse scores of every public page type;
//   - publish to visible on two instances (bench/publish.ts, when present).
// Then it writes the section between the `pnpm bench` markers of BENCHMARKS.md. Needs `wrk`,
// nginx (without it, no baseline column) and Debian's Chromium.
// Options: --skip-build, --skip-lighthouse, --seconds=N (each wrk run, default 8),
// --soak=N (default 60); figures from shortened runs are not comparable.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildAll } from '@solidair/tooling/scripts/lib';
import { bytesTable } from './bytes.ts';
import { lighthouseReport, publicPages } from './lighthouse.ts';
import { estateMemory, memoryTable } from './memory.ts';
import { findNginx, installHint, snapshot, startNginx, type Nginx } from './nginx.ts';
import { publishReport } from './publish-delay.ts';
import { root, startStack } from './stack.ts';
import { errorsIn, measureThroughput, throughputTable, type MeasuredPage } from './throughput.ts';
import { wrkAsync } from './wrk.ts';

const option = (name: string, fallback: number) => {
	const value = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
	return value ? Number(value) : fallback;
};
const seconds = option('seconds', 8);
const soakSeconds = option('soak', 60);
const rounds = 3;

const steps = 8;
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
const nginx = findNginx();
const noNginx = `No nginx found (on PATH or at /usr/sbin/nginx): the throughput table has no baseline column. Install it with: ${installHint}`;
if (!nginx) console.error(`${noNginx}\nContinuing without the nginx baseline.`);

next('building the apps (turbo, cached when nothing changed)');
// The same build as `npm start` and `npm test` (tooling/scripts/lib.mjs): what is measured is what runs.
const built = process.argv.includes('--skip-build') ? 0 : await buildAll();
if (built !== 0) process.exit(built);

const sites = [
	{ name: 'wsm', port: 3231 },
	{ name: 'fos', port: 3232 }
];
const portal = { name: 'platform', port: 3233 };
const intranet = { name: 'intranet', port: 3234 };
const nginxPort = 3239;

next('starting PostgreSQL with the seed and the four apps');
const stack = await startStack([...sites, portal, intranet], 54396);
const report: string[] = [];
let baseline: Nginx | undefined;
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

	const [wsm, fos] = sites.map((site) => `http://127.0.0.1:${site.port}`) as [string, string];
	const wsmPages = Object.fromEntries(await publicPages(sites[0]!));
	const fosPages = Object.fromEntries(await publicPages(sites[1]!));
	// What a browser sends: pages answered compressed are measured compressed, on both sides.
	const browser = ['Accept: text/html', 'Accept-Encoding: gzip, deflate, br'];
	const both = [16, 64];
	const measured: MeasuredPage[] = [
		{ label: 'WSM article', url: `${wsm}${wsmPages.article}`, headers: browser, connections: both },
		{ label: 'WSM home', url: `${wsm}${wsmPages.home}`, headers: browser, connections: both },
		{ label: 'FOS article', url: `${fos}${fosPages.article}`, headers: browser, connections: both },
		{ label: 'FOS home', url: `${fos}${fosPages.home}`, headers: browser, connections: both },
		{
			label: 'portal: members page (logged in)',
			url: `${portalBase}/nl/members`,
			headers: [...browser, `Cookie: ${cookie}`],
			connections: [16]
		}
	];

	next(nginx ? `nginx ${nginx.version}: the same bytes as each measured page` : 'no nginx: app only');
	if (nginx) {
		const snapshots = await Promise.all(
			measured.map((page) => snapshot(page.url, headerObject(page.headers)))
		);
		baseline = await startNginx(nginx.path, join(stack.dataDir, 'nginx'), nginxPort, snapshots);
		measured.forEach((page, index) => (page.nginxUrl = baseline!.url(index)));
	}

	next(`wrk: each page and its nginx copy, interleaved, ${rounds} rounds of ${seconds} s`);
	const throughput = measureThroughput(measured, { rounds, seconds, progress });
	let totalErrors = errorsIn(throughput);
	report.push(
		nginx ? '### Throughput against nginx (same bytes)' : '### Throughput (no nginx: no baseline)',
		'',
		nginx
			? `wrk -t1, ${seconds} s a run; app and nginx runs interleaved, ${rounds} rounds; medians of req/s and p99, errors summed over the rounds; app / nginx is the median of each round's ratio. nginx ${nginx.version}, one worker (each app is one Node process), sendfile, keep-alive, no access log; the same body, Content-Type and Content-Encoding as the app answered to the same request headers (\`${browser.join('`, `')}\`).`
			: noNginx,
		'',
		...throughputTable(throughput)
	);

	next('bytes per page type (gzipped)');
	const typePages = [
		...['home', 'news list', 'article', 'event'].map((type) => ({
			label: `WSM ${type}`,
			url: `${wsm}${wsmPages[type]}`
		})),
		{ label: 'FOS home', url: `${fos}${fosPages.home}` },
		{ label: 'FOS article', url: `${fos}${fosPages.article}` },
		{ label: 'portal: members page (logged in)', url: `${portalBase}/nl/members`, headers: { cookie } }
	];
	report.push('', '### Bytes per page type', '', ...(await bytesTable(typePages)));

	next(`soak: 64 connections for ${soakSeconds} s on each server, the estate's memory before and after`);
	const aside = new Map([['embedded PostgreSQL launcher (Node)', stack.launcherPid]]);
	const memoryBefore = estateMemory(stack.pids, stack.postgresDir, aside);
	const soaked = [measured[0]!, measured[2]!, measured[4]!];
	const soakRows = ['| server | page | requests | p99 (ms) | errors |', '| --- | --- | ---: | ---: | ---: |'];
	// One server at a time, so each has the machine to itself (wrk shares it), after a 10-second
	// warm-up at the same load.
	for (const page of soaked) {
		progress(`soak ${page.label}: 10 s warm-up, then ${soakSeconds} s`);
		await wrkAsync(page.url, 64, 10, page.headers);
		const result = await wrkAsync(page.url, 64, soakSeconds, page.headers);
		totalErrors += result.errors;
		soakRows.push(
			`| ${page.label} | ${new URL(page.url).pathname} | ${result.requests} | ${result.p99.toFixed(0)} | ${result.errors}${result.errorKinds} |`
		);
	}
	const memoryAfter = estateMemory(stack.pids, stack.postgresDir, aside);
	report.push(
		'',
		`### ${soakSeconds}-second soak`,
		'',
		...soakRows,
		'',
		'### Memory of the estate',
		'',
		`Resident memory of the four apps and PostgreSQL (the postmaster and every process under it), read from /proc before the soak (after the throughput runs) and after it. RSS counts a page shared by several processes in each of them, so PostgreSQL's sum overstates it; PSS divides shared pages among their sharers.`,
		'',
		...memoryTable(memoryBefore, memoryAfter)
	);

	next('Lighthouse on every public page type');
	report.push(
		'',
		'### Lighthouse (mobile, Debian Chromium)',
		'',
		process.argv.includes('--skip-lighthouse')
			? 'Not run (--skip-lighthouse).'
			: await lighthouseReport(sites, progress)
	);
	report.unshift(
		`Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores, Node ${process.version}; errors in all wrk runs and the soak: **${totalErrors}**.`,
		''
	);
} finally {
	baseline?.stop();
	await stack.stop();
}

next('publish to visible on two instances');
report.push('', '### Publish to visible on two instances', '', ...(await publishReport(progress)));

const file = join(root, 'BENCHMARKS.md');
const start = '<!-- pnpm bench: start -->';
const end = '<!-- pnpm bench: end -->';
const section = `${start}\n## \`pnpm bench\` (issues 9 and 22)\n\nCommand: \`pnpm bench\` (bench/run.ts; the text between these markers is rewritten by each run).\n\n${report.join('\n')}\n${end}`;
const current = readFileSync(file, 'utf8');
const updated = current.includes(start)
	? current.slice(0, current.indexOf(start)) + section + current.slice(current.indexOf(end) + end.length)
	: current.replace(/\n## /, `\n${section}\n\n## `);
writeFileSync(file, updated);
console.log(report.join('\n'));
console.error('BENCHMARKS.md updated.');

function headerObject(headers: string[]): Record<string, string> {
	return Object.fromEntries(
		headers.map((h) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1).trim()])
	);
}
