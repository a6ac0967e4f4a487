// Every page type in every language of a public site, drafts and unknown items, and (WSM) the
// campaign pages.
import { expect, test } from '@playwright/test';
import { createDb } from '@solidair/db';
import { sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { networkSection } from '../src/server/network.ts';
import type { PublicSite } from '../src/site.ts';
import { checkPage, databaseUrl, firstLinkUnder } from './helpers.ts';

/** Each page type in each locale passes checkPage; drafts and unknown items are 404. */
export function definePageTests(site: PublicSite) {
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
}

/** WSM's campaigns: listed with pictures, each asking to give or subscribe (no tests elsewhere). */
export function defineCampaignTests(site: PublicSite) {
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
}
