// The end-to-end tests both public sites share: every page type in every locale, the forms with
// good and bad input (without JavaScript), feeds, calendars, the sitemap and the donation QR code,
// each checked with a real parser. Each app's e2e/pages.test.ts calls definePublicSiteTests.
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { createDb } from '@solidair/db';
import { inspectImage } from '@solidair/db/images';
import { sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible, forgedHostRequest, watchConsole } from '@solidair/tooling/playwright/checks';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { gzipSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { isValidIban, parseStructuredCommunication } from '../src/server/donations.ts';
import { networkSection } from '../src/server/network.ts';
import type { PublicSite } from '../src/site.ts';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54330/solidair';

/** Loads a page and checks what every public page promises; returns its title. */
async function checkPage(page: Page, path: string, locale: Locale): Promise<string> {
	const errors = watchConsole(page);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	const title = await page.title();
	expect(title.length, `${path} has a title`).toBeGreaterThan(3);
	const description = await page.locator('meta[name="description"]').getAttribute('content');
	expect(description?.length ?? 0, `${path} has a description`).toBeGreaterThan(10);
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(new URL(canonical ?? '', 'http://x').pathname, `${path} is its own canonical URL`).toBe(
		path.split('?')[0]
	);
	await expectAccessible(page);
	expect(scripts, `${path} ships no JavaScript`).toEqual([]);
	expect(errors).toEqual([]);
	page.removeAllListeners('request');
	return title;
}

/** The first link in the page's main content that leads below `prefix` (a detail page). */
async function firstLinkUnder(page: Page, prefix: string): Promise<string | undefined> {
	const hrefs = await page
		.getByRole('main')
		.locator(`a[href^="${prefix}/"]`)
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	return hrefs.find((href) => !/\.(xml|ics)$/.test(href) && !href.includes('?'));
}

/** A small real PNG (4 × 3 pixels) whose pixels, and so bytes, follow from `seed`: a fresh upload each run. */
export function samplePng(seed: number): Buffer {
	const image = new PNG({ width: 4, height: 3 });
	for (let i = 0; i < image.data.length; i += 4) {
		image.data[i] = (seed + i) % 256;
		image.data[i + 1] = (seed >>> 8) % 256;
		image.data[i + 2] = (seed >>> 16) % 256;
		image.data[i + 3] = 255;
	}
	return PNG.sync.write(image);
}

/** A publication's file: a whole PDF, served as one, as long as it says. Returns the response. */
export async function expectPdf(request: APIRequestContext, href: string): Promise<APIResponse> {
	const response = await request.get(href);
	expect(response.status(), href).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');
	const body = await response.body();
	expect(body.subarray(0, 5).toString()).toBe('%PDF-');
	expect(body.subarray(-6).toString()).toContain('%%EOF');
	expect(Number(response.headers()['content-length'])).toBe(body.byteLength);
	return response;
}

/**
 * The first event the agenda at `agendaPath` links to: its `.ics`, read by ical.js as calendar
 * apps read it, holds that one event with the page's title and start; the agenda's feed lists it
 * too. Returns the event page's path.
 */
export async function expectEventCalendars(
	page: Page,
	request: APIRequestContext,
	agendaPath: string
): Promise<string> {
	await page.goto(agendaPath);
	const link = await firstLinkUnder(page, agendaPath);
	expect(link, `${agendaPath} links to an event`).toBeDefined();
	await page.goto(link!);
	const title = await page.getByRole('heading', { level: 1 }).textContent();
	const start = await page.locator('main time[datetime]').first().getAttribute('datetime');
	const ics = await request.get(`${link}.ics`);
	expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
	const vevents = new ICAL.Component(ICAL.parse(await ics.text())).getAllSubcomponents('vevent');
	expect(vevents).toHaveLength(1);
	const event = new ICAL.Event(vevents[0]!);
	expect(event.summary).toBe(title);
	expect(event.startDate.toJSDate().getTime()).toBe(new Date(start!).getTime());

	const feed = await request.get(`${agendaPath}/feed.ics`);
	expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
	const all = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
	expect(all.map((vevent) => new ICAL.Event(vevent).summary)).toContain(title);
	return link!;
}

export function definePublicSiteTests(site: PublicSite) {
	test.describe(`${site.name}: every page type in every language`, () => {
		for (const locale of site.locales) {
			test(`${locale}: home, sections, lists and their detail pages`, async ({ page }) => {
				test.setTimeout(120_000);
				const titles = new Map<string, string>();
				const visit = async (path: string) => titles.set(path, await checkPage(page, path, locale));

				await visit(`/${locale}`);
				for (const section of site.pageSections) {
					await visit(sectionPath(section, locale));
					const pageLink = await firstLinkUnder(page, sectionPath(section, locale));
					if (pageLink) await visit(pageLink);
				}
				// Detail pages: news, events and countries exist in every language of the seed; vacancies
				// are published in the organisations' working languages only, so some lists are empty.
				for (const [section, detail] of [
					['news', 'always'],
					['agenda', 'always'],
					['vacancies', 'if-any'],
					[networkSection(site), 'always'],
					['publications', 'none'],
					['donate', 'none'],
					['contact', 'none'],
					['newsletter', 'none'],
					['search', 'none']
				] as const) {
					const path = sectionPath(section, locale);
					await visit(path);
					if (detail === 'none') continue;
					const link = await firstLinkUnder(page, path);
					if (detail === 'always') expect(link, `${path} links to at least one item`).toBeDefined();
					if (link) await visit(link);
				}
				await visit(
					`${sectionPath('search', locale)}?q=${encodeURIComponent(locale === 'nl' ? 'vakbond' : 'travail')}`
				);
				// Every page has its own title.
				const seen = new Map<string, string>();
				for (const [path, title] of titles) {
					if (path.includes('?')) continue;
					expect(seen.get(title), `"${title}" is used by ${path} and ${seen.get(title)}`).toBeUndefined();
					seen.set(title, path);
				}
			});
		}

		test('drafts and unknown items are 404 in the visitor’s language', async ({ page }) => {
			const db = createDb(databaseUrl, { max: 1 });
			try {
				const draft = await db
					.selectFrom('entry_translations')
					.select(['slug', 'locale'])
					.where('site_id', '=', site.id)
					.where('entry_type', '=', 'news')
					.where('locale', '=', site.defaultLocale)
					.limit(1)
					.executeTakeFirstOrThrow();
				await db
					.updateTable('entry_translations')
					.set({ status: 'draft' })
					.where('site_id', '=', site.id)
					.where('slug', '=', draft.slug)
					.execute();
				try {
					const response = await page.goto(`${sectionPath('news', site.defaultLocale)}/${draft.slug}`);
					expect(response?.status()).toBe(404);
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(
						m.error_not_found_title({}, { locale: site.defaultLocale })
					);
				} finally {
					await db
						.updateTable('entry_translations')
						.set({ status: 'published' })
						.where('site_id', '=', site.id)
						.where('slug', '=', draft.slug)
						.execute();
				}
			} finally {
				await db.destroy();
			}
		});
	});

	test.describe(`${site.name}: forms without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });
		const locale: Locale = 'fr';

		test('contact: bad input is refused in the visitor’s language and kept; good input is stored', async ({
			page
		}) => {
			const path = sectionPath('contact', locale);
			await page.goto(path);
			await page.getByLabel(m.contact_email({}, { locale }), { exact: false }).fill('pas-une-adresse');
			await page.getByLabel(m.contact_message({}, { locale }), { exact: false }).fill('Bonjour !');
			const [response] = await Promise.all([
				page.waitForResponse((r) => r.request().method() === 'POST'),
				page.getByRole('button', { name: m.contact_send({}, { locale }) }).click()
			]);
			expect(response.status()).toBe(400);
			const summary = page.getByRole('region', { name: m.form_errors_title({}, { locale }) });
			await expect(summary).toBeFocused();
			await expect(summary.getByRole('link')).toHaveText([
				m.field_required({}, { locale }),
				m.field_email({}, { locale })
			]);
			const email = page.getByLabel(m.contact_email({}, { locale }), { exact: false });
			await expect(email).toHaveValue('pas-une-adresse');
			await expect(email).toHaveAttribute('aria-invalid', 'true');
			await expect(page.getByLabel(m.contact_message({}, { locale }), { exact: false })).toHaveValue(
				'Bonjour !'
			);
			expect(await page.content()).not.toMatch(/select |insert into|at .*\.ts:\d+/i);

			const message = `Une question sur vos campagnes (${Date.now()})`;
			await page.getByLabel(m.contact_name({}, { locale }), { exact: false }).fill('Camille Dupont');
			await email.fill('camille@example.org');
			await page.getByLabel(m.contact_message({}, { locale }), { exact: false }).fill(message);
			await page.getByRole('button', { name: m.contact_send({}, { locale }) }).click();
			await expect(page.getByText(m.contact_sent({}, { locale }))).toBeVisible();
			await expect(page).toHaveURL(`${path}?sent=1`);

			const db = createDb(databaseUrl, { max: 1 });
			try {
				const stored = await db
					.selectFrom('contact_messages')
					.selectAll()
					.where('message', '=', message)
					.execute();
				expect(stored).toHaveLength(1);
				expect(stored[0]).toMatchObject({
					site_id: site.id,
					name: 'Camille Dupont',
					email: 'camille@example.org',
					locale
				});
				const notice = await db
					.selectFrom('outbox')
					.selectAll()
					.where('text_body', 'like', `%${message}%`)
					.execute();
				expect(notice.map((mail) => mail.to_address)).toEqual([site.contactEmail]);
			} finally {
				await db.destroy();
			}
		});

		test('a robot that fills the honeypot is thanked and nothing is stored', async ({ request, baseURL }) => {
			const path = sectionPath('contact', locale);
			const marker = `honeypot ${Date.now()}`;
			const response = await request.post(path, {
				headers: { origin: new URL(baseURL!).origin, accept: 'text/html' },
				form: { name: 'Bot', email: 'bot@example.org', message: marker, website: 'https://spam.example' },
				maxRedirects: 0
			});
			expect(response.status()).toBe(303);
			expect(response.headers()['location']).toBe(`${path}?sent=1`);
			const db = createDb(databaseUrl, { max: 1 });
			try {
				expect(
					await db.selectFrom('contact_messages').select('id').where('message', '=', marker).execute()
				).toEqual([]);
			} finally {
				await db.destroy();
			}
		});

		test('newsletter: double opt-in with single-use links; subscribing twice changes nothing', async ({
			page
		}) => {
			const path = sectionPath('newsletter', locale);
			const address = `lecteur.${Date.now()}@example.org`;
			const subscribe = async () => {
				await page.goto(path);
				await page.getByLabel(m.contact_email({}, { locale }), { exact: false }).fill(address);
				await page.getByLabel(m.newsletter_consent({}, { locale }), { exact: false }).check();
				await page.getByRole('button', { name: m.newsletter_subscribe({}, { locale }) }).click();
				await expect(page.getByText(m.newsletter_check_mail({}, { locale }))).toBeVisible();
			};

			// Without consent: refused, address kept.
			await page.goto(path);
			await page.getByLabel(m.contact_email({}, { locale }), { exact: false }).fill(address);
			await page.getByRole('button', { name: m.newsletter_subscribe({}, { locale }) }).click();
			await expect(page.getByRole('region', { name: m.form_errors_title({}, { locale }) })).toContainText(
				m.field_consent({}, { locale })
			);
			await expect(page.getByLabel(m.contact_email({}, { locale }), { exact: false })).toHaveValue(address);

			await subscribe();
			await subscribe();
			const db = createDb(databaseUrl, { max: 1 });
			try {
				const mails = await db.selectFrom('outbox').selectAll().where('to_address', '=', address).execute();
				expect(mails).toHaveLength(1);
				const links = [...mails[0]!.text_body.matchAll(/https?:\/\/\S+/g)].map((match) => new URL(match[0]));
				const confirm = links.find((link) => link.searchParams.has('confirm'))!;
				const unsubscribe = links.find((link) => link.searchParams.has('unsubscribe'))!;
				expect(confirm.pathname).toBe(path);

				// Opening the link does nothing by itself (mail scanners open links); the button confirms.
				await page.goto(`${confirm.pathname}${confirm.search}`);
				const row = () =>
					db
						.selectFrom('newsletter_subscriptions')
						.selectAll()
						.where('email', '=', address)
						.executeTakeFirstOrThrow();
				expect((await row()).status).toBe('pending');
				await page.getByRole('button', { name: m.newsletter_confirm_button({}, { locale }) }).click();
				await expect(page.getByText(m.newsletter_confirmed({}, { locale }))).toBeVisible();
				expect(await row()).toMatchObject({ status: 'confirmed', locale });
				expect((await row()).consent_at).toBeInstanceOf(Date);

				// A used link is refused.
				await page.goto(`${confirm.pathname}${confirm.search}`);
				await page.getByRole('button', { name: m.newsletter_confirm_button({}, { locale }) }).click();
				await expect(page.getByText(m.newsletter_link_invalid({}, { locale }))).toBeVisible();

				await page.goto(`${unsubscribe.pathname}${unsubscribe.search}`);
				await page.getByRole('button', { name: m.newsletter_unsubscribe_button({}, { locale }) }).click();
				await expect(page.getByText(m.newsletter_unsubscribed({}, { locale }))).toBeVisible();
				expect((await row()).status).toBe('unsubscribed');
			} finally {
				await db.destroy();
			}
		});

		test('donate: a chosen amount gives an EPC QR code that decodes to the shown transfer', async ({
			page
		}) => {
			const path = sectionPath('donate', locale);
			await page.goto(path);
			await page.getByLabel(m.donate_other({}, { locale }), { exact: true }).first().check();
			await page.getByRole('textbox', { name: m.donate_other({}, { locale }) }).fill('12,3');
			const [bad] = await Promise.all([
				page.waitForResponse((r) => r.request().method() === 'POST'),
				page.getByRole('button', { name: m.donate_submit({}, { locale }) }).click()
			]);
			expect(bad.status()).toBe(303);

			const qr = page.locator('.qr svg');
			await expect(qr).toHaveAttribute('role', 'img');
			const shot = PNG.sync.read(await qr.screenshot({ scale: 'css' }));
			const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
			expect(decoded, 'the QR code can be read').not.toBeNull();
			const lines = decoded!.data.split('\n');
			expect(lines.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
			expect(lines[5]).toBe(site.donation.beneficiary);
			expect(isValidIban(lines[6]!)).toBe(true);
			expect(lines[6]).toBe(site.donation.iban.replaceAll(' ', ''));
			expect(lines[7]).toBe('EUR12.30');
			// The structured communication's check digits are right, and it is the one on the page.
			const shown = await page.getByText(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/).textContent();
			expect(parseStructuredCommunication(shown!)).toBe(lines[9]);

			// A wrong amount is refused and explained.
			await page.goto(path);
			await page.getByLabel(m.donate_other({}, { locale }), { exact: true }).first().check();
			await page.getByRole('textbox', { name: m.donate_other({}, { locale }) }).fill('0,50');
			await page.getByRole('button', { name: m.donate_submit({}, { locale }) }).click();
			await expect(page.getByRole('region', { name: m.form_errors_title({}, { locale }) })).toContainText(
				m.donate_amount_invalid({}, { locale })
			);
			await expect(page.getByRole('textbox', { name: m.donate_other({}, { locale }) })).toHaveValue('0,50');
		});
	});

	test.describe(`${site.name}: form errors, checked with axe`, () => {
		// axe runs inside the page, so these run with JavaScript on; the pages themselves ship none.
		const locale: Locale = 'nl';

		test('the contact form with errors is accessible', async ({ page }) => {
			await page.goto(sectionPath('contact', locale));
			await page.getByRole('button', { name: m.contact_send({}, { locale }) }).click();
			await expect(page.getByRole('region', { name: m.form_errors_title({}, { locale }) })).toBeFocused();
			await expectAccessible(page);
		});

		test('the donate page with a transfer and its QR code is accessible', async ({ page }) => {
			await page.goto(sectionPath('donate', locale));
			await page.getByRole('button', { name: m.donate_submit({}, { locale }) }).click();
			await expect(page.locator('.qr svg')).toBeVisible();
			await expectAccessible(page);
		});
	});

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

	test.describe(`${site.name}: responsive images`, () => {
		const locale = site.defaultLocale;

		/** The candidates of a `srcset`: each URL with the width it claims. */
		const candidates = (srcset: string | null) =>
			(srcset ?? '').split(', ').map((candidate) => {
				const [url, width] = candidate.split(' ');
				return { url: url!, width: Number(width!.replace('w', '')) };
			});

		test('news cards and articles show AVIF, WebP and JPEG copies of the widths they claim', async ({
			page,
			request
		}) => {
			await page.goto(sectionPath('news', locale));
			const card = page.getByRole('main').locator('picture').first();
			const cardImage = card.locator('img');
			await expect(cardImage).toHaveAttribute('loading', 'lazy');
			await expect(cardImage).toHaveAttribute('alt', /\S/);

			await page.goto((await firstLinkUnder(page, sectionPath('news', locale)))!);
			const hero = page.getByRole('main').locator('picture').first();
			const image = hero.locator('img');
			// The article's main picture is what the visitor sees first: never lazy.
			await expect(image).toHaveAttribute('loading', 'eager');
			await expect(image).toHaveAttribute('fetchpriority', 'high');
			const width = Number(await image.getAttribute('width'));
			const height = Number(await image.getAttribute('height'));
			expect(width).toBeGreaterThan(0);
			expect(height).toBeGreaterThan(0);
			// Alt text in the page's language.
			expect(await image.getAttribute('lang')).toBeNull();
			expect((await image.getAttribute('alt'))?.length).toBeGreaterThan(10);
			// Chromium shows AVIF, so that is what it took.
			await expect
				.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
				.toBeGreaterThan(0);
			expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.avif$/);

			const sets = [
				['image/avif', await hero.locator('source[type="image/avif"]').getAttribute('srcset')],
				['image/webp', await hero.locator('source[type="image/webp"]').getAttribute('srcset')],
				['image/jpeg', await image.getAttribute('srcset')]
			] as const;
			for (const [type, srcset] of sets) {
				const list = candidates(srcset);
				expect(list.length, type).toBeGreaterThan(0);
				for (const candidate of list) {
					const response = await request.get(candidate.url);
					expect(response.status(), candidate.url).toBe(200);
					expect(response.headers()['content-type']).toBe(type);
					expect(response.headers()['cache-control']).toContain('immutable');
					// Read back by a real decoder: the format and width the page promised, the page's proportions.
					const decoded = await inspectImage(new Uint8Array(await response.body()));
					expect(decoded.mimeType).toBe(type);
					expect(decoded.width).toBe(candidate.width);
					expect(Math.abs(decoded.height / decoded.width - height / width)).toBeLessThan(0.01);
				}
			}
			const first = candidates(sets[0][1])[0]!.url;
			// A name with another content hash is an older copy: gone, not another picture.
			expect((await request.get(first.replace(/-[0-9a-f]{12}\./, '-000000000000.'))).status()).toBe(404);
			expect((await request.get(first.replace(/\/\d+w-/, '/7w-'))).status()).toBe(404);
		});

		test("one site's images are not served by the other", async ({ request }) => {
			const db = createDb(databaseUrl, { max: 1 });
			try {
				const other = await db
					.selectFrom('media_variants as v')
					.innerJoin('media as m', 'm.id', 'v.media_id')
					.select(['v.media_id', 'v.width', 'v.storage_key'])
					.where('m.site_id', '!=', site.id)
					.where('v.format', '=', 'avif')
					.executeTakeFirstOrThrow();
				const path = `/media/${other.media_id}/${other.width}w-${other.storage_key.slice(0, 12)}.avif`;
				expect((await request.get(path)).status()).toBe(404);
			} finally {
				await db.destroy();
			}
		});
	});

	// WSM's campaigns live under "Doe mee", with a picture and a call to act.
	if (site.id === 'wsm') {
		test('campaigns: listed under their section with pictures; each page asks to give or subscribe', async ({
			page
		}) => {
			for (const locale of site.locales) {
				const section = sectionPath('join', locale);
				await page.goto(section);
				const campaigns = page.getByRole('region', { name: m.campaigns_heading({}, { locale }) });
				await expect(campaigns.getByRole('article')).toHaveCount(2);
				await expect(campaigns.locator('picture img').first()).toHaveAttribute('alt', /\S/);
				const link = campaigns.getByRole('heading', { level: 3 }).first().getByRole('link');
				const href = (await link.getAttribute('href'))!;
				expect(href.startsWith(`${section}/`)).toBe(true);
				await checkPage(page, href, locale);
				await expect(page.getByRole('main').locator('picture img')).toHaveAttribute('loading', 'eager');
				const act = page.getByRole('complementary', { name: m.campaign_act({}, { locale }) });
				await expect(act.getByRole('link', { name: m.campaign_donate({}, { locale }) })).toHaveAttribute(
					'href',
					sectionPath('donate', locale)
				);
				await expect(act.getByRole('link', { name: m.campaign_newsletter({}, { locale }) })).toHaveAttribute(
					'href',
					sectionPath('newsletter', locale)
				);
				// Each language's campaign links to the others (hreflang), as pages do.
				const alternates = await page
					.locator('link[rel="alternate"][hreflang]')
					.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
				expect(alternates).toEqual(expect.arrayContaining([...site.locales]));
			}
		});
	}

	// FOS's "who we are" page has no film until an editor sets one (the entry's video field): no
	// player, and no sentence pointing to one. Once set, it is a player that loads on the visitor's
	// click, without JavaScript, and asks nothing of the provider before it.
	if (site.id === 'fos') {
		test.describe(`${site.name}: a video that loads only when the visitor asks`, () => {
			const locale: Locale = 'nl';
			const path = sectionPath('whoWeAre', locale);
			const videoId = 'Xq3vT9kLm2A';
			const videoUrl = `https://www.youtube.com/watch?v=${videoId}`;
			const title = m.video_entry_title({ title: 'Wie zijn wij' }, { locale });
			const player = `https://www.youtube-nocookie.com/embed/${videoId}?autoplay=1`;
			const provider =
				/(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com|vimeo\.com|vimeocdn\.com)$/;

			/** Refuses every request that leaves the site (there is no internet here) and lists them. */
			async function blockOthers(page: Page, baseURL: string | undefined): Promise<string[]> {
				const own = new URL(baseURL!).origin;
				const blocked: string[] = [];
				await page.route(
					(url) => url.origin !== own,
					(route) => {
						blocked.push(route.request().url());
						return route.abort('blockedbyclient');
					}
				);
				return blocked;
			}

			/** Sets the film of FOS's "who we are" page, as an editor does in the intranet. */
			async function setVideo(url: string | null) {
				const db = createDb(databaseUrl, { max: 1 });
				try {
					const { numUpdatedRows } = await db
						.updateTable('entries')
						.set({ video_url: url })
						.where('site_id', '=', 'fos')
						.where('key', '=', 'fos-who-we-are')
						.executeTakeFirstOrThrow();
					expect(numUpdatedRows).toBe(1n);
				} finally {
					await db.destroy();
				}
			}

			test('without a film set, no language’s page has a player or a sentence pointing to one', async ({
				page
			}) => {
				await setVideo(null);
				for (const other of site.locales) {
					const response = await page.goto(sectionPath('whoWeAre', other));
					expect(response?.status()).toBe(200);
					const main = page.getByRole('main');
					await expect(main.getByRole('heading', { level: 2 }).first()).toBeVisible();
					await expect(main.locator('[id^="video-"]')).toHaveCount(0);
					await expect(main.getByRole('link', { name: m.video_play({}, { locale: other }) })).toHaveCount(0);
					await expect(main.locator('a[href*="youtube"], a[href*="youtu.be"], a[href*="vimeo"]')).toHaveCount(
						0
					);
					// Nor a word about a film (the seed's "In dit ludiek filmpje … Duw gerust op play",
					// "zoals in het filmpje hierboven" and their translations).
					expect(await main.innerText()).not.toMatch(/film|vid[eé]o|\bplay\b/i);
				}
			});

			test.describe('with a film set', () => {
				test.beforeAll(() => setVideo(videoUrl));
				test.afterAll(() => setVideo(null));

				test.describe('without JavaScript', () => {
					test.use({ javaScriptEnabled: false });

					test('nothing comes from the provider until the play link is followed; then the privacy-enhanced player', async ({
						page,
						baseURL
					}) => {
						const requested: string[] = [];
						page.on('request', (request) => requested.push(request.url()));
						const blocked = await blockOthers(page, baseURL);
						const response = await page.goto(path);
						expect(response?.status()).toBe(200);

						const video = page.locator('#video-1');
						await expect(video.getByText(title)).toBeVisible();
						await expect(video.getByText(m.video_consent({ provider: 'YouTube' }, { locale }))).toBeVisible();
						await expect(
							video.getByRole('link', { name: m.video_link({ provider: 'YouTube' }, { locale }) })
						).toHaveAttribute('href', videoUrl);
						await expect(page.locator('iframe')).toHaveCount(0);
						// Nothing left the site: no player, no thumbnail, no preconnect.
						expect(requested.filter((url) => provider.test(new URL(url).hostname))).toEqual([]);
						expect(blocked).toEqual([]);
						// Nor does any markup but the links to the video point at the provider.
						const html = await response!.text();
						expect(html).not.toContain('<iframe');
						expect(html).not.toMatch(
							/<(?!a\s)[a-z]+\s[^>]*\b(src|srcset|poster|data|href)="[^"]*(youtube|youtu\.be|ytimg|vimeo)/i
						);

						const play = video.getByRole('link', { name: m.video_play({}, { locale }) });
						await expect(play).toHaveAttribute('href', '?video=1#video-1');
						await play.click();
						await expect(page).toHaveURL(`${path}?video=1#video-1`);
						const iframe = page.locator('#video-1 iframe');
						await expect(page.locator('iframe')).toHaveCount(1);
						await expect(iframe).toHaveAttribute('src', player);
						await expect(iframe).toHaveAttribute('title', title);
						await expect(page.getByRole('link', { name: m.video_play({}, { locale }) })).toHaveCount(0);
						// The browser asked for the player (refused above), so the site's CSP lets it be framed;
						// it is the only request that ever left the site.
						await expect.poll(() => blocked).toEqual([player]);
					});
				});

				test('the page before and after the click is accessible', async ({ page, baseURL }) => {
					// axe runs inside the page, so this runs with JavaScript on; the page itself ships none.
					await blockOthers(page, baseURL);
					await page.goto(path);
					await expectAccessible(page);
					await page.getByRole('link', { name: m.video_play({}, { locale }) }).click();
					await expect(page.locator('#video-1 iframe')).toHaveAttribute('src', player);
					await expectAccessible(page);
				});
			});
		});
	}

	test.describe(`${site.name}: input PostgreSQL cannot store`, () => {
		const locale = site.defaultLocale;

		test('a NUL byte in a path, the search or the contact form: 404 or 400 in the visitor’s language, nothing stored', async ({
			request,
			baseURL
		}) => {
			const html = { accept: 'text/html' };
			for (const [path, status] of [
				[`${sectionPath('news', locale)}/%00`, 404],
				[`${sectionPath('agenda', locale)}/%00.ics`, 404],
				[`${sectionPath('search', locale)}?q=%00`, 400],
				[`${sectionPath('search', locale)}?q=${'x'.repeat(3000)}`, 400]
			] as const) {
				const response = await request.get(path, { headers: html });
				expect(response.status(), path).toBe(status);
				expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
				const body = await response.text();
				expect(body, path).toContain(`<html lang="${locale}">`);
				expect(body, path).toContain(
					status === 404 ? m.error_not_found_title({}, { locale }) : m.error_bad_request_title({}, { locale })
				);
			}
			const marker = `nul ${Date.now()}`;
			const posted = await request.post(sectionPath('contact', locale), {
				headers: { ...html, origin: new URL(baseURL!).origin },
				form: { name: 'Els\u0000', email: 'els@example.org', message: `${marker}\u0000` },
				maxRedirects: 0
			});
			expect(posted.status()).toBe(400);
			expect(await posted.text()).toContain(m.error_bad_input_title({}, { locale }));
			const db = createDb(databaseUrl, { max: 1 });
			try {
				expect(
					await db
						.selectFrom('contact_messages')
						.select('id')
						.where('message', 'like', `${marker}%`)
						.execute()
				).toEqual([]);
			} finally {
				await db.destroy();
			}
		});
	});

	test.describe(`${site.name}: a forged Host header reaches no absolute URL`, () => {
		const locale = site.defaultLocale;

		test('sitemap, robots.txt, feeds, calendars, canonical links and the newsletter mail name the configured origin', async ({
			baseURL
		}) => {
			const own = new URL(baseURL!).origin;
			const news = sectionPath('news', locale);
			const agenda = sectionPath('agenda', locale);
			for (const path of [
				'/sitemap.xml',
				'/robots.txt',
				`${news}/feed.xml`,
				`${agenda}/feed.ics`,
				`/${locale}`,
				news
			]) {
				const response = await forgedHostRequest(baseURL!, path);
				expect(response.status, path).toBe(200);
				expect(response.body, path).not.toContain('evil.example');
				expect(response.body, path).toContain(own);
			}
			const home = await forgedHostRequest(baseURL!, `/${locale}`);
			expect(home.body).toContain(`<link rel="canonical" href="${own}/${locale}"`);

			const address = `forged.host.${Date.now()}@example.org`;
			// The attacker's own client: Host and Origin both name their site, and SvelteKit lets it through.
			const posted = await forgedHostRequest(baseURL!, `${sectionPath('newsletter', locale)}?/subscribe`, {
				method: 'POST',
				form: { email: address, consent: 'yes' }
			});
			expect(posted.status).toBe(303);
			const db = createDb(databaseUrl, { max: 1 });
			try {
				const mails = await db.selectFrom('outbox').selectAll().where('to_address', '=', address).execute();
				expect(mails).toHaveLength(1);
				expect(mails[0]!.text_body).not.toContain('evil.example');
				expect(mails[0]!.text_body).toContain(`${own}${sectionPath('newsletter', locale)}?confirm=`);
			} finally {
				await db.destroy();
			}
		});
	});

	// Last: it uses up this address's newsletter posts for ten minutes.
	test.describe(`${site.name}: rate limit`, () => {
		test('an address that posts a form too often gets a 429 in its language, input kept', async ({
			request,
			baseURL
		}) => {
			const locale = site.defaultLocale;
			const path = `${sectionPath('newsletter', locale)}?/subscribe`;
			const post = () =>
				request.post(path, {
					headers: { origin: new URL(baseURL!).origin, accept: 'text/html' },
					form: { email: 'not-an-address', consent: '' },
					maxRedirects: 0
				});
			const statuses: number[] = [];
			for (let attempt = 0; attempt < 12; attempt++) statuses.push((await post()).status());
			// Refused as invalid until the limit (10 posts in 10 minutes, earlier tests' included), then 429 for good.
			const firstLimited = statuses.indexOf(429);
			expect(firstLimited).toBeGreaterThan(0);
			expect(statuses.slice(0, firstLimited).every((status) => status === 400)).toBe(true);
			expect(statuses.slice(firstLimited).every((status) => status === 429)).toBe(true);
			const html = await (await post()).text();
			expect(html).toContain(m.form_too_many({}, { locale }));
			expect(html).toContain('value="not-an-address"');
		});
	});
}
