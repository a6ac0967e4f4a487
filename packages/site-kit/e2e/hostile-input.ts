// Input an attacker or a broken client sends: bytes PostgreSQL cannot store, a forged Host
// header, and a form posted too often.
import { expect, test } from '@playwright/test';
import { createDb } from '@solidair/db';
import { sectionPath } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { forgedHostRequest } from '@solidair/tooling/playwright/checks';
import type { PublicSite } from '../src/site.ts';
import { databaseUrl } from './helpers.ts';

/** NUL bytes, a forged Host and the rate limit; the rate limit runs last (see below). */
export function defineHostileInputTests(site: PublicSite) {
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
