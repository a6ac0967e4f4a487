import AxeBuilder from '@axe-core/playwright';
import { expect, type APIResponse, type Page, type Response } from '@playwright/test';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** WCAG 2.2 A and AA, the level every page of every app promises. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects console errors and failed page scripts from the moment it is called. */
export function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Asserts that axe finds no WCAG 2.2 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

/** A Content-Security-Policy as its directives: name → sources, as written (`'self'`, `'none'`). */
export function parseCsp(policy: string): Record<string, string[]> {
	const directives: Record<string, string[]> = {};
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		// The first of a repeated directive is the one browsers apply.
		if (name && !(name.toLowerCase() in directives)) directives[name.toLowerCase()] = sources;
	}
	return directives;
}

/**
 * Asserts the security headers every response of ours carries (set by @solidair/server and the
 * CSP of every app's SvelteKit config): nosniff, a referrer policy, no framing, a permissions
 * policy, a cross-origin opener policy, HSTS only over HTTPS and, on HTML, a CSP whose scripts
 * allow no inline code and which forbids framing the page.
 */
export function expectSecurityHeaders(
	response: Response | APIResponse | null | undefined,
	{ https = false }: { https?: boolean } = {}
): void {
	expect(response, 'a response').toBeTruthy();
	if (!response) return;
	const where = response.url();
	const headers = response.headers();
	expect(headers['x-content-type-options'], `x-content-type-options of ${where}`).toBe('nosniff');
	expect(headers['referrer-policy'], `referrer-policy of ${where}`).toBeTruthy();
	expect(headers['x-frame-options'], `x-frame-options of ${where}`).toBe('DENY');
	expect(headers['permissions-policy'], `permissions-policy of ${where}`).toBeTruthy();
	expect(headers['cross-origin-opener-policy'], `cross-origin-opener-policy of ${where}`).toBeTruthy();
	if (https) {
		expect(headers['strict-transport-security'], `strict-transport-security of ${where}`).toMatch(
			/max-age=\d+/
		);
	} else {
		// Browsers ignore it on plain HTTP, and it must never stick to a development host.
		expect(headers['strict-transport-security'], `strict-transport-security of ${where}`).toBeUndefined();
	}
	if (!/^text\/html\b/i.test(headers['content-type'] ?? '')) return;
	const policy = headers['content-security-policy'];
	expect(policy, `content-security-policy of ${where}`).toBeTruthy();
	const csp = parseCsp(policy ?? '');
	// Keywords are case-insensitive.
	const scriptSources = (csp['script-src'] ?? csp['default-src'])?.map((source) => source.toLowerCase());
	expect(scriptSources, `script-src (or default-src) of ${where}`).toBeDefined();
	expect(scriptSources, `script-src (or default-src) of ${where}`).not.toContain("'unsafe-inline'");
	expect(
		csp['frame-ancestors']?.map((source) => source.toLowerCase()),
		`frame-ancestors of ${where}`
	).toEqual(["'none'"]);
}

/** The checks every home page passes: language, title, theme, landmarks, favicon, axe, console. */
export async function expectHealthyHome(
	page: Page,
	expected: { path: string; lang: string; theme: string; title: RegExp; heading: RegExp }
): Promise<void> {
	const errors = watchConsole(page);
	const response = await page.goto(expected.path);
	expect(response?.status()).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
	await expect(page.locator('html')).toHaveAttribute('data-theme', expected.theme);
	await expect(page).toHaveTitle(expected.title);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.heading);
	await expect(page.getByRole('main')).toBeVisible();
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('contentinfo')).toBeVisible();
	// Every icon the page names is served as an image (an .ico, and an SVG on the public sites).
	const icons = await page
		.locator('link[rel=icon]')
		.evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
	expect(icons.length).toBeGreaterThan(0);
	for (const href of icons) {
		const favicon = await page.request.get(href);
		expect(favicon.status(), href).toBe(200);
		expect(favicon.headers()['content-type'], href).toMatch(/icon|svg/);
	}
	await expectAccessible(page);
	expect(errors).toEqual([]);
}

/** The page in each language, as the language switcher links it: language code → path. */
export async function switcherLinks(page: Page): Promise<Record<string, string>> {
	const links = await page
		.locator('.language-switcher a[hreflang][href]')
		.evaluateAll((anchors) =>
			anchors.map((a) => [a.getAttribute('hreflang')!, new URL((a as HTMLAnchorElement).href).pathname])
		);
	return Object.fromEntries(links);
}

/** The page's `hreflang` alternates (without x-default): language code → path. */
export async function hreflangLinks(page: Page): Promise<Record<string, string>> {
	const links = await page
		.locator('head link[rel="alternate"][hreflang]')
		.evaluateAll((elements) =>
			elements.map((link) => [link.getAttribute('hreflang')!, new URL(link.getAttribute('href')!).pathname])
		);
	return Object.fromEntries(links);
}

/**
 * The hreflang alternates of the page at `path` equal its language switcher's links, include an
 * x-default, and are reciprocal: every alternate lists the same set. Returns that set.
 */
export async function expectConsistentAlternates(page: Page, path: string): Promise<Record<string, string>> {
	await page.goto(path);
	const expected = await switcherLinks(page);
	const { 'x-default': xDefault, ...alternates } = await hreflangLinks(page);
	expect(alternates).toEqual(expected);
	expect(Object.values(expected)).toContain(xDefault);
	expect(Object.values(expected)).toContain(path);
	for (const [lang, other] of Object.entries(expected)) {
		const response = await page.goto(other);
		expect(response?.status(), other).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const { 'x-default': otherDefault, ...otherAlternates } = await hreflangLinks(page);
		expect(otherAlternates, `alternates of ${other}`).toEqual(expected);
		expect(otherDefault).toBe(xDefault);
	}
	return expected;
}

/** Loads `path` and asserts the page ships no JavaScript: no script element, no script request. */
export async function expectNoJavaScript(page: Page, path: string): Promise<void> {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto(path);
	expect(scripts).toEqual([]);
	expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
	expect(await page.locator('link[rel="modulepreload"]').count()).toBe(0);
}

/**
 * A request to the app at `baseURL` whose Host header names another site, `evil.example`, as an
 * attacker sends it (fetch and Playwright's request always send the real one). A form is posted
 * with a matching Origin, as the attacker's own client would: SvelteKit's cross-site check
 * compares the two, so it lets the post through.
 */
export function forgedHostRequest(
	baseURL: string,
	path: string,
	{ method = 'GET', form }: { method?: string; form?: Record<string, string> } = {}
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
	const base = new URL(baseURL);
	const body = form ? new URLSearchParams(form).toString() : undefined;
	return new Promise((resolve, reject) => {
		const outgoing = httpRequest(
			{
				host: base.hostname,
				port: base.port,
				path,
				method,
				headers: {
					host: 'evil.example',
					accept: 'text/html',
					...(body !== undefined && {
						origin: 'http://evil.example',
						'content-type': 'application/x-www-form-urlencoded',
						'content-length': String(Buffer.byteLength(body))
					})
				}
			},
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (text += chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text })
				);
			}
		);
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}
