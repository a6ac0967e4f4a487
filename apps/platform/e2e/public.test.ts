// The portal's public pages: its publications and agenda, from the same content model and with
// the same site-kit loaders and components as the public sites, in the portal's languages.
import { expect, test } from '@playwright/test';
import { createDb } from '@solidair/db';
import { sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectEventCalendars, expectPdf } from '@solidair/site-kit/e2e';
import {
	expectAccessible,
	expectConsistentAlternates,
	expectSecurityHeaders,
	watchConsole
} from '@solidair/tooling/playwright/checks';
import { platformEvents, platformPublications } from '@solidair/db/seed/content/platform';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54330/solidair';

// The seed's events as the agenda shows them today: upcoming soonest first, past latest first.
const now = new Date();
const upcoming = platformEvents
	.filter((event) => new Date(event.endsAt) >= now)
	.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
const past = platformEvents
	.filter((event) => new Date(event.endsAt) < now)
	.sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));

for (const locale of ['nl', 'fr'] as const) {
	test(`${locale}: the publications are listed, each a PDF in the page's language and in the others`, async ({
		page,
		request
	}) => {
		const errors = watchConsole(page);
		const path = sectionPath('publications', locale);
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		expectSecurityHeaders(response);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'platform');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.nav_publications({}, { locale }));
		await expect(
			page
				.getByRole('navigation', { name: m.primary_navigation({}, { locale }) })
				.getByRole('link', { name: m.nav_publications({}, { locale }) })
		).toHaveAttribute('aria-current', 'page');

		const main = page.getByRole('main');
		for (const publication of platformPublications) {
			await expect(
				main.getByRole('heading', { level: 2, name: publication.translations[locale]!.title })
			).toBeVisible();
		}
		const hrefs = await main
			.locator('a[href^="/media/"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		// Each card leads to the file in the page's language, named after its slug there.
		const titleLinks = await main
			.getByRole('heading', { level: 2 })
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => decodeURIComponent(link.getAttribute('href')!)));
		expect(titleLinks.map((href) => href.split('/').pop()).sort()).toEqual(
			platformPublications.map((p) => `${p.translations[locale]!.slug}.pdf`).sort()
		);
		// Three languages of three publications: nine files, each a real PDF.
		expect(new Set(hrefs).size).toBe(platformPublications.length * 3);
		for (const href of new Set(hrefs)) expectSecurityHeaders(await expectPdf(request, href));

		await expectAccessible(page);
		expect(errors).toEqual([]);
	});
}

test('publications and the agenda have translated URLs; the English segment is no Dutch URL', async ({
	request
}) => {
	for (const [path, status] of [
		['/nl/publicaties', 200],
		['/fr/publications', 200],
		['/en/publications', 200],
		['/nl/agenda', 200],
		['/en/events', 200],
		['/nl/publications', 404],
		['/nl/events', 404]
	] as const) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(status);
		expectSecurityHeaders(response);
	}
});

test('a file that is no publication of the portal is not found, a public site’s included', async ({
	request
}) => {
	// Files have no language in their URL: an unknown one is a 404, not a redirect to /nl/media/….
	const unknown = await request.get('/media/00000000-0000-4000-8000-000000000000/x.pdf', { maxRedirects: 0 });
	expect(unknown.status()).toBe(404);
	expect((await request.get('/media/..%2F..%2Fetc%2Fpasswd/x')).status()).toBe(404);
	const db = createDb(databaseUrl, { max: 1 });
	try {
		const wsm = await db
			.selectFrom('media')
			.select(['id', 'filename'])
			.where('site_id', '=', 'wsm')
			.where('mime_type', '=', 'application/pdf')
			.executeTakeFirstOrThrow();
		expect((await request.get(`/media/${wsm.id}/${wsm.filename}`)).status()).toBe(404);
	} finally {
		await db.destroy();
	}
});

test('everyone’s navigation leads to the publications and the agenda', async ({ page }) => {
	await page.goto('/fr');
	const nav = page.getByRole('navigation', { name: m.primary_navigation({}, { locale: 'fr' }) });
	await expect(nav.getByRole('link', { name: m.nav_publications({}, { locale: 'fr' }) })).toHaveAttribute(
		'href',
		'/fr/publications'
	);
	await nav.getByRole('link', { name: m.nav_agenda({}, { locale: 'fr' }) }).click();
	await expect(page).toHaveURL('/fr/agenda');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.nav_agenda({}, { locale: 'fr' }));
});

test('the agenda lists the upcoming events soonest first, and the past ones apart', async ({ page }) => {
	expect(upcoming.length, 'the seed has events ahead').toBeGreaterThan(0);
	const locale = 'nl';
	const errors = watchConsole(page);
	const response = await page.goto(sectionPath('agenda', locale));
	expect(response?.status()).toBe(200);
	expectSecurityHeaders(response);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.nav_agenda({}, { locale }));
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 3 })).toHaveText(
		upcoming.map((event) => event.translations[locale]!.title)
	);
	await expectAccessible(page);

	await main.getByRole('link', { name: m.agenda_past({}, { locale }) }).click();
	await expect(page).toHaveURL(`${sectionPath('agenda', locale)}?past=1`);
	await expect(main.getByRole('heading', { level: 3 })).toHaveText(
		past.map((event) => event.translations[locale]!.title)
	);
	await expectAccessible(page);
	expect(errors).toEqual([]);
});

test('an event page has its URL in each language as hreflang alternates and is accessible', async ({
	page
}) => {
	const event = upcoming[0]!;
	const path = `${sectionPath('agenda', 'nl')}/${event.translations.nl!.slug}`;
	const alternates = await expectConsistentAlternates(page, path);
	expect(alternates).toEqual({
		nl: path,
		fr: `${sectionPath('agenda', 'fr')}/${event.translations.fr!.slug}`,
		en: `${sectionPath('agenda', 'en')}/${event.translations.en!.slug}`
	});
	const errors = watchConsole(page);
	const response = await page.goto(alternates.fr!);
	expectSecurityHeaders(response);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.translations.fr!.title);
	await expectAccessible(page);
	expect(errors).toEqual([]);
});

test('an event’s .ics and the agenda’s feed are read by ical.js with the page’s title and time', async ({
	page,
	request
}) => {
	for (const locale of ['nl', 'fr', 'en'] as const) {
		const link = await expectEventCalendars(page, request, sectionPath('agenda', locale));
		expect(link).toBe(`${sectionPath('agenda', locale)}/${upcoming[0]!.translations[locale]!.slug}`);
	}
});
