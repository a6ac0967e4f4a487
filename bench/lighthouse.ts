// Lighthouse scores of each public page type on both sites (not a test):
//   pnpm build && node bench/lighthouse.ts   → a Markdown table for BENCHMARKS.md
// Lighthouse's default (mobile) configuration in Debian's Chromium, one page at a time, against
// the built servers on a fresh seeded database. Failing audits are listed under the table.
// `pnpm bench` (bench/run.ts) calls `lighthouseReport` on its own running servers.
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumEnv, chromiumPath } from '@solidair/tooling/chromium';
import { startStack } from './stack.ts';

const debuggingPort = 9333;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const firstLink = async (base: string, path: string, under: string) => {
	const html = await (await fetch(`${base}${path}`)).text();
	return new RegExp(`href="(${under}/[a-z0-9-]+)"`).exec(html)?.[1];
};

/** The public page types of a site, by name, with their Dutch paths. */
export async function publicPages(site: { name: string; port: number }): Promise<Array<[string, string]>> {
	const base = `http://127.0.0.1:${site.port}`;
	const pages: Array<[string, string | undefined]> = [
		['home', '/nl'],
		['news list', '/nl/nieuws'],
		['article', await firstLink(base, '/nl/nieuws', '/nl/nieuws')],
		['event', await firstLink(base, '/nl/agenda', '/nl/agenda')],
		['vacancy', await firstLink(base, '/nl/vacatures', '/nl/vacatures')],
		['donate', '/nl/doe-een-gift'],
		// WSM's campaigns come first on its "Doe mee" page; FOS has none.
		['campaign', site.name === 'wsm' ? await firstLink(base, '/nl/doe-mee', '/nl/doe-mee') : undefined],
		['who we are (video)', site.name === 'fos' ? '/nl/wie-zijn-wij' : undefined]
	];
	return pages.filter((page): page is [string, string] => page[1] !== undefined);
}

/** Runs Lighthouse on every public page type of the running sites; returns Markdown. */
export async function lighthouseReport(
	sites: Array<{ name: string; port: number }>,
	progress: (line: string) => void = () => {}
): Promise<string> {
	const chromium = spawn(
		chromiumPath,
		[...chromiumArgs, `--remote-debugging-port=${debuggingPort}`, 'about:blank'],
		{ stdio: 'ignore', env: chromiumEnv }
	);
	await new Promise((resolve) => setTimeout(resolve, 2000));
	try {
		const lines = [
			`| site | page | ${categories.join(' | ')} |`,
			`| --- | --- | ${categories.map(() => '---:').join(' | ')} |`
		];
		const failures: string[] = [];
		for (const site of sites) {
			for (const [name, path] of await publicPages(site)) {
				progress(`lighthouse ${site.name} ${name}`);
				const result = await lighthouse(`http://127.0.0.1:${site.port}${path}`, {
					port: debuggingPort,
					output: 'json',
					logLevel: 'error'
				});
				const lhr = result!.lhr;
				const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
				lines.push(`| ${site.name} | ${name} | ${scores.join(' | ')} |`);
				for (const category of categories) {
					for (const ref of lhr.categories[category]?.auditRefs ?? []) {
						const audit = lhr.audits[ref.id];
						if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
							failures.push(
								`${site.name} ${name} (${category}): ${audit.id} — ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`
							);
						}
					}
				}
			}
		}
		if (failures.length > 0) lines.push('', 'Audits below full score:', ...failures.map((f) => `- ${f}`));
		return lines.join('\n');
	} finally {
		chromium.kill('SIGTERM');
	}
}

if (import.meta.main) {
	const sites = [
		{ name: 'wsm', port: 3211 },
		{ name: 'fos', port: 3212 }
	];
	console.error('starting PostgreSQL, both sites and Chromium…');
	const stack = await startStack(sites);
	try {
		console.log(await lighthouseReport(sites));
	} finally {
		await stack.stop();
	}
}
