// The public forms (contact, newsletter, donations) posted without JavaScript, good and bad
// input, and their error states checked with axe.
import { expect, test } from '@playwright/test';
import { createDb } from '@solidair/db';
import { sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { isValidIban, parseStructuredCommunication } from '../src/server/donations.ts';
import type { PublicSite } from '../src/site.ts';
import { databaseUrl } from './helpers.ts';

/** Contact, newsletter and donate forms as a browser without JavaScript posts them. */
export function defineFormTests(site: PublicSite) {
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
}
