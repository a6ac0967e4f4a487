// Pictures and films on the public sites: responsive image copies read back by a real decoder,
// and (FOS) the click-to-load video player.
import { expect, test, type Page } from '@playwright/test';
import { createDb } from '@solidair/db';
import { inspectImage } from '@solidair/db/images';
import { sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import type { PublicSite } from '../src/site.ts';
import { databaseUrl, firstLinkUnder } from './helpers.ts';

/** Responsive images: the copies a page offers exist in the formats and widths it claims. */
export function defineImageTests(site: PublicSite) {
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

		test('every news card has its own described picture, and the article credits it', async ({ page }) => {
			await page.goto(sectionPath('news', locale));
			const cards = page
				.getByRole('main')
				.getByRole('listitem')
				.filter({ has: page.getByRole('article') });
			const count = await cards.count();
			expect(count).toBeGreaterThan(5);
			const sources = new Set<string>();
			for (let i = 0; i < count; i++) {
				const image = cards.nth(i).locator('picture img');
				await expect(image, `card ${i}`).toHaveCount(1);
				await expect(image, `card ${i}`).toHaveAttribute('alt', /\S{3,}/);
				sources.add((await image.getAttribute('src'))!);
			}
			// One page of the list never shows the same picture twice.
			expect(sources.size).toBe(count);

			await page.goto((await firstLinkUnder(page, sectionPath('news', locale)))!);
			const credit = page.getByRole('main').locator('figure figcaption');
			await expect(credit).toHaveText(`Illustratie: ${site.name.toUpperCase()}`);
			await expect(page.getByRole('main').locator('figure img')).toHaveAttribute('alt', /.{10,}/);
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
}

/** FOS's film on "who we are": nothing from the provider until the visitor asks (no tests elsewhere). */
export function defineVideoTests(site: PublicSite) {
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
}
