// The public sites' fit test (tooling/playwright/fit.ts): every page type of a site, in Dutch (the
// language with the longest compound words), at 320, 390 and 1366 px, must not scroll sideways.
// The pages are found from the lists (the first item of each), so the seed's hard cases — a long
// compound word in a country's card, the donation's transfer details — are among them.
import { test } from '@playwright/test';
import { createDb } from '@solidair/db';
import { sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { e2ePreviewSecret } from '@solidair/tooling/playwright';
import { fitTests, linksUnder, type FitPage } from '@solidair/tooling/playwright/fit';
import { networkSection } from '../src/server/network.ts';
import { previewToken } from '../src/server/preview-token.ts';
import type { PublicSite } from '../src/site.ts';
import { databaseUrl } from './helpers.ts';

const locale: Locale = 'nl';

/** A published translation of the site's, for a signed preview link. */
async function previewPath(site: PublicSite): Promise<string> {
	const db = createDb(databaseUrl, { max: 1 });
	try {
		const { id } = await db
			.selectFrom('entry_translations')
			.select('id')
			.where('site_id', '=', site.id)
			.where('entry_type', '=', 'news')
			.where('locale', '=', locale)
			.limit(1)
			.executeTakeFirstOrThrow();
		const token = previewToken(
			{ translationId: id, expiresAt: new Date(Date.now() + 600_000) },
			e2ePreviewSecret
		);
		return `/${locale}/preview/${token}`;
	} finally {
		await db.destroy();
	}
}

/** Sets or clears the film of FOS's "who we are" page (as media.ts does), for its consent text. */
async function setFosVideo(url: string | null): Promise<void> {
	const db = createDb(databaseUrl, { max: 1 });
	try {
		await db
			.updateTable('entries')
			.set({ video_url: url })
			.where('site_id', '=', 'fos')
			.where('key', '=', 'fos-who-we-are')
			.execute();
	} finally {
		await db.destroy();
	}
}

/** Every public page type of `site`, at every width of the fit test. */
export function definePublicFitTests(site: PublicSite): void {
	if (site.id === 'fos') {
		test.beforeAll(() => setFosVideo('https://www.youtube.com/watch?v=Xq3vT9kLm2A'));
		test.afterAll(() => setFosVideo(null));
	}
	fitTests({
		app: site.name,
		pages: async (context) => {
			const pages: FitPage[] = [{ name: 'home', path: `/${locale}` }];
			// The list, and its first item (Benin's page in the network: its news cards hold the long
			// compound words of the seed).
			const first = async (name: string, path: string) => {
				pages.push({ name, path });
				const links = await linksUnder(context, path, path);
				const link = links.find((href) => href.endsWith('/benin')) ?? links[0];
				if (link) pages.push({ name: `${name}: an item`, path: link });
			};
			for (const section of site.pageSections)
				await first(`section ${section}`, sectionPath(section, locale));
			await first('news', sectionPath('news', locale));
			await first('agenda', sectionPath('agenda', locale));
			await first('vacancies', sectionPath('vacancies', locale));
			await first('network', sectionPath(networkSection(site), locale));
			const donate = sectionPath('donate', locale);
			pages.push(
				{ name: 'publications', path: sectionPath('publications', locale) },
				{ name: 'donate', path: donate },
				{
					name: 'donate result',
					path: donate,
					then: (page) =>
						Promise.all([
							page.waitForURL((url) => url.search !== '', { waitUntil: 'load' }),
							page.getByRole('button', { name: m.donate_submit({}, { locale }) }).click()
						])
				},
				{ name: 'newsletter', path: sectionPath('newsletter', locale) },
				{ name: 'contact', path: sectionPath('contact', locale) },
				{ name: 'search results', path: `${sectionPath('search', locale)}?q=vakbond` },
				{ name: 'preview', path: await previewPath(site) },
				{ name: 'not found', path: `/${locale}/deze-pagina-bestaat-niet` }
			);
			if (site.id === 'fos')
				pages.push({ name: 'a page with a video', path: sectionPath('whoWeAre', locale) });
			return pages;
		}
	});
}
