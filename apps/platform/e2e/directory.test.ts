// The organisation directory and member profiles: for members only, and whatever someone typed
// into their profile is shown as text, never run.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { expectAccessible } from '@solidair/tooling/playwright/checks';
import { locale, logInAsMember as logIn } from '@solidair/account/e2e/members';

const payloads = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(2)>',
	'"><svg onload=alert(3)>',
	'<a href="javascript:alert(4)">klik</a>',
	'[klik](javascript:alert(5))',
	'&lt;b&gt;entity&lt;/b&gt;'
];

test('profiles: edited by their owner, shown to other members as plain text', async ({
	browser,
	baseURL
}) => {
	const karim = await (await browser.newContext({ baseURL })).newPage();
	await logIn(karim, 'karim.elamrani@abvv-fgtb.be');
	await karim.goto(`/${locale}/account/profile`);
	await expectAccessible(karim);
	const bio = `Vakbondsman. ${payloads.join('\n')}`;
	await karim.getByLabel(m.profile_bio({}, { locale })).fill(bio);
	await karim
		.getByLabel(m.profile_languages({}, { locale }))
		.fill('Nederlands, Frans, <b>Arabisch</b>, Frans');
	await karim.getByRole('button', { name: m.profile_save({}, { locale }) }).click();
	await expect(karim).toHaveURL(/\/nl\/people\/[0-9a-f-]{36}$/);
	const profileUrl = new URL(karim.url()).pathname;

	// Too long a text: a field error in Dutch, what was typed kept.
	await karim.goto(`/${locale}/account/profile`);
	await karim.getByLabel(m.profile_bio({}, { locale })).fill('x'.repeat(2001));
	await karim.getByRole('button', { name: m.profile_save({}, { locale }) }).click();
	const summary = karim.getByRole('region', { name: m.form_errors_title({}, { locale }) });
	await expect(
		summary.getByRole('link', { name: m.field_too_long({ max: '2000' }, { locale }) })
	).toHaveAttribute('href', '#bio');
	await expect(karim.getByLabel(m.profile_bio({}, { locale }))).toHaveValue('x'.repeat(2001));

	const sophie = await (await browser.newContext({ baseURL })).newPage();
	const dialogs: string[] = [];
	sophie.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await logIn(sophie, 'sophie.dubois@solidaris.be');
	await sophie.goto(`/${locale}/directory`);
	const abvv = sophie.getByRole('region', { name: 'ABVV-FGTB' });
	await abvv.getByRole('link', { name: 'Karim El Amrani' }).click();
	await expect(sophie).toHaveURL(profileUrl);
	const main = sophie.getByRole('main');
	for (const payload of payloads) await expect(main).toContainText(payload);
	await expect(main).toContainText('Nederlands, Frans, <b>Arabisch</b>');
	expect(await main.locator('script, img, svg, a[href^="javascript"], b').count()).toBe(0);
	expect(dialogs).toEqual([]);
	await expectAccessible(sophie);
});

test('the directory is for members; an unknown or malformed profile id is a 404', async ({ page }) => {
	await page.goto(`/${locale}/directory`);
	await expect(page).toHaveURL(/\/nl\/login\?next=/);
	await logIn(page, 'sophie.dubois@solidaris.be');
	await page.goto(`/${locale}/directory`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.directory_title({}, { locale }));
	await expectAccessible(page);
	for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', '..%2F..%2Fetc%2Fpasswd']) {
		const response = await page.goto(`/${locale}/people/${id}`);
		expect(response?.status(), id).toBe(404);
	}
});
