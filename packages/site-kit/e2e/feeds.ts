// Feeds, calendars, publication files and the sitemap, each read back by a real parser.
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { XMLParser } from 'fast-xml-parser';
import { gzipSync } from 'node:zlib';
import type { PublicSite } from '../src/site.ts';
import { expectEventCalendars, expectPdf, firstLinkUnder } from './helpers.ts';

/** Atom feeds, .ics calendars, PDFs, the sitemap and robots.txt of the default locale. */
export function defineFeedTests(site: PublicSite) {
	test.describe(`${site.name}: feeds, calendars and the sitemap, read by real parsers`, () => {
		const locale = site.defaultLocale;

		test('an article weighs less than 50 KB gzipped, HTML and CSS together', async ({ page, request }) => {
			await page.goto(sectionPath('news', locale));
			const article = await firstLinkUnder(page, sectionPath('news', locale));
			const html = await (await request.get(article!)).body();
			const styles = await page
				.goto(article!)
				.then(() =>
					page
						.locator('link[rel="stylesheet"]')
						.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
				);
			let bytes = gzipSync(html).byteLength;
			for (const href of styles) bytes += gzipSync(await (await request.get(href)).body()).byteLength;
			expect(bytes).toBeGreaterThan(2_000);
			expect(bytes).toBeLessThan(50 * 1024);
		});

		test('publications are downloadable files of the size and language shown', async ({ page, request }) => {
			await page.goto(sectionPath('publications', locale));
			const link = page.getByRole('main').locator('a[href^="/media/"]').first();
			await expectPdf(request, (await link.getAttribute('href'))!);
			expect((await request.get('/media/00000000-0000-4000-8000-000000000000/x.pdf')).status()).toBe(404);
			expect((await request.get('/media/..%2F..%2Fetc%2Fpasswd/x')).status()).toBe(404);
		});

		test('a publication file is a sandboxed download, only under its own name', async ({ request }) => {
			const listing = await (await request.get(sectionPath('publications', locale))).text();
			const href = /href="(\/media\/[^"]+)"/.exec(listing)?.[1]?.replaceAll('&amp;', '&');
			expect(href, 'the publications list links to a file').toBeDefined();
			const pdf = await expectPdf(request, href!);
			// Nothing in it runs on the site's origin: a download, in a sandbox.
			expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
			expect(pdf.headers()['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
			const id = href!.split('/')[2]!;
			for (const name of ['report.html', 'x.svg', decodeURIComponent(href!.split('/')[3]!) + '.html']) {
				expect((await request.get(`/media/${id}/${encodeURIComponent(name)}`)).status(), name).toBe(404);
			}
		});

		test('the news feed parses and links to the articles', async ({ request }) => {
			const response = await request.get(`${sectionPath('news', locale)}/feed.xml`);
			expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
			const feed = parseFeed(await response.text());
			expect(feed.title).toBe(m.news_feed_title({ site: site.name }, { locale }));
			expect(feed.items.length).toBeGreaterThan(0);
			const first = feed.items[0]!;
			expect(first.title).toBeTruthy();
			const article = await request.get(new URL(first.url!).pathname);
			expect(article.status()).toBe(200);
			expect(await article.text()).toContain(first.title!.replaceAll('&', '&amp;'));
		});

		test('each language’s home links its news feed the standard way, as the news list does', async ({
			page,
			request
		}) => {
			for (const lang of site.locales) {
				for (const path of [`/${lang}`, sectionPath('news', lang)]) {
					await page.goto(path);
					const links = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
					await expect(links, path).toHaveCount(1);
					const feed = await request.get((await links.getAttribute('href'))!);
					expect(feed.status(), path).toBe(200);
					expect(parseFeed(await feed.text()).items.length, path).toBeGreaterThan(0);
				}
			}
		});

		test('an event’s .ics and the agenda feed parse, with the page’s times', async ({ page, request }) => {
			await expectEventCalendars(page, request, sectionPath('agenda', locale));
		});

		test('the sitemap lists every language of each page, and its URLs answer', async ({ request }) => {
			const xml = await (await request.get('/sitemap.xml')).text();
			const parsed = new XMLParser({
				ignoreAttributes: false,
				isArray: (name) => name === 'url' || name === 'xhtml:link'
			}).parse(xml) as {
				urlset: {
					url: Array<{ loc: string; 'xhtml:link': Array<{ '@_hreflang': string; '@_href': string }> }>;
				};
			};
			const urls = parsed.urlset.url;
			expect(urls.length).toBeGreaterThan(50);
			for (const url of urls) {
				// Each URL is among its own alternates, in one of the site's languages.
				const alternates = url['xhtml:link'].map((link) => link['@_href']);
				expect(alternates).toContain(url.loc);
				for (const link of url['xhtml:link']) expect(site.locales).toContain(link['@_hreflang']);
			}
			for (const url of urls.filter((_, index) => index % 25 === 0)) {
				const response = await request.get(new URL(url.loc).pathname);
				expect(response.status(), url.loc).toBe(200);
			}
			const robots = await (await request.get('/robots.txt')).text();
			expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
		});
	});
}
