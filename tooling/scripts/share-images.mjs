// Draws each public site's social share image (1200×630 PNG, apps/<app>/static/share.png) in
// Chromium from the theme's colours. Run after changing a theme or tagline:
//   node tooling/scripts/share-images.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright/chromium.js';

const root = join(import.meta.dirname, '..', '..');
const tokens = readFileSync(join(root, 'packages/ui/src/styles/tokens.css'), 'utf8');
const sites = [
	{ app: 'wsm', name: 'WSM', line: 'Waardig werk en sociale bescherming voor iedereen' },
	{ app: 'fos', name: 'FOS', line: 'Een mondiale tegenmacht voor sociale rechtvaardigheid' }
];

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const site of sites) {
	await page.setContent(`<!doctype html><html data-theme="${site.app}"><head><style>${tokens}
		body { margin: 0; width: 1200px; height: 630px; display: grid; align-content: center; gap: 24px;
			padding: 0 96px; box-sizing: border-box; background: var(--color-accent); color: var(--color-on-accent);
			font-family: var(--font-sans); }
		h1 { margin: 0; font-size: 140px; letter-spacing: -2px; }
		p { margin: 0; font-size: 52px; line-height: 1.2; max-width: 20ch; }
		</style></head><body><h1>${site.name}</h1><p>${site.line}</p></body></html>`);
	await page.screenshot({ path: join(root, 'apps', site.app, 'static', 'share.png') });
	console.log(`apps/${site.app}/static/share.png`);
}
await browser.close();
