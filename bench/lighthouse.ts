// Lighthouse scores of each public page type on both sites (not a test):
//   pnpm build && node bench/lighthouse.ts   → a Markdown table for BENCHMARKS.md
// Lighthouse's default (mobile) configuration in Debian's Chromium, one page at a time, against
// the built servers on a fresh seeded database. Failing audits are listed under the table.
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tooling/playwright/chromium.js';
import { startStack } from './stack.ts';

const sites = [
	{ name: 'wsm', port: 3211 },
	{ name: 'fos', port: 3212 }
];
const debuggingPort = 9333;

console.error('starting PostgreSQL, both sites and Chromium…');
const stack = await startStack(sites);
const chromium = spawn(
	chromiumPath,
	[...chromiumArgs, `--remote-debugging-port=${debuggingPort}`, 'about:blank'],
	{
		stdio: 'ignore'
	}
);
await new Promise((resolve) => setTimeout(resolve, 2000));

const firstLink = async (base: string, path: string, under: string) => {
	const html = await (await fetch(`${base}${path}`)).text();
	return new RegExp(`href="(${under}/[a-z0-9-]+)"`).exec(html)?.[1];
};

try {
	const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
	console.log(`| site | page | ${categories.join(' | ')} |`);
	console.log(`| --- | --- | ${categories.map(() => '---:').join(' | ')} |`);
	const failures: string[] = [];
	for (const site of sites) {
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
		for (const [name, path] of pages) {
			if (!path) continue;
			const result = await lighthouse(`${base}${path}`, {
				port: debuggingPort,
				output: 'json',
				logLevel: 'error'
			});
			const lhr = result!.lhr;
			const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
			console.log(`| ${site.name} | ${name} | ${scores.join(' | ')} |`);
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
	if (failures.length > 0)
		console.log(`\nAudits below full score:\n${failures.map((f) => `- ${f}`).join('\n')}`);
} finally {
	chromium.kill('SIGTERM');
	await stack.stop();
}
