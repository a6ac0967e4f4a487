// The fit test every app's end-to-end suite runs: each of its page types at a phone's and a
// laptop's width, failing when the page scrolls sideways (issue 21's "done when"). One browser
// context per width (signed in once), one visit per page; every overflow is collected before the
// test fails, so one run names them all.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

/** The widths every page must fit: the narrowest phone we support, a common phone, a laptop. */
export const fitWidths = [320, 390, 1366] as const;

/** One page to measure: a path to open, or steps that end on it (e.g. a form posted). */
export interface FitPage {
	/** How the failure names it, e.g. "donate result". */
	name: string;
	path: string;
	/** Run after opening `path`: whatever leads to the state measured (a click, a post). */
	then?: (page: Page) => Promise<unknown>;
}

/** Where a page sticks out: its scroll width and the element reaching furthest to the right. */
export interface Overflow {
	scrollWidth: number;
	/** `tag#id.class "text…" (right edge px)`, or nothing if no single element was found. */
	widest?: string;
}

/**
 * Measures the open page at its viewport's width: nothing when it fits, else how wide it is and
 * the element reaching furthest right (the deepest one on a tie: the cause, not its containers).
 * Elements inside a box that clips or scrolls sideways are skipped: they do not widen the page.
 */
export async function overflowOf(page: Page): Promise<Overflow | undefined> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const width = root.clientWidth;
		if (root.scrollWidth <= width) return undefined;
		// Inside a box that clips or scrolls and itself fits: it cannot be what widens the page.
		const clipped = (element: Element) => {
			for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
				if (getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right <= width + 0.5)
					return true;
			}
			return false;
		};
		let widest: { element: Element; right: number } | undefined;
		for (const element of document.body.querySelectorAll('*')) {
			const right = element.getBoundingClientRect().right + window.scrollX;
			if (right <= width + 0.5 || (widest && right < widest.right) || clipped(element)) continue;
			widest = { element, right };
		}
		if (!widest) return { scrollWidth: root.scrollWidth };
		const { element, right } = widest;
		const classes = [...element.classList].filter((name) => !name.startsWith('svelte-'));
		const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
		const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes.map((c) => `.${c}`).join('')}`;
		return {
			scrollWidth: root.scrollWidth,
			widest: `${name} "${text}" (right edge ${Math.round(right)} px)`
		};
	});
}

export interface FitTestOptions {
	/** The app, for the tests' titles. */
	app: string;
	/** Signs the context's visitor in (once per width), when the pages need a session. */
	signIn?: (context: BrowserContext, baseURL: string) => Promise<void>;
	/**
	 * The pages to measure, found once (links from lists, ids from the database) with the first
	 * width's signed-in context.
	 */
	pages: (context: BrowserContext, baseURL: string) => Promise<FitPage[]>;
	/** Distinguishes several groups of one app in the titles, e.g. "signed in". */
	label?: string;
}

/** One test per width: every page of `pages` opened in one context, none may scroll sideways. */
export function fitTests(options: FitTestOptions): void {
	let pages: FitPage[] | undefined;
	const label = options.label ? ` (${options.label})` : '';
	for (const width of fitWidths) {
		test(`${options.app}${label}: every page type fits ${width} px without scrolling sideways`, async ({
			browser,
			baseURL
		}) => {
			test.setTimeout(180_000);
			const context = await browser.newContext({ baseURL, viewport: { width, height: 800 } });
			try {
				await options.signIn?.(context, baseURL!);
				pages ??= await options.pages(context, baseURL!);
				const page = await context.newPage();
				const failures: string[] = [];
				for (const fit of pages) {
					const response = await page.goto(fit.path, { waitUntil: 'load' });
					expect(response?.status(), `${fit.name} (${fit.path}) answers`).toBeLessThan(500);
					if (fit.then) await fit.then(page);
					// Hyphenation follows <html lang>: it must be the page's language.
					const lang = /^\/([a-z]{2})(\/|$)/.exec(fit.path)?.[1];
					const htmlLang = await page.locator('html').getAttribute('lang');
					if (lang && htmlLang !== lang)
						failures.push(`${fit.name} (${fit.path}) has <html lang="${htmlLang}">`);
					const overflow = await overflowOf(page);
					if (overflow)
						failures.push(
							`${fit.name} (${page.url().replace(baseURL!, '')}) at ${width} px is ${overflow.scrollWidth} px wide; widest: ${overflow.widest ?? 'none found'}`
						);
				}
				expect(failures, `pages wider than ${width} px`).toEqual([]);
			} finally {
				await context.close();
			}
		});
	}
}

/**
 * The paths of the links in an HTML page's `<main>` that lead below `prefix` (detail pages), in
 * order: how a fit test finds an article, an event or a group without knowing the seed.
 */
export async function linksUnder(context: BrowserContext, path: string, prefix: string): Promise<string[]> {
	const response = await context.request.get(path);
	const html = await response.text();
	const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
	const links = new Set<string>();
	for (const match of main.matchAll(/\shref="([^"]*)"/g)) {
		const href = new URL(match[1]!.replaceAll('&amp;', '&'), 'http://x').pathname;
		if (href.startsWith(`${prefix}/`) && !/\.(xml|ics)$/.test(href)) links.add(href);
	}
	return [...links];
}
