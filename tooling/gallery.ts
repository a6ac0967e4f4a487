// `pnpm gallery`: full-page screenshots of every public page type of both sites, at a phone's
// (390 px) and a laptop's (1366 px) width, in gallery/ at the repository's root with an index.html
// showing them side by side: for a designer's review, not a test. It builds nothing: it starts the
// built wsm and fos apps on their ports against an embedded database of its own (freshly seeded,
// so the shots are of the demo content), as `npm start` does. The page types are found as a
// visitor finds them: the home page's menus, the first item of each list, the search form, the
// donate form posted with its default amount, and a page that does not exist.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './playwright/chromium.js';
import { ports } from './ports.js';

const root = join(import.meta.dirname, '..');
const out = join(root, 'gallery');
const sites = ['wsm', 'fos'] as const;
const widths = [390, 1366] as const;
const locale = 'nl';

for (const site of sites) {
	if (!existsSync(join(root, 'apps', site, 'build', 'handler.js'))) {
		console.error(`apps/${site} is not built: run \`pnpm build\` first, then \`pnpm gallery\`.`);
		process.exit(1);
	}
}

const children: ChildProcess[] = [];
const stop = () => {
	for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', () => {
	stop();
	process.exit(130);
});

/** Starts the embedded database (its own port and folder, apart from `npm start`'s and the tests'). */
async function startDatabase(): Promise<string> {
	const database = spawn('node', [join(root, 'packages', 'db', 'src', 'cli.ts'), 'up', '--fresh'], {
		cwd: root,
		stdio: ['pipe', 'pipe', 'inherit'],
		env: {
			...process.env,
			EMBEDDED_PG_PORT: '54332',
			SOLIDAIR_DATA_DIR: join(root, '.data', 'gallery-postgres'),
			// The database stops when this script ends, however it ends.
			SOLIDAIR_STOP_WITH_STDIN: '1'
		}
	});
	children.push(database);
	return new Promise((resolve, reject) => {
		let buffer = '';
		database.stdout!.on('data', (chunk: Buffer) => {
			buffer += chunk.toString();
			const ready = /^ready (\S+)$/m.exec(buffer);
			if (ready) resolve(ready[1]!);
		});
		database.on('exit', (code) => reject(new Error(`the database did not start (exit ${code})`)));
	});
}

/** Starts a built site and waits until it answers. */
async function startSite(site: (typeof sites)[number], databaseUrl: string, previewSecret: string) {
	const origin = `http://127.0.0.1:${ports[site]}`;
	const server = spawn('node', [join(root, 'apps', site, 'server.js')], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			DATABASE_URL: databaseUrl,
			PORT: String(ports[site]),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			OUTBOX: 'off',
			PREVIEW_SECRET: previewSecret
		}
	});
	children.push(server);
	for (let tries = 0; tries < 100; tries++) {
		if (server.exitCode !== null) throw new Error(`${site} stopped (exit ${server.exitCode})`);
		const ready = await fetch(`${origin}/readyz`).then(
			(response) => response.ok,
			() => false
		);
		if (ready) return origin;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${site} did not answer on ${origin}`);
}

interface Shot {
	name: string;
	path: string;
	/** Steps after opening `path` (the donate form posted). */
	then?: (page: Page) => Promise<unknown>;
}

const hrefs = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** The site's page types, found from its Dutch home page as a visitor finds them. */
async function pageTypes(page: Page): Promise<Shot[]> {
	const shots: Shot[] = [{ name: 'home', path: `/${locale}` }];
	await page.goto(`/${locale}`);
	const landings = new Map<string, string>();
	for (const link of await page.locator('header a[href], footer a[href]').all()) {
		const href = (await link.getAttribute('href')) ?? '';
		if (!new RegExp(`^/${locale}/[^/?#]+$`).test(href) || landings.has(href)) continue;
		landings.set(href, ((await link.textContent()) ?? href).replace(/\s+/g, ' ').trim());
	}
	for (const [path, name] of landings) {
		shots.push({ name, path });
		await page.goto(path);
		const item = (await hrefs(page, `main a[href^="${path}/"]`)).find(
			(href) => !/\.(xml|ics)$|[?#]/.test(href)
		);
		if (item) shots.push({ name: `${name}: an item`, path: item });
		if ((await page.locator('main form[role="search"]').count()) > 0)
			shots.push({ name: `${name}: results`, path: `${path}?q=vakbond` });
		const donate = page.locator('main form[method="post"]:has(input[name="amount"])');
		if ((await donate.count()) > 0)
			shots.push({
				name: `${name}: result`,
				path,
				then: (p) =>
					Promise.all([
						p.waitForURL((url) => url.search !== '', { waitUntil: 'load' }),
						p.locator('main form[method="post"]:has(input[name="amount"]) [type="submit"]').click()
					])
			});
	}
	shots.push({ name: 'page not found', path: `/${locale}/deze-pagina-bestaat-niet` });
	return shots;
}

const fileName = (site: string, index: number, width: number) =>
	`${site}-${String(index).padStart(2, '0')}-${width}.png`;

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

try {
	const databaseUrl = await startDatabase();
	const previewSecret = randomBytes(32).toString('base64url');
	const origins = Object.fromEntries(
		await Promise.all(sites.map(async (site) => [site, await startSite(site, databaseUrl, previewSecret)]))
	) as Record<(typeof sites)[number], string>;
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const browser = await chromium.launch(chromiumLaunchOptions);
	const sections: string[] = [];
	for (const site of sites) {
		const rows: string[] = [];
		let shots: Shot[] | undefined;
		for (const width of widths) {
			const context = await browser.newContext({ baseURL: origins[site], viewport: { width, height: 900 } });
			const page = await context.newPage();
			shots ??= await pageTypes(page);
			for (const [index, shot] of shots.entries()) {
				await page.goto(shot.path);
				if (shot.then) await shot.then(page);
				await page.screenshot({ path: join(out, fileName(site, index, width)), fullPage: true });
			}
			await context.close();
		}
		for (const [index, shot] of shots!.entries()) {
			const images = widths
				.map((width) => {
					const file = fileName(site, index, width);
					return `<figure><a href="${file}"><img src="${file}" width="${width === 390 ? 195 : 683}" alt="${escape(`${shot.name}, ${width} px`)}"></a><figcaption>${width} px</figcaption></figure>`;
				})
				.join('');
			rows.push(
				`<section><h3>${escape(shot.name)} <code>${escape(shot.path)}</code></h3><div class="shots">${images}</div></section>`
			);
		}
		sections.push(`<h2>${site.toUpperCase()}</h2>${rows.join('\n')}`);
		console.log(`${site}: ${shots!.length} page types at ${widths.join(' and ')} px`);
	}
	await browser.close();
	writeFileSync(
		join(out, 'index.html'),
		`<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Gallery of the public sites</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; }
.shots { display: flex; gap: 2rem; align-items: start; }
figure { margin: 0; }
img { border: 1px solid #ccc; height: auto; }
section { margin-block-end: 3rem; }
</style>
<h1>Gallery of the public sites (${widths.join(' and ')} px)</h1>
<p>Made by <code>pnpm gallery</code> on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Click a shot for its full size.</p>
${sections.join('\n')}
`
	);
	console.log(`Wrote ${out}/index.html`);
} finally {
	stop();
}
