// The home page of both public sites, as composed from blocks (issue 21): a lead story with its
// picture, the latest news with pictures, the next events, the network (WSM: in figures on the
// map; FOS: its themes and partners), the donate and newsletter calls; accessible on a phone and a
// desktop, nothing sideways at 320 px, no JavaScript. Each app's e2e/home.test.ts calls this.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectNoJavaScript } from '@solidair/tooling/playwright/checks';
import * as m from '@solidair/i18n/messages';
import type { PublicSite } from '../src/site.ts';

/** The levels of the page's headings in order: none may skip a level on the way down. */
async function expectHeadingsInOrder(page: Page) {
	const levels = await page
		.locator('main')
		.locator('h1, h2, h3, h4, h5, h6')
		.evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
	expect(levels[0]).toBe(1);
	levels.forEach((level, i) => {
		if (i > 0)
			expect(level, `heading ${i + 1} of ${levels.join(',')}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
	});
}

export function defineHomeTests(site: PublicSite) {
	const locale = site.defaultLocale;
	const section = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

	test.describe(`${site.name}'s home, composed from blocks`, () => {
		test('a lead with its picture, news cards with pictures and their descriptions, the next events', async ({
			page
		}) => {
			await page.goto(`/${locale}`);
			const main = page.getByRole('main');
			// The lead: first block after the intro, a large picture with its description, and a call to action.
			const lead = main.locator('section[aria-labelledby="home-lead"]');
			await expect(lead.getByRole('heading', { level: 2 })).not.toBeEmpty();
			const leadAlt = await lead.locator('img').first().getAttribute('alt');
			expect(leadAlt?.trim()).toBeTruthy();
			await expect(lead.getByRole('link')).toHaveCount(1);

			const news = section(page, m.home_news_title({}, { locale }));
			const cards = news.getByRole('listitem');
			expect(await cards.count()).toBeGreaterThanOrEqual(3);
			for (const card of await cards.all()) {
				await expect(card.getByRole('heading', { level: 3 })).toBeVisible();
				expect((await card.locator('img').getAttribute('alt'))?.trim(), 'a news picture’s alt').toBeTruthy();
			}
			await expect(news.getByRole('link', { name: m.home_news_all({}, { locale }) })).toBeVisible();

			const events = section(page, m.home_events_title({}, { locale }));
			expect(await events.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
			await expect(events.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
			await expectHeadingsInOrder(page);
		});

		test('the network: WSM in figures on the map, FOS its themes and partners', async ({ page }) => {
			await page.goto(`/${locale}`);
			if (site.id === 'wsm') {
				const figures = section(page, m.home_figures_title({}, { locale }));
				const numbers = await figures.locator('dd').allInnerTexts();
				expect(numbers).toHaveLength(2);
				for (const number of numbers) expect(Number(number.replace(/\D/g, ''))).toBeGreaterThan(0);
				// The map is a picture file the browser keeps; its countries are the links under it.
				const map = figures.getByRole('figure', { name: m.network_map_label({}, { locale }) });
				const picture = map.locator('img');
				await picture.scrollIntoViewIfNeeded();
				await expect
					.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
					.toBeGreaterThan(0);
				const answer = await page.request.get((await picture.getAttribute('src'))!);
				expect(answer.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
				expect(answer.headers()['cache-control']).toContain('immutable');
				expect(await map.getByRole('listitem').getByRole('link').count()).toBeGreaterThan(0);
			} else {
				const themes = section(page, m.home_themes_title({}, { locale }));
				await expect(themes.getByRole('listitem')).toHaveCount(site.home.features.length);
				const partners = section(page, m.home_partners_title({}, { locale }));
				expect(await partners.getByRole('listitem').count()).toBeGreaterThan(0);
			}
			await expect(section(page, m.home_donate_title({}, { locale }))).toBeVisible();
			// The newsletter call posts to the newsletter page's own action, without JavaScript.
			const signup = section(page, m.home_newsletter_title({}, { locale })).locator('form');
			await expect(signup).toHaveAttribute('action', /\?\/subscribe$/);
		});

		test('accessible at 1366 and 390 px, nothing sideways at 320 px, no JavaScript', async ({ page }) => {
			for (const width of [1366, 390]) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(`/${locale}`);
				await expectAccessible(page);
			}
			await page.setViewportSize({ width: 320, height: 800 });
			await page.goto(`/${locale}`);
			const wide = await page.evaluate(() =>
				[...document.querySelectorAll('main *')]
					.filter((element) => element.getBoundingClientRect().right > 321)
					.slice(0, 5)
					.map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
			);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				wide.join(', ')
			).toBeLessThanOrEqual(320);
			await expectNoJavaScript(page, `/${locale}`);
		});

		test('every language has a home with a lead, from the defaults when nothing is stored', async ({
			page
		}) => {
			for (const other of site.locales) {
				await page.goto(`/${other}`);
				await expect(page.locator('section[aria-labelledby="home-lead"] h2')).not.toBeEmpty();
			}
		});
	});
}
